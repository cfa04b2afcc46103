import { describe, expect, it } from 'vitest';
import { describeRuntime, describeSnippets, describeThrows, hex2, hex4, pick, utf8Bytes } from './decoders/literal-tests.js';
import { decodeIn, runtimeGate, sampleLiterals, type LiteralLanguage } from './decoders/run-literals.js';

/**
 * The C and C++ literal decoder checked against gcc 12 (-std=c11, where trigraphs are replaced) and
 * g++ 12 (-std=c++17): hand-written literals for every escape form, plus random text written with
 * random escape forms, go into one program that prints each value's bytes in hex; what the decoder
 * reads at each literal must be exactly that. Then the cases that must throw, and every fixture's C
 * and C++ snippet must scan with no problem.
 */

const RUNS = 150;
const SEED = 20_261_203;
const raw = String.raw;

/** Prints the bytes of a char array (its terminating NUL left out), one hex line per literal. */
const show = 'static void show(const char *s, size_t n) { for (size_t i = 0; i < n; i++) printf("%02x", (unsigned char)s[i]); printf("\\n"); }\n';

const handWritten = [
  `"plain"`,
  `""`,
  raw`"\'\"\?\\\a\b\f\n\r\t\v"`,
  raw`"\0\1\12\123\1234 \000\0008"`,
  raw`"\x41\x4a\x0g \xc3\xa9"`,
  raw`"\u00e9\u2028\U0001F600"`,
  '"raw é 😀 \u2028 ?? ?\\?= {{x}} %s $x #{y}"',
  '"a" "b"\n    "c"',
];

/** Random forms for a character: itself (when a literal can hold it), a simple escape, octal bytes of 1-3 digits, \x bytes, \u or \U. */
function encode(text: string, choose: (count: number) => number): string {
  const simple: Record<string, string> = { "'": raw`\'`, '"': raw`\"`, '?': raw`\?`, '\\': raw`\\`, '\x07': raw`\a`, '\b': raw`\b`, '\f': raw`\f`, '\n': raw`\n`, '\r': raw`\r`, '\t': raw`\t`, '\v': raw`\v` };
  const chars = [...text];
  return (
    '"' +
    chars
      .map((ch, i) => {
        const cp = ch.codePointAt(0)!;
        const following = chars[i + 1] ?? '';
        // Itself, unless it ends the literal, breaks the line, is a NUL, or is a ? another ? follows (a trigraph could form).
        const plain = !'"\\\n\r\0'.includes(ch) && !(ch === '?' && following === '?') ? ch : undefined;
        // A short octal or a \x escape is only safe when no digit it would take follows.
        const octalShort = /^[0-7]/.test(following) ? undefined : utf8Bytes(ch).map((b) => '\\' + b.toString(8)).join('');
        const hexBytes = /^[0-9A-Fa-f]/.test(following) ? undefined : utf8Bytes(ch).map((b) => '\\x' + hex2(b)).join('');
        const universal = cp < 0xa0 || (cp >= 0xd800 && cp <= 0xdfff) ? undefined : cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${hex4(cp)}`;
        const octal3 = utf8Bytes(ch).map((b) => '\\' + b.toString(8).padStart(3, '0')).join('');
        return pick(choose, [plain, simple[ch], octalShort, hexBytes, universal, octal3]);
      })
      .join('') +
    '"'
  );
}

function language(grammar: 'c' | 'cpp'): LiteralLanguage {
  const c = grammar === 'c';
  return {
    grammar,
    file: c ? 'main.c' : 'main.cpp',
    prelude: `#include <stdio.h>\n${show}int main(void) {\n`,
    place: () => ['    { static const char value[] = ', ';\n    show(value, sizeof value - 1); }\n'],
    postlude: '    return 0;\n}\n',
    command: 'sh',
    args: ['-c', c ? 'gcc -std=c11 -w -o main main.c && ./main' : 'g++ -std=c++17 -w -o main main.cpp && ./main'],
  };
}

for (const grammar of ['c', 'cpp'] as const) {
  describe(grammar, () => {
    const compiler = grammar === 'c' ? 'gcc' : 'g++';
    const gate = runtimeGate(compiler);
    describeRuntime(language(grammar), gate, () => [...handWritten.map((source) => ({ source })), ...sampleLiterals(encode, { runs: RUNS, seed: SEED })], compiler);

    describeThrows(grammar, (literal) => `const char *x = ${literal};\n`, [
      [raw`"\q"`, /unknown escape \\q/],
      [raw`"\x100"`, /above a byte/],
      [raw`"\u00"`, /malformed \\u/],
      [raw`"\uD83D"`, /surrogate/],
      [raw`"\xc3 a"`, /not valid UTF-8/],
      ['"a ??= b"', /trigraph \?\?=/],
      ['L"wide"', /prefixed literal/],
    ]);
    // tree-sitter-cpp reads `"a" PRIu64` as a user-defined literal, so only C has this form.
    it.skipIf(grammar === 'cpp')('reads adjacent literals with a macro among them as no string', async () => {
      await expect(decodeIn(grammar, 'const char *x = "a" PRIu64 "b";\n', '"a" PRIu64 "b"')).resolves.toBeUndefined();
    });

    describeSnippets(grammar);
  });
}
