import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rBytes, rStr, rText } from '../../src/targets/r/escape.js';

/** No lone surrogate (they have no UTF-8 form, and the model refuses them). */
const wellFormed = (s: string) => !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));

const HOSTILE = [
  '',
  `"; rm -rf ~; " $(id) \`id\` #{system('id')} \\(exploit) \${HOME} '; system("id"); ' %s {x} r"(raw)"`,
  "it's",
  'say "hi"',
  'back\\slash\\',
  '\\"',
  'line\nbreak\r\nthen\ttab',
  'del\x7f nel\x85 ls\u2028 ps\u2029 rlo\u202e bom\ufeff',
  'Zoë ✓ 😀',
  '\\u{41} \\x41 \\101 \\0',
  '{\n  "a": "b\\n"\n}\n',
  '\x01f\x1b[0m',
];

const hasR = (() => {
  try {
    execFileSync('Rscript', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The UTF-8 bytes of each R expression (a string, or a raw vector): one Rscript prints them all as hex. */
function evaluateInR(expressions: readonly string[]): string[] {
  const bytes = (expression: string) => `{ value <- ${expression}; if (is.raw(value)) value else charToRaw(enc2utf8(value)) }`;
  const script = expressions.map((e) => `cat(paste(as.character(${bytes(e)}), collapse = ""), "\\n", sep = "")\n`).join('');
  const output = execFileSync('Rscript', ['--vanilla', '-'], { input: script, encoding: 'utf8' });
  return output.split('\n').slice(0, expressions.length).map((line) => Buffer.from(line, 'hex').toString('utf8'));
}

describe('R literals', () => {
  it('rStr escapes backslash, quote and invisible characters (\\u{XXXX}), keeping other text as it is', () => {
    expect(rStr(`it's "q" a\\b`)).toBe(`"it's \\"q\\" a\\\\b"`);
    expect(rStr('a\r\nb\tc')).toBe('"a\\r\\nb\\tc"');
    expect(rStr('\x7f\x85\u2028\ufeffZoë')).toBe('"\\u{007F}\\u{0085}\\u{2028}\\u{FEFF}Zoë"');
  });

  it('rText writes printable text with quotes, backslashes or line breaks as a raw string, with dashes when it holds )"', () => {
    expect(rText('{\n  "a": "b\\\\c"\n}')).toBe('r"({\n  "a": "b\\\\c"\n})"');
    expect(rText('f(")") )-"')).toBe('r"--(f(")") )-")--"');
    expect(rText('plain')).toBe('"plain"');
    expect(rText('one\r\ntwo "q"')).toBe('"one\\r\\ntwo \\"q\\""');
  });

  it('refuses NUL in a string; rBytes writes text with NUL as a raw vector', () => {
    expect(() => rStr('a\0b')).toThrow(/NUL/);
    expect(rBytes('plain')).toBe('"plain"');
    expect(rBytes('a\0b')).toBe('c(charToRaw("a"), as.raw(0), charToRaw("b"))');
    expect(rBytes('\0\0')).toBe('c(as.raw(0), as.raw(0))');
  });

  it.skipIf(!hasR)('evaluates back to the UTF-8 bytes of the text in R', { timeout: 60_000 }, () => {
    const random = fc.sample(fc.string({ unit: 'binary' }), { numRuns: 200, seed: 42 }).filter(wellFormed);
    const samples = [...HOSTILE, ...random];
    expect(evaluateInR(samples.map((s) => rStr(s.replaceAll('\0', ''))))).toEqual(samples.map((s) => s.replaceAll('\0', '')));
    const withoutNul = samples.filter((s) => !s.includes('\0'));
    expect(evaluateInR(withoutNul.map(rText))).toEqual(withoutNul);
    const withNul = ['a\0b', '\0', '\0Zoë\0\n', ...random.map((s) => `${s}\0${s}`)];
    expect(evaluateInR(withNul.map(rBytes))).toEqual(withNul);
  });
});
