import { describe, expect, it } from 'vitest';
import { describeRuntime, describeSnippets, describeThrows, hex4, pick } from './decoders/literal-tests.js';
import { decodeIn, runtimeGate, sampleLiterals, type LiteralLanguage } from './decoders/run-literals.js';

/**
 * The Kotlin literal decoder checked against kotlinc 1.3 (Debian's `kotlin`): hand-written literals for
 * every form and escape, plus random text written with random escape forms, go into one program that
 * prints each value's UTF-8 bytes; what the decoder reads at each literal must be exactly that. Then
 * the cases that must throw, and every fixture's Kotlin snippet must scan with no problem. Fewer random
 * runs than the other languages: one kotlinc call takes 10-30 s on two cores.
 */

const RUNS = 60;
const SEED = 20_240_605;
const raw = String.raw;

describe('kotlin', () => {
  const gate = runtimeGate('kotlinc', ['-version']);
  const language: LiteralLanguage = {
    grammar: 'kotlin',
    file: 'main.kt',
    prelude: 'fun main() {\n    val values = mutableListOf<String>()\n',
    place: () => ['    values.add(\n', '\n    )\n'],
    postlude: '    for (value in values) println(value.toByteArray(Charsets.UTF_8).joinToString("") { String.format("%02x", it.toInt() and 0xff) })\n}\n',
    command: 'sh',
    args: ['-c', 'kotlinc -nowarn main.kt -d out 2>/dev/null && java -cp out:/usr/share/java/kotlin-stdlib.jar MainKt'],
  };
  const handWritten = [
    `"plain"`,
    `""`,
    raw`"\t\b\n\r\'\"\\\$"`,
    raw`"\u0041\u00e9\u2028\uD83D\uDE00 \u0024x"`,
    '"raw é 😀 \u0085 \ufeff \x01 \x7f $ $1 $. {x}"',
    '"""raw "string" \\n $ $1 stays"""',
    `"a" + "b"`,
    `("a" +\n        "b") + "c"`,
  ];
  /** Random forms: itself (but for the characters a line string cannot hold or that could start a template), a named escape, \uXXXX per UTF-16 unit. */
  const encode = (text: string, choose: (count: number) => number) => {
    const named: Record<string, string> = { '\t': raw`\t`, '\b': raw`\b`, '\n': raw`\n`, '\r': raw`\r`, "'": raw`\'`, '"': raw`\"`, '\\': raw`\\`, $: raw`\$` };
    const body = [...text]
      .map((ch) => {
        // tree-sitter-kotlin cannot lex a raw NUL in a literal (kotlinc can; the escaper never writes one)
        const plain = !'"\\\n\r$\0'.includes(ch);
        return pick(choose, [plain ? ch : undefined, named[ch], ch.split('').map((unit) => `\\u${hex4(unit.charCodeAt(0))}`).join('')]);
      })
      .join('');
    return `"${body}"`;
  };
  describeRuntime(language, gate, () => [...handWritten.map((source) => ({ source })), ...sampleLiterals(encode, { runs: RUNS, seed: SEED })], 'kotlinc');

  describeThrows('kotlin', (literal) => `val x = ${literal}\n`, [
    [raw`"\q"`, /unknown escape \\q/],
    [raw`"\u00"`, /four hex digits/],
    ['"a $name b"', /string template/],
    ['"a ${1 + 1} b"', /string template/],
    ['"""a $name"""', /string template/],
    [raw`"\uD83D lone"`, /lone surrogate/],
  ]);
  it('reads a + with a non-literal operand as no string', async () => {
    await expect(decodeIn('kotlin', 'val x = "a" + b\n', '"a" + b')).resolves.toBeUndefined();
  });

  describeSnippets('kotlin');
});
