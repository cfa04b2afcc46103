import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exChars, exStr, exText } from '../../src/targets/elixir/escape.js';
import { decodeElixirLiteral } from '../fuzz/decoders/elixir.js';

/**
 * Literals read back by the fuzz suite's Elixir decoder (written from the Elixir syntax reference, and
 * checked against elixir in test/fuzz/decoders-beam-clojure.test.ts), never by the escaper itself.
 */
const text = fc.string({ unit: 'binary' }).filter((s) => !/\p{Cs}/u.test(s));
const readConcatenation = (code: string) => code.split(' <>\n  ').map(decodeElixirLiteral).join('');

describe('exStr', () => {
  it('round-trips any text on one line', () => {
    fc.assert(
      fc.property(text, (value) => {
        const literal = exStr(value);
        expect(decodeElixirLiteral(literal)).toBe(value);
        expect(literal).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      }),
    );
  });

  it('escapes the #{ of an interpolation, quotes, backslashes and invisible characters; keeps other text readable', () => {
    expect(exStr('#{x} # #a {{token}} $(id)')).toBe(String.raw`"\#{x} # #a {{token}} $(id)"`);
    expect(exStr(`"; rm -rf ~; " \\`)).toBe(String.raw`"\"; rm -rf ~; \" \\"`);
    expect(exStr('a\u202eb\ufeffc\u0000\r\n')).toBe(String.raw`"a\u{202E}b\u{FEFF}c\u{0}\r\n"`);
    expect(exStr('Zoë 😀')).toBe('"Zoë 😀"');
  });
});

describe('exChars', () => {
  it('is a ~c sigil for ASCII, the bytes of the UTF-8 of any other text', () => {
    expect(exChars('a "b" #{c}')).toBe(String.raw`~c"a \"b\" \#{c}"`);
    expect(exChars('café')).toBe(':binary.bin_to_list("café")');
    fc.assert(
      fc.property(text, (value) => {
        expect(decodeElixirLiteral(exChars(value).replace(/^:binary\.bin_to_list\((.*)\)$/s, '$1'))).toBe(value);
      }),
    );
  });
});

describe('exText', () => {
  it('writes one string per line joined with <>, which concatenate to the text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(readConcatenation(exText(value))).toBe(value);
      }),
    );
    expect(exText('a\nb #{x}\n')).toBe('"a\\n" <>\n  "b \\#{x}\\n"');
    expect(exText('one line\n')).toBe('"one line\\n"');
  });
});
