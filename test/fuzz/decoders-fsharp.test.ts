import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fsStr, fsText } from '../../src/targets/fsharp/escape.js';
import { decodeFSharpString, fsharpProblems, lexFSharp } from '../syntax/fsharp.js';
import { runCommand } from '../exec/runner.js';
import { hex2, hex4, hex8, pick, utf8Bytes } from './decoders/literal-tests.js';
import { runtimeGate } from './decoders/run-literals.js';

/**
 * The F# lexer (test/syntax/fsharp.ts) checked against the real F# compiler once: hand-written
 * literals of every form and escape, random text written with random escapes by a small encoder
 * here, and fsStr/fsText output, all go into one `dotnet fsi` script that prints each value's UTF-8
 * bytes; what the lexer reads at each literal must be exactly that.
 */
const gate = runtimeGate('dotnet', ['--version']);
const raw = String.raw;

const handWritten = [
  `"plain"`,
  `""`,
  raw`"\n\t\b\r\a\f\v\\\"\'\0"`,
  raw`"\065\097\255 \x41\x7e \u00e9\u2028 \U0001F600"`,
  raw`"unknown \q \% \d kept"`,
  '"raw é 😀 \u2028 \u0085 \ufeff \x01 \x7f"',
  '"line one\nline two"',
  '"joined \\\n      line"',
  `@"verbatim \\ ""quoted"""`,
  '"""triple "quoted" \\n kept"""',
  `"a" + "b"`,
  `"a\\n" +\n    "b"`,
];

/** Random forms of each character: itself, a simple escape, a trigraph, \xHH, \uXXXX, \UXXXXXXXX. */
function encode(text: string, choose: (count: number) => number): string {
  const simple: Record<string, string> = { '\n': raw`\n`, '\t': raw`\t`, '\b': raw`\b`, '\r': raw`\r`, '\x07': raw`\a`, '\f': raw`\f`, '\v': raw`\v`, '\\': raw`\\`, '"': raw`\"`, "'": raw`\'` };
  const body = [...text]
    .map((ch) => {
      const cp = ch.codePointAt(0)!;
      return pick(choose, [
        '"\\\n\r'.includes(ch) ? undefined : ch,
        simple[ch],
        cp <= 255 ? `\\${String(cp).padStart(3, '0')}` : undefined,
        cp <= 255 ? `\\x${hex2(cp)}` : undefined,
        cp <= 0xffff ? `\\u${hex4(cp)}` : ch.split('').map((unit) => `\\u${hex4(unit.charCodeAt(0))}`).join(''),
        `\\U${hex8(cp)}`,
      ]);
    })
    .join('');
  return `"${body}"`;
}

const text = fc.string({ unit: 'binary', maxLength: 20 }).filter((s) => !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')));

describe('F# literals', () => {
  it.skipIf(gate.skip)(`read as dotnet fsi reads them${gate.note}`, { timeout: 300_000 }, async () => {
    gate.check();
    const samples = fc.sample(fc.tuple(text, fc.infiniteStream(fc.nat())), { numRuns: 120, seed: 20_261_203 });
    const generated = samples.map(([value, choices]) => {
      const iterator = choices[Symbol.iterator]();
      return { source: encode(value, (count) => iterator.next().value! % count), value };
    });
    const escaped = ["it's \"q\" \\ $x {y} %s", 'a\r\nb\u2028c\u0000d', '{\n  "a": 1\n}\n', ...samples.map(([value]) => value)].flatMap((value) => [
      { source: fsStr(value), value },
      { source: fsText(value), value },
    ]);
    const sources = [...handWritten.map((source) => ({ source, value: undefined })), ...generated, ...escaped];
    const script = `let values : string list = [\n${sources.map((s) => `    (${s.source})`).join('\n')}\n]\nfor value in values do\n    System.Console.WriteLine(System.Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(value)))\n`;
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-fsharp-'));
    writeFileSync(join(dir, 'literals.fsx'), script);
    const { stdout } = await runCommand('dotnet', ['fsi', '--quiet', 'literals.fsx'], { cwd: dir, timeoutMs: 280_000, env: { DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } });
    const printed = stdout.replace(/\n$/, '').split('\n').map((line) => line.trim().toLowerCase());
    const lexed = lexFSharp(script);
    expect(lexed.syntax).toEqual([]);
    expect(lexed.problems).toEqual([]);
    const read = lexed.literals.slice(0, sources.length).map((l) => Buffer.from(l.value, 'utf8').toString('hex'));
    const rows = (hex: string[]) => sources.map((s, i) => `${s.source} → ${hex[i]}`);
    expect(rows(read)).toEqual(rows(printed));
    // the encoders' values, as the compiler read them
    const expected = sources.map((s, i) => (s.value === undefined ? printed[i] : utf8Bytes(s.value).map(hex2).join('')));
    expect(rows(printed)).toEqual(rows(expected as string[]));
  });
});

describe('the F# lexical checker', () => {
  it('accepts a snippet and reports a string closed early', async () => {
    expect(await fsharpProblems('request.Headers.TryAddWithoutValidation("X-Quote", "say \\"hi\\"") |> ignore\n')).toEqual([]);
    const problems = await fsharpProblems('let a = 1\nrequest.Headers.TryAddWithoutValidation("X-Quote", "say "hi") |> ignore\n');
    expect(problems.length).toBeGreaterThan(0);
  });

  it('decodes a backslash before a line break as a line join', () => {
    expect(decodeFSharpString('a\\\n    b')).toBe('ab');
  });
});
