import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlBin, erlStr } from '../../src/targets/erlang/escape.js';
import { lexErlang } from '../syntax/erlang.js';

/**
 * Literals read back by the Erlang lexer of the syntax checks (written from erl_scan, and checked
 * against erl in test/fuzz/decoders-beam-clojure.test.ts), never by the escaper itself.
 */
const text = fc.string({ unit: 'binary' }).filter((s) => !/\p{Cs}/u.test(s));

/** The value of the one string in `code`. */
function readOne(code: string): string {
  const lexed = lexErlang(code);
  expect(lexed.syntax).toEqual([]);
  expect(lexed.problems).toEqual([]);
  return lexed.literals.map((l) => l.value).join('');
}

describe('erlBin', () => {
  it('round-trips any text in a UTF-8 binary, on one line', () => {
    fc.assert(
      fc.property(text, (value) => {
        const literal = erlBin(value);
        expect(readOne(literal)).toBe(value);
        expect(literal).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      }),
    );
    expect(erlBin('')).toBe('<<>>');
  });

  it('escapes quotes, backslashes and invisible characters; keeps other text readable (no interpolation in Erlang)', () => {
    expect(erlBin(`"; rm -rf ~; " \\ #{x} ~s`)).toBe(String.raw`<<"\"; rm -rf ~; \" \\ #{x} ~s"/utf8>>`);
    expect(erlBin('a\u202eb\u0000\r\n Zoë 😀')).toBe(String.raw`<<"a\x{202E}b\x{0}\r\n Zoë 😀"/utf8>>`);
  });
});

describe('erlStr', () => {
  it('is a string for ASCII, the bytes of the UTF-8 of any other text', () => {
    expect(erlStr('a "b"')).toBe(String.raw`"a \"b\""`);
    expect(erlStr('café')).toBe('binary_to_list(<<"café"/utf8>>)');
    fc.assert(
      fc.property(text, (value) => {
        expect(readOne(erlStr(value))).toBe(value);
      }),
    );
  });
});
