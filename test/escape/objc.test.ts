import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objcBytes, objcStr, objcText } from '../../src/targets/objectivec/escape.js';
import { decodeObjcLiteral } from '../fuzz/decoders/objc.js';

/**
 * Literals read back by the fuzz suite's Objective-C decoder (C's literal rules, written from the C
 * standard and checked against clang in test/fuzz/decoders-objc.test.ts), never by the escaper itself.
 */
const readAdjacent = (code: string) => code.split('\n    ').map(decodeObjcLiteral).join('');

/** Text without lone surrogates (the model refuses them). */
const text = fc.string({ unit: 'binary' }).filter((s) => !/\p{Cs}/u.test(s));

describe('objcStr', () => {
  it('round-trips any text as one NSString literal on one line, with no trigraph', () => {
    fc.assert(
      fc.property(text, (value) => {
        const literal = objcStr(value);
        expect(literal.startsWith('@"')).toBe(true);
        expect(decodeObjcLiteral(literal)).toBe(value);
        expect(literal).not.toMatch(/[\r\n\u2028\u2029\u0085]|\?\?/);
      }),
    );
  });

  it('writes invisible characters as three-digit octal UTF-8 bytes, so a digit after one stays a digit', () => {
    expect(objcStr('\u00001\u00012')).toBe(String.raw`@"\0001\0012"`);
    expect(objcStr('a\u2028b\u202ec\ufeff\u0085')).toBe(String.raw`@"a\342\200\250b\342\200\256c\357\273\277\302\205"`);
  });

  it('keeps hostile text inert and readable, placeholders and non-ASCII as written', () => {
    const hostile = '"; rm -rf ~; " $(id) `id` #{x} ${y} \\(z) {{token}} %@ %s';
    expect(objcStr(hostile)).toBe('@"\\"; rm -rf ~; \\" $(id) `id` #{x} ${y} \\\\(z) {{token}} %@ %s"');
    expect(objcStr('??=??/')).toBe(String.raw`@"?\?=?\?/"`);
    expect(objcStr('Zoë 😀\t')).toBe(String.raw`@"Zoë 😀\t"`);
  });
});

describe('objcText', () => {
  it('writes multi-line text as one NSString literal per line, which the compiler joins', () => {
    expect(objcText('{\n  "a": 1\n}')).toBe(String.raw`@"{\n"` + '\n    ' + String.raw`@"  \"a\": 1\n"` + '\n    ' + String.raw`@"}"`);
    expect(objcText('a\r\nb')).toBe(String.raw`@"a\r\nb"`);
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(readAdjacent(objcText(value))).toBe(value);
      }),
    );
  });
});

describe('objcBytes', () => {
  it('writes plain C literals, NUL as an octal escape, for [NSData dataWithBytes:length:]', () => {
    expect(objcBytes('a\u0000b')).toBe(String.raw`"a\000b"`);
    expect(objcBytes('x\ny\u0000')).toBe(String.raw`"x\ny\000"`);
    expect(objcBytes('x\ny')).toBe(String.raw`"x\n"` + '\n    ' + String.raw`"y"`);
    fc.assert(
      fc.property(text, (value) => {
        expect(readAdjacent(objcBytes(value))).toBe(value);
      }),
    );
  });
});
