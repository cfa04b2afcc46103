import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csStr, csText } from '../../src/targets/csharp/escape.js';

/**
 * csStr writes only \\ \" \n \r \t and \uXXXX escapes, which mean the same in JSON, so JSON.parse
 * reads a literal back as C# would (the execution tests compile the real thing with the .NET SDK).
 */
const readLiteral = (literal: string) => JSON.parse(literal) as string;
const readConcatenation = (code: string) => code.split(' +\n    ').map(readLiteral).join('');

describe('csStr', () => {
  it('round-trips any text and keeps it on one line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const literal = csStr(text);
        expect(readLiteral(literal)).toBe(text);
        expect(literal).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      }),
    );
  });

  it('escapes quotes, backslashes and invisible characters, keeps other text readable', () => {
    expect(csStr(`"; rm -rf ~; " \\(x) #{y} {0}`)).toBe(String.raw`"\"; rm -rf ~; \" \\(x) #{y} {0}"`);
    expect(csStr('a\u202eb\ufeffc\u0000')).toBe(String.raw`"a\u202Eb\uFEFFc\u0000"`);
    expect(csStr('Zoë 😀')).toBe('"Zoë 😀"');
  });
});

describe('csText', () => {
  it('writes one literal per line that concatenate to the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(readConcatenation(csText(text))).toBe(text);
      }),
    );
    expect(csText('a\r\nb\n')).toBe('"a\\r\\n" +\n    "b\\n"');
  });

  it('is a plain literal for one line', () => {
    expect(csText('one line')).toBe('"one line"');
  });
});
