import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cljStr, cljText } from '../../src/targets/clojure/escape.js';
import { exChars, exStr, exText } from '../../src/targets/elixir/escape.js';
import { erlBin, erlStr } from '../../src/targets/erlang/escape.js';
import { runCommand } from '../exec/runner.js';
import { lexClojure } from '../syntax/clojure.js';
import { lexErlang } from '../syntax/erlang.js';
import { describeRuntime, describeSnippets, describeThrows, hex2, hex4, pick } from './decoders/literal-tests.js';
import { hostileText, runtimeGate, sampleLiterals, utf8Hex, type LiteralLanguage } from './decoders/run-literals.js';

/**
 * The Elixir decoder (tree-sitter) and the Clojure and Erlang lexers (test/syntax) checked against the
 * real languages: hand-written literals of every form and escape the snippets use, random text written
 * with random escapes by a small encoder here, and the escapers' own output go into one program that
 * prints each value's UTF-8 bytes in hex; what the decoder or lexer read at each literal must be exactly that.
 */
const RUNS = 150;
const SEED = 20_261_203;
const raw = String.raw;
const samplesOf = (escapers: ((text: string) => string)[]) =>
  sampleLiterals((text, choose) => escapers[choose(escapers.length)]!(text), { runs: 40, seed: SEED + 1 }).map(({ source, text }) => ({ source, text }));

describe('elixir', () => {
  const gate = runtimeGate('elixir', ['--version']);
  const language: LiteralLanguage = {
    grammar: 'elixir',
    file: 'literals.exs',
    prelude: 'values = [\n',
    place: () => ['  ', ',\n'],
    postlude: '  nil\n]\n\nfor value <- values, value != nil do\n  IO.puts(Base.encode16(if(is_list(value), do: List.to_string(value), else: value), case: :lower))\nend\n',
    command: 'elixir',
    args: ['literals.exs'],
  };
  const handWritten = [
    `"plain"`,
    `""`,
    raw`"\0\a\b\d\e\f\n\r\s\t\v\\\"\#{x} # #a"`,
    raw`"\u0041\u00e9\u2028 \u{1F600}\u{0}\u{10FFFF}"`,
    '"raw é 😀 \u2028 \u0085 \ufeff \x01 \x7f"',
    `~c"charlist \\"q\\" \\#{x} \\u{e9}"`,
    '~c"raw é"',
    `"a" <> "b"`,
    `"a\\n" <>\n  "b" <> "c"`,
  ];
  /** Random forms: itself, a named escape, \uHHHH (BMP), \u{H…}; `#` always as `\#`; a string or a ~c charlist. */
  const encode = (text: string, choose: (count: number) => number) => {
    const named: Record<string, string> = { '\0': raw`\0`, '\x07': raw`\a`, '\b': raw`\b`, '\x7f': raw`\d`, '\x1b': raw`\e`, '\f': raw`\f`, '\n': raw`\n`, '\r': raw`\r`, ' ': raw`\s`, '\t': raw`\t`, '\v': raw`\v`, '\\': raw`\\`, '"': raw`\"`, '#': raw`\#` };
    const body = [...text]
      .map((ch) => {
        const cp = ch.codePointAt(0)!;
        // a raw NUL ends tree-sitter-elixir's string early; the snippets write it escaped
        return pick(choose, ['"\\#\0'.includes(ch) ? undefined : ch, named[ch], cp <= 0xffff ? `\\u${hex4(cp)}` : undefined, `\\u{${cp.toString(16)}}`]);
      })
      .join('');
    return choose(2) === 0 ? `"${body}"` : `~c"${body}"`;
  };
  describeRuntime(language, gate, () => [...handWritten.map((source) => ({ source })), ...sampleLiterals(encode, { runs: RUNS, seed: SEED }), ...samplesOf([exStr, exText, (t) => exChars(t).replace(/^:binary\.bin_to_list\((.*)\)$/s, '$1')])]);
  describeThrows('elixir', (literal) => `x = ${literal}\n`, [
    [raw`"a #{b}"`, /interpolation/],
    [raw`~c"a #{b}"`, /interpolation/],
    [raw`"\x41"`, /do not write/],
    [raw`~s"x"`, /sigil/],
    [raw`"\u{D800}"`, /surrogate/],
  ]);
  describeSnippets('elixir');
  it('reads the literals the escapers write for hostile text', () => {
    expect(exStr('#{x}')).toBe(raw`"\#{x}"`);
  });
});

/** Runs a program that prints one hex line per value, and lexes it; both must agree on the first `count` literals. */
async function compareWithRuntime(lex: (code: string) => ReturnType<typeof lexClojure>, program: string, count: number, file: string, command: string, args: string[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'snipforge-literals-'));
  writeFileSync(join(dir, file), program);
  const { stdout } = await runCommand(command, args, { cwd: dir, timeoutMs: 110_000 });
  const printed = stdout.split('\n').filter((line) => /^[0-9a-fA-F]*$/.test(line)).slice(0, count).map((line) => line.toLowerCase());
  const lexed = lex(program);
  expect(lexed.syntax).toEqual([]);
  expect(lexed.problems).toEqual([]);
  expect(lexed.literals.slice(0, count).map((l) => utf8Hex(l.value))).toEqual(printed);
}

describe('clojure', () => {
  const gate = runtimeGate('java', ['-version']);
  const handWritten = [`"plain"`, `""`, raw`"\t\b\n\r\f\"\\"`, raw`"\u0041\u00e9\u2028\uD83D\uDE00"`, raw`"\0\7\77\377"`, '"raw é 😀 \u2028 \u0085 \ufeff \x01 \x7f"', '"line one\nline two"'];
  /** Random forms: itself, a named escape, \uXXXX per UTF-16 unit, octal up to \377 (Clojure has no \' escape, unlike Java). */
  const encode = (text: string, choose: (count: number) => number) => {
    const named: Record<string, string> = { '\t': raw`\t`, '\b': raw`\b`, '\n': raw`\n`, '\r': raw`\r`, '\f': raw`\f`, '"': raw`\"`, '\\': raw`\\` };
    const body = [...text]
      .map((ch) => {
        const cp = ch.codePointAt(0)!;
        return pick(choose, ['"\\'.includes(ch) ? undefined : ch, named[ch], ch.split('').map((unit) => `\\u${hex4(unit.charCodeAt(0))}`).join(''), cp <= 0o377 ? `\\${cp.toString(8).padStart(3, '0')}` : undefined]);
      })
      .join('');
    return `"${body}"`;
  };
  it.skipIf(gate.skip)(`the lexer reads every literal as Clojure's reader does${gate.note}`, { timeout: 120_000 }, async () => {
    gate.check();
    const sources = [...handWritten, ...sampleLiterals(encode, { runs: RUNS, seed: SEED, text: hostileText }).map((s) => s.source), ...samplesOf([cljStr, cljText]).map((s) => s.source)];
    const program = `(def values [\n${sources.join('\n')}\n])\n(doseq [^String value values]\n  (println (apply str (map #(format "%02x" (bit-and % 0xff)) (.getBytes value "UTF-8")))))\n`;
    await compareWithRuntime(lexClojure, program, sources.length, 'literals.clj', 'java', ['-Dfile.encoding=UTF-8', '-cp', '/usr/share/java/clojure.jar', 'clojure.main', 'literals.clj']);
  });
});

describe('erlang', () => {
  const gate = runtimeGate('erl', ['-noshell', '-eval', 'halt().']);
  const handWritten = [`"plain"`, `""`, raw`"\b\d\e\f\n\r\s\t\v\\\"\'"`, raw`"\x41\x{e9}\x{1F600}\101\7\^a\^Z"`, '"raw é 😀 \u2028 \u0085 \ufeff \x01 \x7f"', raw`<<"bin é \x{2028}"/utf8>>`];
  /** Random forms: itself, a named escape, \xHH, \x{H…}, three-digit octal, \^X for a control; a string or a UTF-8 binary. */
  const encode = (text: string, choose: (count: number) => number) => {
    const named: Record<string, string> = { '\b': raw`\b`, '\x7f': raw`\d`, '\x1b': raw`\e`, '\f': raw`\f`, '\n': raw`\n`, '\r': raw`\r`, ' ': raw`\s`, '\t': raw`\t`, '\v': raw`\v`, '\\': raw`\\`, '"': raw`\"`, "'": raw`\'` };
    const body = [...text]
      .map((ch) => {
        const cp = ch.codePointAt(0)!;
        return pick(choose, [
          '"\\'.includes(ch) ? undefined : ch,
          named[ch],
          cp <= 0xff ? `\\x${hex2(cp)}` : undefined,
          `\\x{${cp.toString(16)}}`,
          cp <= 0xff ? `\\${cp.toString(8).padStart(3, '0')}` : undefined,
          cp >= 1 && cp <= 26 ? `\\^${String.fromCharCode(96 + cp)}` : undefined,
        ]);
      })
      .join('');
    return choose(2) === 0 ? `"${body}"` : `<<"${body}"/utf8>>`;
  };
  it.skipIf(gate.skip)(`the lexer reads every literal as erl_scan does${gate.note}`, { timeout: 120_000 }, async () => {
    gate.check();
    const sources = [...handWritten, ...sampleLiterals(encode, { runs: RUNS, seed: SEED, text: hostileText }).map((s) => s.source), ...samplesOf([erlBin, erlStr]).map((s) => s.source)]
      // The runtime prints `<<>>` as an empty line, where the lexer sees no string; a list of bytes (`binary_to_list`) would print as Latin-1.
      .map((source) => (source === '<<>>' ? '""' : source.replace(/^binary_to_list\((.*)\)$/s, '$1')));
    const program = `-module(literals).\n-export([main/0]).\n\nmain() ->\n    Values = [\n${sources.map((s) => `        ${s}`).join(',\n')}\n    ],\n    [io:format("~s~n", [binary:encode_hex(unicode:characters_to_binary(V))]) || V <- Values],\n    ok.\n`;
    await compareWithRuntime(lexErlang, program, sources.length, 'literals.erl', 'sh', ['-c', 'erlc literals.erl && erl -noshell -s literals main -s init stop']);
  });
});
