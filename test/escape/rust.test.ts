import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rsStr, rsText } from '../../src/targets/rust/escape.js';
import { decodeRustLiteral } from '../fuzz/decoders/rust.js';

/** Literals read back by the fuzz suite's Rust decoder (checked against rustc in test/fuzz/decoders-rust.test.ts), never by the escaper itself. */

/** Text without lone surrogates: a Rust literal cannot hold one (the model refuses them too). */
const text = fc.string({ unit: 'binary' }).filter((s) => !/\p{Cs}/u.test(s));

describe('rsStr', () => {
  it('round-trips any text and keeps it on one line', () => {
    fc.assert(
      fc.property(text, (value) => {
        const literal = rsStr(value);
        expect(decodeRustLiteral(literal)).toBe(value);
        expect(literal).not.toMatch(/[\r\n\u2028\u2029\u0085\0]/);
      }),
    );
  });

  it('escapes quotes, backslashes and invisible characters; braces, $ and # stay as they are', () => {
    expect(rsStr(`"; rm -rf ~; " \\(x) #{y} \${z} {} {{token}}`)).toBe('"\\"; rm -rf ~; \\" \\\\(x) #{y} ${z} {} {{token}}"');
    expect(rsStr('a\u202eb\ufeffc\u0000\u0008\r\n\t')).toBe(String.raw`"a\u{202E}b\u{FEFF}c\0\u{8}\r\n\t"`);
    expect(rsStr('Zoë 😀')).toBe('"Zoë 😀"');
  });
});

describe('rsText', () => {
  it('round-trips any text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(decodeRustLiteral(rsText(value))).toBe(value);
      }),
    );
  });

  it('writes plain multi-line text as a raw string with more # than any "# in it', () => {
    expect(rsText('{\n  "a": "b"\n}')).toBe('r#"{\n  "a": "b"\n}"#');
    expect(rsText('say "#hi"##\n')).toBe('r###"say "#hi"##\n"###');
    expect(rsText('one line')).toBe('"one line"');
    expect(rsText('crlf\r\nline')).toBe(String.raw`"crlf\r\nline"`);
  });
});
