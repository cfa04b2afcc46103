import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dartStr, dartText } from '../../src/targets/dart/escape.js';
import { lexDart } from '../syntax/dart.js';

/**
 * Literals read back by the Dart lexer of the syntax checks (written from the Dart specification and
 * tested on its own in test/syntax/dart.test.ts), never by the escaper itself: a literal is valid when
 * it lexes as exactly one string (adjacent pieces joined, as Dart does) with no problem.
 */
function readBack(literal: string): string {
  const { literals, problems, syntax } = lexDart(`var x = ${literal};\n`);
  expect(syntax).toEqual([]);
  expect(problems).toEqual([]);
  expect(literals).toHaveLength(1);
  return literals[0]!.value;
}

/** Text without lone surrogates (the model refuses them). */
const text = fc.string({ unit: 'binary' }).filter((s) => !/\p{Cs}/u.test(s));
/** Text with placeholders, some holding a `$`. */
const withPlaceholders = fc.array(fc.oneof(text, fc.constantFrom('{{baseUrl}}', '{{price_$1}}', '{{$x}}', "'", '"', '$')), { maxLength: 6 }).map((pieces) => pieces.join(''));

describe('dartStr', () => {
  it('round-trips any text on one line', () => {
    fc.assert(
      fc.property(fc.oneof(text, withPlaceholders), (value) => {
        const literal = dartStr(value);
        expect(readBack(literal)).toBe(value);
        expect(literal).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      }),
    );
  });

  it('escapes every $ so nothing interpolates, and writes a placeholder holding a $ as a raw piece', () => {
    expect(dartStr('$HOME ${x} $1 $')).toBe(String.raw`'\$HOME \${x} \$1 \$'`);
    expect(dartStr('a {{price_$1}} b')).toBe(String.raw`'a ' r'{{price_$1}}' ' b'`);
    expect(dartStr('{{baseUrl}}/x')).toBe(`'{{baseUrl}}/x'`);
  });

  it('picks the quote that needs no escape, and spells invisible characters so they cannot swallow what follows', () => {
    expect(dartStr("it's")).toBe(`"it's"`);
    expect(dartStr(`'"`)).toBe(String.raw`'\'"'`);
    expect(dartStr('a\u00001\u202eb\u{1F600}\\')).toBe(String.raw`'a\x001\u{202E}b😀\\'`);
  });
});

describe('dartText', () => {
  it('keeps line breaks in a triple-quoted literal, and round-trips any text', () => {
    expect(dartText('{\n  "a": 1\n}')).toBe(`'''{\n  "a": 1\n}'''`);
    expect(dartText("it's\n'''")).toBe(`"""it's\n'''"""`);
    fc.assert(
      fc.property(fc.oneof(text, withPlaceholders), (value) => {
        expect(readBack(dartText(value))).toBe(value);
      }),
    );
  });

  it('writes text whose first line is blank on one line (Dart drops that line of a triple-quoted literal)', () => {
    expect(dartText('  \nx')).toBe(String.raw`'  \nx'`);
  });
});
