import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crStr, crText } from '../../src/targets/crystal/escape.js';
import { decodeCrystalString } from './decoders/crystal.js';
import { crystalProblems, lexCrystal } from '../syntax/crystal.js';
import { runCommand } from '../exec/runner.js';
import { hex2, hex4, pick, utf8Bytes } from './decoders/literal-tests.js';
import { generate } from '../../src/generate.js';
import { fixtures } from '../fixtures.js';
import { runtimeGate, sampleLiterals, utf8Hex } from './decoders/run-literals.js';

/**
 * The Crystal lexer (test/syntax/crystal.ts) and string decoder checked against the real compiler
 * once: hand-written literals of every escape, random text written with random escapes by a small
 * encoder here, and crStr/crText output, all go into one program that prints each value's UTF-8 bytes; what
 * the lexer reads at each literal must be exactly that.
 */
const gate = runtimeGate('crystal', ['--version']);
const raw = String.raw;

const handWritten = [
  `"plain"`,
  `""`,
  raw`"\" \\ \# \a\b\e\f\n\r\t\v"`,
  raw`"\0 \101 \12 \x41\x7e \xC3\xA9"`,
  raw`"\u00e9\u2028 \u{1F600} \u{48 49} \u{10FFFF}"`,
  '"raw é 😀 \u2028 \u0085 \ufeff \x01 \x7f {{x}} #$x #@y %s"',
  '"line one\nline two"',
  '"joined \\\n      line"',
];

/** Random forms of each character: itself, a named escape, octal (ASCII), \xHH per UTF-8 byte, \uHHHH, \u{H}. */
function encode(text: string, choose: (count: number) => number): string {
  const named: Record<string, string> = { '"': raw`\"`, '\\': raw`\\`, '#': raw`\#`, '\x07': raw`\a`, '\b': raw`\b`, '\x1b': raw`\e`, '\f': raw`\f`, '\n': raw`\n`, '\r': raw`\r`, '\t': raw`\t`, '\v': raw`\v` };
  const chars = [...text];
  return (
    '"' +
    chars
      .map((ch, i) => {
        const cp = ch.codePointAt(0)!;
        // Raw NUL is left out: the lexer of Crystal takes it, but editors and terminals do not.
        const plain = !'"\\\0'.includes(ch) && !(ch === '#' && chars[i + 1] === '{');
        // The compiler reads every octal digit after a backslash: no octal escape before a digit.
        const octal = cp < 0x80 && !/[0-7]/.test(chars[i + 1] ?? '') ? `\\${cp.toString(8).padStart(3, '0')}` : undefined;
        return pick(choose, [plain ? ch : undefined, named[ch], octal, utf8Bytes(ch).map((b) => `\\x${hex2(b)}`).join(''), cp <= 0xffff && (cp < 0xd800 || cp > 0xdfff) ? `\\u${hex4(cp)}` : undefined, `\\u{${cp.toString(16)}}`]);
      })
      .join('') +
    '"'
  );
}

describe('Crystal literals', () => {
  it.skipIf(gate.skip)(`read as crystal reads them${gate.note}`, { timeout: 300_000 }, async () => {
    gate.check();
    const generated = sampleLiterals(encode, { runs: 150, seed: 20_261_203 }).map(({ text, source }) => ({ source, value: text as string | undefined }));
    const escaped = ["it's \"q\" \\ #{x} #$y {{z}} %s", 'a\r\nb\u2028c\u0000d\u202e', '{\n  "a": "#{b}"\n}\n', ...generated.map((g) => g.value!)].flatMap((value) => [crStr(value), crText(value)].map((source) => ({ source, value: value as string | undefined })));
    const sources = [...handWritten.map((source) => ({ source, value: undefined as string | undefined })), ...generated, ...escaped];
    const program = `values = [\n${sources.map((s) => `  ${s.source},`).join('\n')}\n] of String\nvalues.each { |value| puts value.to_slice.hexstring }\n`;
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-crystal-'));
    try {
      writeFileSync(join(dir, 'literals.cr'), program);
      const { stdout } = await runCommand('crystal', ['run', '--no-color', 'literals.cr'], { cwd: dir, timeoutMs: 280_000 });
      const printed = stdout.replace(/\n$/, '').split('\n');
      const lexed = lexCrystal(program);
      expect(lexed.syntax).toEqual([]);
      expect(lexed.problems).toEqual([]);
      const read = lexed.literals.map((l) => utf8Hex(l.value));
      const rows = (hex: readonly string[]) => sources.map((s, i) => `${s.source} → ${hex[i]}`);
      expect(rows(read)).toEqual(rows(printed));
      // the encoders' values, as the compiler read them
      const expected = sources.map((s, i) => (s.value === undefined ? printed[i]! : utf8Hex(s.value)));
      expect(rows(printed)).toEqual(rows(expected));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the Crystal lexer', () => {
  it('accepts a snippet and reports a string closed early', async () => {
    expect(await crystalProblems('headers = HTTP::Headers{\n  "X-Quote" => "say \\"hi\\"",\n}\n')).toEqual([]);
    expect((await crystalProblems('headers = HTTP::Headers{\n  "X-Quote" => "say "hi",\n}\n')).length).toBeGreaterThan(0);
  });

  it('refuses interpolation and unknown escapes', () => {
    expect(() => decodeCrystalString('a #{x}')).toThrow(/interpolation/);
    expect(() => decodeCrystalString(raw`\q`)).toThrow(/unknown escape/);
    expect(() => decodeCrystalString(raw`\u{D800}`)).toThrow(/surrogate/);
    expect(() => decodeCrystalString(raw`\xff`)).toThrow(/UTF-8/);
    expect(() => decodeCrystalString(raw`\1655`)).toThrow(/octal value too big/);
    expect(decodeCrystalString(raw`\#{x}`)).toBe('#{x}');
  });
});

describe('crystal-http-client snippets', () => {
  it.skipIf(gate.skip)(`parse with the Crystal compiler's own parser${gate.note}`, { timeout: 120_000 }, async () => {
    gate.check();
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-crystal-parse-'));
    try {
      for (const fixture of fixtures) writeFileSync(join(dir, `${fixture.name}.cr`), generate(fixture.request, 'crystal-http-client'));
      // `crystal tool format` parses every file of the directory (and rewrites it); a syntax error fails it, naming the file.
      await runCommand('crystal', ['tool', 'format', '--no-color', '.'], { cwd: dir, timeoutMs: 110_000 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
