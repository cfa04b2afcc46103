import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../src/engine/parse.js';
import { HANDLEBARS_OPTIONS, helpers } from '../src/engine/templates.js';
import { folderTargets, templateSource } from '../src/targets/folders.js';
import { templateOf } from '../src/targets/templates.js';
import { t } from '../src/engine/request-text.js';
import { findTarget, prepareRequest, targetIds } from '../src/index.js';
import { resolveClientOptions } from '../src/targets/client-options.js';
import { fixtures } from './fixtures.js';

/** Handlebars' own runtime with the same helpers and options: the reference output. */
const handlebars = Handlebars.create();
for (const [name, helper] of Object.entries(helpers)) handlebars.registerHelper(name, helper);
// Our compiler's {{#nest program}}: the default views never nest, so the reference prints the block as it is.
handlebars.registerHelper('nest', function (this: unknown, condition: unknown, options: Handlebars.HelperOptions) {
  if (condition) throw new Error('the reference compares default views only');
  return options.fn(this);
});

describe.each(targetIds)('the compiled %s template', (targetId) => {
  const compiled = templateOf(targetId);
  const folder = folderTargets.find(({ target }) => target.info.id === targetId)!.folder;
  const reference = handlebars.compile(templateSource(folder), HANDLEBARS_OPTIONS);
  it.each(fixtures.map((f) => [f.name, f] as const))('prints what Handlebars prints for %s', (_name, fixture) => {
    const view = findTarget(targetId)!.view(prepareRequest(fixture.request), [], resolveClientOptions(targetId));
    expect(compiled(view)).toBe(reference(view));
  });
});

describe('compiled templates keep the guarantees', () => {
  it('throw on a field missing from the view, naming the template, place and field', () => {
    const render = compileSource('templates/x.hbs', 'a\n{{#if payload.text}}{{pyDq payload.text}}{{/if}}');
    expect(() => render({ payload: {} })).toThrow('templates/x.hbs:2:7: "text" is not defined on the view (payload.text)');
    expect(() => render({})).toThrow('"payload" is not defined');
  });

  it('throw when request data is printed without an escaper', () => {
    expect(() => compileSource('x', '{{url}}')({ url: t('https://x') })).toThrow('without an escaper helper');
  });

  it('print through helpers, blocks, each data, ../ and inline partials like Handlebars', () => {
    const source = '{{#*inline "item"}}{{pySq name}}{{sep}}{{/inline}}{{#each items}}{{jsStr ../title}}{{> item sep=":"}}{{#unless @last}},{{/unless}}{{else}}none{{/each}}';
    const view = { title: t('T'), items: [{ name: t("it's") }, { name: t('b') }] };
    expect(compileSource('x', source)(view)).toBe(handlebars.compile(source, HANDLEBARS_OPTIONS)(view));
    expect(compileSource('x', source)({ title: t('T'), items: [] })).toBe('none');
  });

  it('give a partial the frames it is called from (for ../) and the #each data', () => {
    const source = '{{#*inline "row"}}{{jsStr ../title}}{{#if @first}}<{{/if}}{{@index}}{{#if @last}}>{{/if}};{{/inline}}{{#each items}}{{> row}}{{/each}}|{{> row}}';
    expect(compileSource('x', source)({ title: t('T'), items: [{ title: t('A') }, { title: t('B') }] })).toBe('"A"<0;"B"1>;|"T";');
    expect(() => compileSource('x', source)({ title: t('T'), items: [{}] })).toThrow('x:1:27: "title" is not defined on the view (../title)');
    expect(() => compileSource('y.hbs', '{{#*inline "p"}}{{../../x}}{{/inline}}{{> p}}')({})).toThrow('y.hbs:1:19: ../../x goes above the top of the view');
    expect(() => compileSource('y.hbs', '{{#each a}}{{/each}}')({ a: 'text' })).toThrow('y.hbs:1:1: {{#each}} over string: only arrays are supported');
  });

  it('read a field named like a prototype member only when the view has it as its own', () => {
    expect(() => compileSource('x', '{{a.length}}')({ a: 'abc' })).toThrow('"length" is not defined on the view (a.length)');
    expect(() => compileSource('x', '{{a.toString}}')({ a: {} })).toThrow('"toString" is not defined');
    expect(compileSource('x', '{{a.length}}{{b}}')({ a: [1, 2], b: undefined })).toBe('2');
  });

  it.each([
    ['{{#with a}}{{/with}}', '1:1', 'block helper with'],
    ['{{lookup a b}}', '1:1', 'helper lookup'],
    ['{{#each a as |b|}}{{/each}}', '1:1', '{{#each}} form'],
    ['{{a}}\n{{@root.a}}', '2:3', '@root.a'],
  ])('refuse %s when compiled', (source, position, what) => {
    expect(() => compileSource('templates/y.hbs', source)).toThrow(`templates/y.hbs:${position}: unsupported in our template compiler: ${what}`);
  });
});
