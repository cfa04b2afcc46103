import { describe } from 'vitest';
import { describeRuntime, describeSnippets, describeThrows, hex2, pick, utf8Bytes } from './decoders/literal-tests.js';
import { runtimeGate, sampleLiterals, type LiteralLanguage } from './decoders/run-literals.js';

/**
 * The Rust literal decoder (test/fuzz/decoders/rust.ts) against the real rustc: hand-written literals
 * of every form and escape and random text written with random escapes go into one program that
 * prints each value's UTF-8 bytes; the decoder must read the same at each literal.
 */

const raw = String.raw;

describe('rust', () => {
  const gate = runtimeGate('rustc', ['--version']);
  const language: LiteralLanguage = {
    grammar: 'rust',
    file: 'main.rs',
    prelude: 'fn main() {\n    let values: Vec<&[u8]> = vec![\n',
    place: (literal) => [literal.startsWith('b') ? '        ' : '        (', literal.startsWith('b') ? ',\n' : ').as_bytes(),\n'],
    postlude: '    ];\n    for value in values {\n        println!("{}", value.iter().map(|b| format!("{:02x}", b)).collect::<String>());\n    }\n}\n',
    command: 'sh',
    args: ['-c', 'rustc --edition 2021 -o main main.rs && ./main'],
  };
  const handWritten = [
    `"plain"`,
    `""`,
    raw`"quote \" backslash \\ apostrophe \' "`,
    raw`"\n\r\t\0"`,
    raw`"\x41\x7f\x00"`,
    raw`"\u{e9}\u{2028}\u{1F600}\u{10FFFF}"`,
    '"raw é 😀 \u2028 \u0085 \ufeff \x01 \x7f {} {0}"',
    '"line one\nline two"',
    '"joined \\\n      line"',
    'r"raw \\n kept"',
    'r#"raw "quoted" \\ kept"#',
    'r##"ends with "# inside"##',
    'b"bytes \\x41\\xC3\\xA9"',
    'br"raw bytes"',
  ];
  /**
   * Random forms: itself (if allowed raw), a named escape, \xHH for ASCII, \u{H}; sometimes a raw string.
   * Never a raw NUL: rustc takes it, but tree-sitter reads it as the end of the input (the escapers never write one).
   */
  const encode = (text: string, choose: (count: number) => number) => {
    const named: Record<string, string> = { '\n': raw`\n`, '\r': raw`\r`, '\t': raw`\t`, '\\': raw`\\`, '"': raw`\"`, "'": raw`\'`, '\0': raw`\0` };
    if (!/[\r\0\u202a-\u202e\u2066-\u2069]|"#/.test(text) && choose(4) === 0) return `r#"${text}"#`;
    const body = [...text]
      .map((ch) => {
        const cp = ch.codePointAt(0)!;
        return pick(choose, [
          /[\r\0"\\\u202a-\u202e\u2066-\u2069]/.test(ch) ? undefined : ch,
          named[ch],
          cp <= 0x7f ? `\\x${hex2(cp)}` : undefined,
          `\\u{${cp.toString(16)}}`,
        ]);
      })
      .join('');
    return `"${body}"`;
  };
  describeRuntime(language, gate, () => [...handWritten.map((source) => ({ source })), ...sampleLiterals(encode, { runs: 150, seed: 20_261_203 })], 'rustc');

  describeThrows('rust', (literal) => `fn main() {\n    let x = ${literal};\n}\n`, [
    [raw`"\q"`, /unknown escape/],
    [raw`"\x80"`, /above \\x7F/],
    [raw`"\u{D800}"`, /surrogate/],
    [raw`"\u{1234567}"`, /more than 6/],
    ['"a\u202eb"', /bidi/],
    ['"a\rb"', /carriage return/],
    [raw`b"\u{41}"`, /byte string/],
  ]);

  describeSnippets('rust');
});
