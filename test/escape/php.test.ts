import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phpStr } from '../../src/targets/php/escape.js';

const HOSTILE = [
  '',
  `"; rm -rf ~; " $(id) \`id\` #{system('id')} \\(exploit) \${HOME} '; require('child_process').exec('id'); ' <?php */ %s`,
  "it's",
  'say "hi"',
  'back\\slash\\',
  "\\'",
  'line\nbreak\r\nthen\ttab',
  'nul\0 del\x7f nel\x85 ls\u2028 ps\u2029 rlo\u202e bom\ufeff',
  'Zoë ✓ 😀',
  '{$x} ${y} $z \\$w {\\$v} \\u{41} \\x41 \\101',
  '?> <?php echo 1; // # /* */',
  '\x01f\x1b[0m',
];

const hasPhp = (() => {
  try {
    execFileSync('php', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** What PHP makes of each literal: one php process evaluates them all, each printed as base64. */
function evaluateInPhp(literals: readonly string[]): string[] {
  const script = '<?php\n' + literals.map((literal) => `echo base64_encode(${literal}), "\\n";\n`).join('');
  const output = execFileSync('php', ['-d', 'display_errors=stderr', '-d', 'error_reporting=E_ALL'], { input: script, encoding: 'utf8' });
  return output.split('\n').slice(0, literals.length).map((line) => Buffer.from(line, 'base64').toString('utf8'));
}

describe('phpStr', () => {
  it('uses single quotes for printable text, escaping only backslash and quote', () => {
    expect(phpStr(`it's a\\b $x {$y}`)).toBe(`'it\\'s a\\\\b $x {$y}'`);
    expect(phpStr('two\nlines\tand tab')).toBe(`'two\nlines\tand tab'`);
  });

  it('switches to double quotes for invisible characters, escaping $ so nothing interpolates', () => {
    expect(phpStr('a\r\nb $x "q"')).toBe('"a\\r\\nb \\$x \\"q\\""');
    expect(phpStr('\0\x7f\x85\u2028\ufeff')).toBe('"\\x00\\x7F\\u{85}\\u{2028}\\u{FEFF}"');
    // two hex digits always, so a following hex letter is not read into the escape
    expect(phpStr('\x01f')).toBe('"\\x01f"');
    // a placeholder holding $ (Postman's dynamic variables) goes single-quoted, so it reads as written
    expect(phpStr('\u202e{{$guid}} {{id}}\r\n')).toBe(`"\\u{202E}" . '{{$guid}}' . " {{id}}\\r\\n"`);
  });

  it.skipIf(!hasPhp)('evaluates back to the text in PHP', () => {
    const samples = [...HOSTILE, ...fc.sample(fc.string({ unit: 'binary' }), { numRuns: 300, seed: 42 })];
    expect(evaluateInPhp(samples.map(phpStr))).toEqual(samples);
  });
});
