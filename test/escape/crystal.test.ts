import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crStr, crText } from '../../src/targets/crystal/escape.js';
import { decodeCrystalString } from '../fuzz/decoders/crystal.js';

/** Literals read back by the fuzz suite's Crystal decoder (checked against crystal in test/fuzz/decoders-crystal.test.ts), never by the escaper itself. */
const read = (literal: string) => {
  expect(literal).toMatch(/^"[^]*"$/);
  return decodeCrystalString(literal.slice(1, -1));
};

/** Text without lone surrogates: a Crystal literal cannot hold one (the model refuses them too). */
const text = fc.string({ unit: 'binary' }).filter((s) => !/\p{Cs}/u.test(s));

describe('crStr', () => {
  it('round-trips any text and keeps it on one line', () => {
    fc.assert(
      fc.property(text, (value) => {
        const literal = crStr(value);
        expect(read(literal)).toBe(value);
        expect(literal).not.toMatch(/[\r\n\u2028\u2029\u0085\0]/);
      }),
    );
  });

  it('escapes a # that would start interpolation, quotes, backslashes and invisible characters; keeps other text readable', () => {
    expect(crStr('#{x} #$y #@z # {{baseUrl}} %s')).toBe('"\\#{x} #$y #@z # {{baseUrl}} %s"');
    expect(crStr(`"; rm -rf ~; " \\(x)`)).toBe('"\\"; rm -rf ~; \\" \\\\(x)"');
    expect(crStr('a\u202eb\ufeffc\u0000\u0008\r\n\t')).toBe('"a\\u{202E}b\\u{FEFF}c\\u{0}\\u{8}\\r\\n\\t"');
    expect(crStr('Zoë 😀')).toBe('"Zoë 😀"');
  });
});

describe('crText', () => {
  it('round-trips any text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(read(crText(value))).toBe(value);
      }),
    );
  });

  it('keeps the line breaks of printable multi-line text, and escapes the rest as crStr does', () => {
    expect(crText('{\n  "a": "#{b}"\n}\n')).toBe('"{\n  \\"a\\": \\"\\#{b}\\"\n}\n"');
    expect(crText('one line')).toBe('"one line"');
    expect(crText('crlf\r\nline')).toBe('"crlf\\r\\nline"');
  });
});
