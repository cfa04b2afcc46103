import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cStr, cText } from '../../src/targets/c/escape.js';
import { decodeCLiteral } from '../fuzz/decoders/c.js';

/**
 * Literals read back by the fuzz suite's C decoder (written from the C standard, and checked against
 * gcc and g++ in test/fuzz/decoders-c.test.ts), never by the escaper itself.
 */
const readAdjacent = (code: string) => code.split('\n        ').map(decodeCLiteral).join('');

/** Text without lone surrogates (the model refuses them). */
const text = fc.string({ unit: 'binary' }).filter((s) => !/\p{Cs}/u.test(s));

describe('cStr', () => {
  it('round-trips any text on one line, with no trigraph', () => {
    fc.assert(
      fc.property(text, (value) => {
        const literal = cStr(value);
        expect(decodeCLiteral(literal)).toBe(value);
        expect(literal).not.toMatch(/[\r\n\u2028\u2029\u0085]|\?\?/);
      }),
    );
  });

  it('writes invisible characters as three-digit octal bytes, so a digit after one stays a digit', () => {
    expect(cStr('\u00001\u00012')).toBe(String.raw`"\0001\0012"`);
    expect(cStr('a\u202eb\ufeffc\u007f')).toBe(String.raw`"a\342\200\256b\357\273\277c\177"`);
  });

  it('breaks every ?? so no trigraph forms, and keeps other text readable', () => {
    expect(cStr('??=??/???')).toBe(String.raw`"?\?=?\?/?\?\?"`);
    const hostile = '"; rm -rf ~; " $(id) `id` #{x} ${y} {{token}} %s';
    expect(cStr(hostile)).toBe('"\\"; rm -rf ~; \\" $(id) `id` #{x} ${y} {{token}} %s"');
    expect(cStr('Zoë 😀\t\\')).toBe(String.raw`"Zoë 😀\t\\"`);
  });
});

describe('cText', () => {
  it('writes one adjacent literal per line of multi-line text', () => {
    expect(cText('{\n  "a": 1\n}')).toBe(String.raw`"{\n"` + '\n        ' + String.raw`"  \"a\": 1\n"` + '\n        ' + String.raw`"}"`);
    expect(cText('a\n\n')).toBe(String.raw`"a\n"` + '\n        ' + String.raw`"\n"`);
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(readAdjacent(cText(value))).toBe(value);
      }),
    );
  });

  it('keeps text with other invisible characters, or on one line, as one literal', () => {
    expect(cText('a\r\nb')).toBe(String.raw`"a\r\nb"`);
    expect(cText('one line')).toBe('"one line"');
  });
});
