import { describe } from 'vitest';
import { describeRuntime, describeSnippets, describeThrows, hex2, pick, utf8Bytes } from './decoders/literal-tests.js';
import { runtimeGate, sampleLiterals, type LiteralLanguage } from './decoders/run-literals.js';

/**
 * The Lua and OCaml literal decoders, each checked against its real language: hand-written literals for every form
 * and escape, plus random text written with random escape forms by a small encoder here, go into one program that
 * prints each value's UTF-8 bytes; what the decoder reads at each literal must be exactly that. Then the cases that
 * must throw, and every fixture's snippet in that language must scan with no problem.
 */

const RUNS = 150;
const SEED = 20_261_203;
const raw = String.raw;

describe('lua', () => {
  const gate = runtimeGate('lua5.4', ['-v']);
  const language: LiteralLanguage = {
    grammar: 'lua',
    file: 'main.lua',
    prelude: 'local values = {}\n',
    place: () => ['values[#values + 1] = (\n', '\n)\n'],
    postlude: 'for _, value in ipairs(values) do\n  print((value:gsub(".", function(c) return string.format("%02x", c:byte()) end)))\nend\n',
    command: 'lua5.4',
    args: ['main.lua'],
  };
  // tree-sitter-lua reads neither `\z` nor a backslash before a line break: those forms stay out of the sources.
  const handWritten = [
    `"plain"`,
    `''`,
    `'single "double" inside'`,
    raw`"\a\b\f\n\r\t\v\\\"\'"`,
    raw`"\65\066\0671\195\169\0"`,
    raw`"\x41\xc3\xa9\xE2\x80\xA8"`,
    raw`"\u{41}\u{e9}\u{2028}\u{1F600}\u{10FFFF}"`,
    raw`"skip\z    spaces"`,
    '"raw é 😀 \u2028 \u202e \ufeff"',
    '[[\nfirst line break skipped]]',
    '[[no line break]]',
    '[==[\n]] and ]=] inside ]==]',
    '[[\r\ncr lf and\r lone cr and\n\r lf cr]]',
    '[[\n\nkept second line break]]',
    `"a" .. 'b' .. [[c]]`,
    `("a" .. "b") .. "c"`,
  ];
  /** Random forms: itself, a named escape, each UTF-8 byte as \xHH or as decimal \ddd (three digits, so no digit after it joins), \u{H}. */
  const encode = (text: string, choose: (count: number) => number) => {
    const named: Record<string, string> = { '\x07': raw`\a`, '\b': raw`\b`, '\f': raw`\f`, '\n': raw`\n`, '\r': raw`\r`, '\t': raw`\t`, '\v': raw`\v`, '\\': raw`\\`, '"': raw`\"`, "'": raw`\'` };
    const body = [...text]
      .map((ch) => {
        const split = choose(10) === 0 ? '" .. "' : '';
        return (
          split +
          pick(choose, [
            '\n\r\\"'.includes(ch) ? undefined : ch,
            named[ch],
            utf8Bytes(ch).map((b) => `\\x${hex2(b)}`).join(''),
            utf8Bytes(ch).map((b) => `\\${String(b).padStart(3, '0')}`).join(''),
            `\\u{${ch.codePointAt(0)!.toString(16)}}`,
          ])
        );
      })
      .join('');
    return `"${body}"`;
  };
  describeRuntime(language, gate, () => [...handWritten.map((source) => ({ source })), ...sampleLiterals(encode, { runs: RUNS, seed: SEED })]);

  describeThrows('lua', (literal) => `local x = ${literal}\n`, [
    [raw`"\q"`, /invalid escape/],
    [raw`"\x4"`, /two hex digits/],
    [raw`"\256"`, /too large/],
    [raw`"\u{D800}"`, /surrogate/],
    [raw`"\xff"`, /not valid UTF-8/],
    [raw`"\u41"`, /needs \{hex digits\}/],
  ]);

  describeSnippets('lua');
});

describe('ocaml', () => {
  const gate = runtimeGate('ocaml', ['-version']);
  const language: LiteralLanguage = {
    grammar: 'ocaml',
    file: 'main.ml',
    prelude: 'let values = ref []\nlet add value = values := value :: !values\n',
    place: () => ['let () = add (\n', '\n)\n'],
    postlude: 'let () = List.iter (fun value -> String.iter (fun c -> Printf.printf "%02x" (Char.code c)) value; print_newline ()) (List.rev !values)\n',
    command: 'ocaml',
    args: ['main.ml'],
  };
  const handWritten = [
    `"plain"`,
    `""`,
    raw`"\\ \" \' \n \t \b \r \ "`,
    raw`"\065\066\0671\195\169\000"`,
    raw`"\x41\xc3\xa9\xE2\x80\xA8"`,
    raw`"\o101\o303\o251"`,
    raw`"\u{41}\u{e9}\u{2028}\u{1F600}\u{10FFFF}"`,
    '"joined \\\n     line"',
    '"raw é 😀 \u2028 \u202e \ufeff"',
    '{|raw \\n "quoted" |}',
    '{x|holds |} inside|x}',
    '{|\nmulti\nline\n|}',
    '{|crlf\r\nline|}',
    `"a" ^ {|b|} ^ "c"`,
    `("a" ^ "b") ^ "c"`,
  ];
  /** Random forms: itself, a named escape, each UTF-8 byte as \xHH, decimal \DDD or octal \oOOO, \u{H}. */
  const encode = (text: string, choose: (count: number) => number) => {
    const named: Record<string, string> = { '\\': raw`\\`, '"': raw`\"`, "'": raw`\'`, '\n': raw`\n`, '\t': raw`\t`, '\b': raw`\b`, '\r': raw`\r`, ' ': raw`\ ` };
    const body = [...text]
      .map((ch) => {
        const split = choose(10) === 0 ? '" ^ "' : '';
        return (
          split +
          pick(choose, [
            '\n\r\\"'.includes(ch) ? undefined : ch,
            named[ch],
            utf8Bytes(ch).map((b) => `\\x${hex2(b)}`).join(''),
            utf8Bytes(ch).map((b) => `\\${String(b).padStart(3, '0')}`).join(''),
            utf8Bytes(ch).map((b) => `\\o${b.toString(8).padStart(3, '0')}`).join(''),
            `\\u{${ch.codePointAt(0)!.toString(16)}}`,
          ])
        );
      })
      .join('');
    return `"${body}"`;
  };
  describeRuntime(language, gate, () => [...handWritten.map((source) => ({ source })), ...sampleLiterals(encode, { runs: RUNS, seed: SEED })]);

  describeThrows('ocaml', (literal) => `let x = ${literal}\n`, [
    [raw`"\q"`, /illegal backslash escape/],
    [raw`"\x4"`, /two hex digits/],
    [raw`"\256"`, /too large/],
    [raw`"\12"`, /three digits/],
    [raw`"\u{D800}"`, /surrogate/],
    [raw`"\xff"`, /not valid UTF-8/],
  ]);

  describeSnippets('ocaml');
});
