import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { t } from '../src/engine/request-text.js';
import { compileSource } from '../src/engine/parse.js';
import { generate } from '../src/index.js';
import { fixtures } from './fixtures.js';

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

describe('the indent option on real clients', () => {
  const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', ''], { encoding: 'utf8' }).status === 0);

  it.runIf(python !== undefined)('keeps python-requests valid Python at every indent, for every fixture', () => {
    const sources = fixtures.flatMap((fixture) => [1, 4, 8, 'tab'].map((indent) => generate(fixture.request, 'python-requests', {}, { indent })));
    // One interpreter compiles them all; a syntax error names the snippet.
    const script = 'import json,sys\nfor i, s in enumerate(json.load(sys.stdin)):\n    compile(s, f"snippet{i}", "exec")\nprint("ok")';
    const result = spawnSync(python!, ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('ok\n');
    expect(sources.some((s) => s.includes("\n\t'Content-Type'"))).toBe(true);
  });

  it('re-indents java-okhttp code lines, never the text block of a body', () => {
    const fixture = fixtures.find((f) => f.name === 'json-pretty')!;
    const two = generate(fixture.request, 'java-okhttp');
    const four = generate(fixture.request, 'java-okhttp', {}, { indent: 4 });
    expect(four).toBe(two.replace(/^ {2}(?=\.)/gm, '    '));
  });
});
