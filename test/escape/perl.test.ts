import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plStr } from '../../src/targets/perl/escape.js';

/** No lone surrogate (they have no UTF-8 form, and the model refuses them). */
const wellFormed = (s: string) => !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));

const HOSTILE = [
  '',
  `"; rm -rf ~; " $(id) \`id\` #{system('id')} \\(exploit) \${HOME} @{[ system('id') ]} '; require('child_process').exec('id'); ' %s`,
  "it's",
  'say "hi"',
  'back\\slash\\',
  "\\'",
  'line\nbreak\r\nthen\ttab',
  'nul\0 del\x7f nel\x85 ls\u2028 ps\u2029 rlo\u202e bom\ufeff',
  'Zoë ✓ 😀',
  '$x @y %z $$ @$ \\$w \\x41 \\x{263A} \\N{U+263A} \\Q \\E \\101',
  '{{$guid}} {{$timestamp}}\r\n{{id}}',
  '\x01f\x1b[0m',
];

const hasPerl = (() => {
  try {
    execFileSync('perl', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The bytes each literal holds in perl (no `use utf8`, as the snippets), read as UTF-8: one process prints them all as hex. */
function evaluateInPerl(literals: readonly string[]): string[] {
  const script = 'use strict;\nuse warnings;\n' + literals.map((literal) => `print unpack('H*', ${literal}), "\\n";\n`).join('');
  const output = execFileSync('perl', ['-'], { input: script, encoding: 'utf8' });
  return output.split('\n').slice(0, literals.length).map((line) => Buffer.from(line, 'hex').toString('utf8'));
}

describe('plStr', () => {
  it('uses single quotes for printable text, escaping only backslash and quote', () => {
    expect(plStr(`it's a\\b $x @y`)).toBe(`'it\\'s a\\\\b $x @y'`);
    expect(plStr('two\nlines\tand tab')).toBe(`'two\nlines\tand tab'`);
    expect(plStr('Zoë')).toBe(`'Zoë'`);
  });

  it('switches to double quotes for invisible characters, escaping $ and @, spelling other characters as their UTF-8 bytes', () => {
    expect(plStr('a\r\nb $x @y "q"')).toBe('"a\\r\\nb \\$x \\@y \\"q\\""');
    expect(plStr('\0\x7f\x85\u2028\ufeff')).toBe('"\\x00\\x7F\\xC2\\x85\\xE2\\x80\\xA8\\xEF\\xBB\\xBF"');
    // two hex digits always, so a following hex letter is not read into the escape
    expect(plStr('\x01f')).toBe('"\\x01f"');
    // a placeholder holding $ goes single-quoted, so it reads as written
    expect(plStr('\u202e{{$guid}} {{id}}\r\n')).toBe(`"\\xE2\\x80\\xAE" . '{{$guid}}' . " {{id}}\\r\\n"`);
  });

  it.skipIf(!hasPerl)('evaluates back to the UTF-8 bytes of the text in perl', { timeout: 60_000 }, () => {
    const samples = [...HOSTILE, ...fc.sample(fc.string({ unit: 'binary' }), { numRuns: 300, seed: 42 })].filter(wellFormed);
    expect(evaluateInPerl(samples.map(plStr))).toEqual(samples);
  });
});
