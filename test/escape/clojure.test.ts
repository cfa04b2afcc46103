import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cljStr, cljText } from '../../src/targets/clojure/escape.js';
import { lexClojure } from '../syntax/clojure.js';

/**
 * Literals read back by the Clojure lexer of the syntax checks (written from LispReader, and checked
 * against clojure in test/fuzz/decoders-beam-clojure.test.ts), never by the escaper itself.
 */
const text = fc.string({ unit: 'binary' }).filter((s) => !/\p{Cs}/u.test(s));

function readOne(code: string): string {
  const lexed = lexClojure(code);
  expect(lexed.syntax).toEqual([]);
  expect(lexed.problems).toEqual([]);
  expect(lexed.literals).toHaveLength(1);
  return lexed.literals[0]!.value;
}

describe('cljStr', () => {
  it('round-trips any text on one line', () => {
    fc.assert(
      fc.property(text, (value) => {
        const literal = cljStr(value);
        expect(readOne(literal)).toBe(value);
        expect(literal).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      }),
    );
  });

  it('escapes quotes, backslashes and invisible characters as \\uXXXX; keeps other text readable (no interpolation)', () => {
    expect(cljStr(`"; rm -rf ~; " \\ #{x} ~{y} %s`)).toBe(String.raw`"\"; rm -rf ~; \" \\ #{x} ~{y} %s"`);
    expect(cljStr('a\u202eb\u0000\r\n\t Zoë 😀')).toBe(String.raw`"a\u202Eb\u0000\r\n\t Zoë 😀"`);
  });
});

describe('cljText', () => {
  it('keeps the line breaks of printable multi-line text, and round-trips any text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(readOne(cljText(value))).toBe(value);
      }),
    );
    expect(cljText('{\n  "a": "\\\\"\n}\n')).toBe('"{\n  \\"a\\": \\"\\\\\\\\\\"\n}\n"');
    expect(cljText('a\r\nb')).toBe(cljStr('a\r\nb'));
  });
});
