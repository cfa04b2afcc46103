import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ocamlStr, ocamlText } from '../../src/targets/ocaml/escape.js';
import { decodeOcamlLiteral } from '../fuzz/decoders/ocaml.js';

/**
 * Literals read back by the fuzz suite's OCaml decoder (written from the OCaml manual, and checked against the ocaml
 * toplevel in test/fuzz/decoders-lua-ocaml.test.ts), never by the escaper itself.
 */

/** Text without lone surrogates (the model refuses them too). */
const text = fc.string({ unit: 'binary' }).filter((s) => !/\p{Cs}/u.test(s));
const lines = fc.array(fc.constantFrom('a', '|', '}', '{', 'x', '\n', 'é', ' ', '"', '\\'), { maxLength: 30 }).map((chars) => chars.join(''));

describe('ocamlStr', () => {
  it('round-trips any text and keeps it on one line', () => {
    fc.assert(
      fc.property(text, (value) => {
        const literal = ocamlStr(value);
        expect(decodeOcamlLiteral(literal)).toBe(value);
        expect(literal).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      }),
    );
  });

  it('escapes quotes, backslashes and invisibles, keeps other text readable', () => {
    expect(ocamlStr('"; rm -rf ~; " $(id) #{x} ${y} \\(z) (* c *) {|q|}')).toBe('"\\"; rm -rf ~; \\" $(id) #{x} ${y} \\\\(z) (* c *) {|q|}"');
    expect(ocamlStr('\u00001\u00072\t')).toBe(String.raw`"\x001\x072\t"`);
    expect(ocamlStr('a\u202eb\ufeffc\u0085')).toBe(String.raw`"a\u{202E}b\u{FEFF}c\u{85}"`);
    expect(ocamlStr('Zoë 😀 {{token}}')).toBe('"Zoë 😀 {{token}}"');
  });
});

describe('ocamlText', () => {
  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.oneof(text, lines), (value) => {
        expect(decodeOcamlLiteral(ocamlText(value))).toBe(value);
      }),
    );
  });

  it('writes plain multi-line text as a quoted string with the shortest id its text allows', () => {
    expect(ocamlText('{\n  "a": 1\n}\n')).toBe('{|{\n  "a": 1\n}\n|}');
    expect(ocamlText('a |} b\n')).toBe('{x|a |} b\n|x}');
    expect(ocamlText('a |} |x} b\n')).toBe('{xx|a |} |x} b\n|xx}');
  });

  it('keeps an escaped string for one line, a CR and invisibles', () => {
    expect(ocamlText('one line')).toBe('"one line"');
    expect(ocamlText('a\r\nb')).toBe(String.raw`"a\r\nb"`);
    expect(ocamlText('a\nb\u200f')).toBe(String.raw`"a\nb\u{200F}"`);
  });
});
