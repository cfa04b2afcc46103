import { describe, expect, it } from 'vitest';
import { t } from '../src/engine/request-text.js';
import { compileSource } from '../src/engine/templates.js';

/** The `indent` option: template text re-indented from the unit it is written with; request data never. */
describe('re-indenting template text', () => {
  const source = ['def main():', '{{#if body}}', '  body = {{pyText body}}', '  if body:', '    send(body)', '{{/if}}', '  return 1', ''].join('\n');
  // A body literal of several lines whose own indentation must reach the server as written.
  const view = { body: t('{\n  "a": [\n    1\n  ]\n}') };
  const unchanged = compileSource('x.hbs', source)(view);

  it('rewrites the leading white space of template lines, by levels', () => {
    const four = compileSource('x.hbs', source, { from: 2, to: 4 })(view);
    expect(four).toBe(unchanged.replace('  body', '    body').replace('  if body', '    if body').replace('    send', '        send').replace('  return', '    return'));
    const tabs = compileSource('x.hbs', source, { from: 2, to: 'tab' })(view);
    expect(tabs.split('\n').filter((line) => line.startsWith('\t')).map((line) => /^\t*/.exec(line)![0].length)).toEqual([1, 1, 2, 1]);
  });

  it('never touches what an escaper printed, even a multi-line literal', () => {
    const printed = '"""{\n  "a": [\n    1\n  ]\n}"""';
    expect(unchanged).toContain(printed);
    expect(compileSource('x.hbs', source, { from: 2, to: 8 })(view)).toContain(printed);
    expect(compileSource('x.hbs', source, { from: 2, to: 'tab' })(view)).toContain(printed);
  });

  it('re-indents a line that starts after a standalone block tag, and not text in the middle of a line', () => {
    const items = '[\n{{#each items}}\n  {{jsStr this}},  x\n{{/each}}\n]';
    expect(compileSource('y.hbs', items, { from: 2, to: 'tab' })({ items: [t('a'), t('b')] })).toBe('[\n\t"a",  x\n\t"b",  x\n]');
  });

  it('keeps spaces short of a level, and converts tabs to spaces', () => {
    expect(compileSource('z.hbs', 'a\n     b', { from: 2, to: 4 })({})).toBe('a\n         b');
    expect(compileSource('z.hbs', 'a\n\t\tb\n\t  c', { from: 'tab', to: 3 })({})).toBe('a\n      b\n     c');
  });

  it('leaves the template alone when the unit asked for is the one it is written with', () => {
    expect(compileSource('x.hbs', source, { from: 2, to: 2 })(view)).toBe(unchanged);
  });
});
