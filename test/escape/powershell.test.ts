import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { psStr, psText } from '../../src/targets/powershell/escape.js';
import { parsePowerShell, powershellProblems, powershellReady } from '../syntax/powershell.js';

/**
 * psStr and psText read back by PowerShell's own parser (pwsh 7, which parses without running):
 * every generated text is one string expression of exactly that value, and nothing in it expands.
 */
beforeAll(() => powershellReady(), 120_000);

/** Every value as PowerShell's parser reads the assignments `$v0 = <literal>`, `$v1 = ...` of one script. */
async function readBack(literals: string[]): Promise<string[]> {
  const script = literals.map((literal, i) => `$v${i} = ${literal}`).join('\n') + '\n';
  const reply = await parsePowerShell(script);
  expect(reply.syntax).toEqual([]);
  expect(reply.problems).toEqual([]);
  const outermost = reply.literals.filter((l) => !reply.literals.some((o) => o !== l && o.start <= l.start && o.end >= l.end));
  return outermost.sort((a, b) => a.start - b.start).map((l) => l.value);
}

const hostile = [
  "it's ‘quoted’ ‚low‛ ''",
  '"; rm -rf ~; " $(id) `id` ${HOME} $x @x #{x} {{token}}',
  'cr\r\nlf\n\ttab\u0000nul\u2028sep\u202ebidi\ufeffbom\u0085nel\u007fdel',
  "@'\nhere\n'@\n‘@ too",
  'Zoë 😀 ✓',
  '',
];

describe('psStr and psText', () => {
  it('read back as the same text in pwsh, hostile values included', { timeout: 60_000 }, async () => {
    const texts = [...hostile, ...fc.sample(fc.string({ unit: 'binary', maxLength: 30 }), { numRuns: 150, seed: 13 })];
    // A lone surrogate is refused by the model, so it never reaches an escaper.
    const valid = texts.filter((text) => !/[\ud800-\udfff]/u.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')));
    expect(await readBack(valid.map(psStr))).toEqual(valid);
    const multiline = ['{\n  "a": 1\n}\n', 'one\ntwo', ...valid];
    expect(await readBack(multiline.map(psText))).toEqual(multiline);
  });

  it('double every kind of single quote and keep everything else verbatim', () => {
    expect(psStr("a'b‘c’d‚e‛f")).toBe("'a''b‘‘c’’d‚‚e‛‛f'");
    expect(psStr('$x `y` "z"')).toBe(`'$x \`y\` "z"'`);
  });

  it('splice invisible characters in as escape-only expandable strings', () => {
    expect(psStr('a\nb\u2028')).toBe('(\'a\' + "`n" + \'b\' + "`u{2028}")');
    expect(psStr('\r\n')).toBe('("`r`n")');
  });

  it('write multi-line text as a here-string unless a line would end it', () => {
    expect(psText('{\n  "a": 1\n}')).toBe(`@'\n{\n  "a": 1\n}\n'@`);
    expect(psText("x\n'@\ny")).toBe(psStr("x\n'@\ny"));
    expect(psText('x\n’@\ny')).toBe(psStr('x\n’@\ny'));
    expect(psText('one line')).toBe("'one line'");
  });
});

describe('the PowerShell syntax checker', () => {
  it('accepts a snippet and reports a string closed early on its line', async () => {
    const valid = "$headers = @{\n    'X-Quote' = 'it''s'\n}\n";
    expect(await powershellProblems(valid)).toEqual([]);
    const problems = await powershellProblems("$headers = @{\n    'X-Quote' = 'it's'\n}\n");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.line).toBe(2);
  });
});
