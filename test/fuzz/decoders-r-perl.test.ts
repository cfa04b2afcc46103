import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plStr } from '../../src/targets/perl/escape.js';
import { rBytes, rStr, rText } from '../../src/targets/r/escape.js';
import { runCommand } from '../exec/runner.js';
import { lexPerl, perlProblems } from '../syntax/perl.js';
import { decodeRString, lexR, rProblems } from '../syntax/r.js';
import { hex2, hex4, pick, utf8Bytes } from './decoders/literal-tests.js';
import { runtimeGate } from './decoders/run-literals.js';

/** No lone surrogate (they have no UTF-8 form, and the model refuses them). */
const wellFormed = (s: string) => !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));

/**
 * The R and Perl lexers (test/syntax/r.ts, perl.ts) checked against the real Rscript and perl:
 * hand-written literals of every form and escape the lexers read, random text written with random
 * escapes by small encoders here, and the escapers' output, all go into one program per language that
 * prints each value's UTF-8 bytes; what the lexer reads at each literal must be exactly that.
 */
const raw = String.raw;
const text = fc.string({ unit: 'binary', maxLength: 20 }).filter(wellFormed);

interface Source {
  source: string;
  /** The value an encoder wrote; undefined for hand-written literals. */
  value: string | undefined;
}

function generated(encode: (value: string, choose: (count: number) => number) => string, keep: (value: string) => boolean): Source[] {
  return fc.sample(fc.tuple(text.filter(keep), fc.infiniteStream(fc.nat())), { numRuns: 120, seed: 20_261_203 }).map(([value, choices]) => {
    const iterator = choices[Symbol.iterator]();
    return { source: encode(value, (count) => iterator.next().value! % count), value };
  });
}

/** Runs the program, lexes it, and compares what the lexer read at each literal with what the runtime printed and the encoders wrote. */
async function check(sources: Source[], program: string, file: string, command: string, args: string[], lex: (code: string) => { literals: { value: string }[]; problems: string[]; syntax: unknown[] }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'snipforge-literals-'));
  writeFileSync(join(dir, file), program);
  const { stdout } = await runCommand(command, [...args, file], { cwd: dir, timeoutMs: 60_000 });
  const printed = stdout.replace(/\n$/, '').split('\n');
  const lexed = lex(program);
  expect(lexed.syntax).toEqual([]);
  expect(lexed.problems).toEqual([]);
  const read = lexed.literals.slice(0, sources.length).map((l) => Buffer.from(l.value, 'utf8').toString('hex'));
  const rows = (hex: string[]) => sources.map((s, i) => `${s.source} → ${hex[i]}`);
  expect(rows(read)).toEqual(rows(printed));
  const expected = sources.map((s, i) => (s.value === undefined ? printed[i]! : utf8Bytes(s.value).map(hex2).join('')));
  expect(rows(printed)).toEqual(rows(expected));
}

const samples = ["it's \"q\" \\ $x @y {z} %s #{w}", 'a\r\nb\u2028c\u0085d\ufeff', '{\n  "a": 1\n}\n', 'Zoë ✓ 😀', ...fc.sample(text, { numRuns: 60, seed: 7 })];

describe('R literals', () => {
  const gate = runtimeGate('Rscript', ['--version']);
  const handWritten = [
    `"plain"`,
    `''`,
    raw`'single \' "q"'`,
    raw`"\n\t\r\a\b\f\v\\\"\'\` "`,
    raw`"\101\x41\x7 \0101"`,
    raw`"\u{e9}\u00e9\u2028 \U{1F600}\U0001F600"`,
    '"multi\nline"',
    'r"(raw \\ "q" \n é)"',
    "R'-[a)\"]\" ]-'",
    'r"{x}"',
    '"raw é 😀 \u2028 \u0085 \ufeff \x01 \x7f"',
  ];
  /** Random forms of each character: itself, a simple escape, and either \ooo and \xHH (ASCII only) or \u{...}, \uXXXX, \U{...} (R refuses both kinds in one string). */
  const encode = (value: string, choose: (count: number) => number) => {
    const unicode = choose(2) === 1;
    const simple: Record<string, string> = { '\n': raw`\n`, '\t': raw`\t`, '\r': raw`\r`, '\x07': raw`\a`, '\b': raw`\b`, '\f': raw`\f`, '\v': raw`\v`, '\\': raw`\\`, '"': raw`\"`, "'": raw`\'` };
    const body = [...value]
      .map((ch) => {
        const cp = ch.codePointAt(0)!;
        return pick(choose, [
          '"\\'.includes(ch) ? undefined : ch,
          simple[ch],
          !unicode && cp <= 0x7f ? `\\${cp.toString(8).padStart(3, '0')}` : undefined,
          !unicode && cp <= 0x7f ? `\\x${hex2(cp)}` : undefined,
          unicode && cp <= 0xffff ? `\\u{${cp.toString(16)}}` : undefined,
          unicode && cp <= 0xffff ? `\\u${hex4(cp)}` : undefined,
          unicode ? `\\U{${cp.toString(16)}}` : undefined,
        ]);
      })
      .join('');
    return `"${body}"`;
  };

  it.skipIf(gate.skip)(`read as Rscript reads them${gate.note}`, { timeout: 120_000 }, async () => {
    gate.check();
    const withoutNul = samples.map((s) => s.replaceAll('\0', ''));
    const sources: Source[] = [
      ...handWritten.map((source) => ({ source, value: undefined })),
      ...generated(encode, (s) => !s.includes('\0')),
      ...withoutNul.flatMap((value) => [
        { source: rStr(value), value },
        { source: rText(value), value },
      ]),
    ];
    const program = `values <- list(\n${sources.map((s) => `  ${s.source}`).join(',\n')}\n)\nfor (value in values) cat(paste(as.character(charToRaw(enc2utf8(value))), collapse = ''), '\\n', sep = '')\n`;
    await check(sources, program, 'literals.R', 'Rscript', ['--vanilla'], lexR);
  });

  it('refuses what R refuses: NUL and unknown escapes', () => {
    expect(() => decodeRString(raw`a\0b`)).toThrow(/NUL/);
    expect(() => decodeRString(raw`\u{0}`)).toThrow(/NUL/);
    expect(() => decodeRString(raw`\q`)).toThrow(/does not know/);
    expect(() => decodeRString(raw`\x41\u{e9}`)).toThrow(/mixing/);
    // rBytes spells NUL as as.raw(0) between strings: no literal holds it
    expect(lexR(rBytes('a\0b')).literals.map((l) => l.value)).toEqual(['a', 'b']);
  });

  it('reports a string closed early', async () => {
    expect(await rProblems('add_headers("X-Quote" = "say \\"hi\\"")\n')).toEqual([]);
    expect((await rProblems('add_headers("X-Quote" = "say "hi")\n')).length).toBeGreaterThan(0);
  });
});

describe('Perl literals', () => {
  const gate = runtimeGate('perl', ['-v']);
  const handWritten = [
    `'plain'`,
    `''`,
    raw`'it\'s \\ \q \n'`,
    raw`"\t\n\r\f\a\e\\\"\$\@\x41\x{41}\101\0\x"`,
    raw`"\xE2\x80\xA8 \x{C3}\x{A9} \o{101}"`,
    raw`"a" . 'b' . "c"`,
    '"é raw 😀"',
    "'multi\nline'",
    raw`"\# \' \{ \- \%"`,
  ];
  /** Random forms of each character: itself, or in double quotes its UTF-8 bytes as \xHH, \x{HH} or \ooo, or a simple escape. */
  const encode = (value: string, choose: (count: number) => number) => {
    const simple: Record<string, string> = { '\n': raw`\n`, '\t': raw`\t`, '\r': raw`\r`, '\f': raw`\f`, '\x07': raw`\a`, '\x1b': raw`\e`, '\\': raw`\\`, '"': raw`\"`, $: raw`\$`, '@': raw`\@` };
    const body = [...value]
      .map((ch) => {
        const bytes = utf8Bytes(ch);
        return pick(choose, [
          '"\\$@'.includes(ch) ? undefined : ch,
          simple[ch],
          bytes.map((b) => `\\x${hex2(b).toUpperCase()}`).join(''),
          bytes.map((b) => `\\x{${b.toString(16)}}`).join(''),
          bytes.map((b) => `\\${b.toString(8).padStart(3, '0')}`).join(''),
        ]);
      })
      .join('');
    return `"${body}"`;
  };

  it.skipIf(gate.skip)(`read as perl reads them${gate.note}`, { timeout: 120_000 }, async () => {
    gate.check();
    const sources: Source[] = [...handWritten.map((source) => ({ source, value: undefined })), ...generated(encode, () => true), ...samples.map((value) => ({ source: plStr(value), value }))];
    const program = `use strict;\nuse warnings;\nmy @values = (\n${sources.map((s) => `    ${s.source}`).join(',\n')}\n);\nprint unpack('H*', $_), "\\n" for @values;\n`;
    await check(sources, program, 'literals.pl', 'perl', [], lexPerl);
  });

  it('reads interpolated variables as code, not as the literal', () => {
    const lexed = lexPerl('my $content = "--$boundary\\r\\nname=\\"$name\\"" . "$response->{status} $x[0]!";\n');
    expect(lexed.literals.map((l) => l.value)).toEqual(['--', '\r\nname="', '"', ' ', '!']);
  });

  it('reports a string closed early', async () => {
    expect(await perlProblems(`$request->header('X-Quote' => 'it\\'s');\n`)).toEqual([]);
    expect((await perlProblems(`$request->header('X-Quote' => 'it's');\n`)).length).toBeGreaterThan(0);
  });
});
