import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luaStr, luaText } from '../../src/targets/lua/escape.js';
import { decodeLuaLiteral } from '../fuzz/decoders/lua.js';

/**
 * Literals read back by the fuzz suite's Lua decoder (written from the Lua 5.4 manual, and checked against lua5.4 in
 * test/fuzz/decoders-lua-ocaml.test.ts), never by the escaper itself.
 */

/** Text without lone surrogates (the model refuses them too). */
const text = fc.string({ unit: 'binary' }).filter((s) => !/\p{Cs}/u.test(s));
const lines = fc.array(fc.constantFrom('a', ']', '=', '[', '\n', 'é', ' ', '"', '\\'), { maxLength: 30 }).map((chars) => chars.join(''));

describe('luaStr', () => {
  it('round-trips any text and keeps it on one line', () => {
    fc.assert(
      fc.property(text, (value) => {
        const literal = luaStr(value);
        expect(decodeLuaLiteral(literal)).toBe(value);
        expect(literal).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      }),
    );
  });

  it('escapes quotes, backslashes and invisibles; a control is \\xHH so a digit after it cannot join it', () => {
    expect(luaStr('"; rm -rf ~; " $(id) #{x} ${y} \\(z) \'q\'')).toBe('"\\"; rm -rf ~; \\" $(id) #{x} ${y} \\\\(z) \'q\'"');
    expect(luaStr('\u00001\u00072')).toBe(String.raw`"\x001\x072"`);
    expect(luaStr('a\u202eb\ufeffc\u0085\u2028')).toBe(String.raw`"a\u{202E}b\u{FEFF}c\u{85}\u{2028}"`);
    expect(luaStr('Zoë 😀 {{token}}')).toBe('"Zoë 😀 {{token}}"');
  });
});

describe('luaText', () => {
  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.oneof(text, lines), (value) => {
        expect(decodeLuaLiteral(luaText(value))).toBe(value);
      }),
    );
  });

  it('writes plain multi-line text as a long bracket that starts on its own line, with the fewest = its text allows', () => {
    expect(luaText('{\n  "a": 1\n}\n')).toBe('[[\n{\n  "a": 1\n}\n]]');
    expect(luaText('x ]] y\n')).toBe('[=[\nx ]] y\n]=]');
    expect(luaText('x ]] ]=] y\n')).toBe('[==[\nx ]] ]=] y\n]==]');
    // a text ending in "]" would close "]]" one character early
    expect(luaText('a\nb]')).toBe('[=[\na\nb]]=]');
    expect(luaText('\nstarts with a line break')).toBe('[[\n\nstarts with a line break]]');
  });

  it('keeps a quoted string for one line, a CR (Lua reads CR in a long bracket as LF) and invisibles', () => {
    expect(luaText('one line')).toBe('"one line"');
    expect(luaText('a\r\nb')).toBe(String.raw`"a\r\nb"`);
    expect(luaText('a\nb\u200f')).toBe(String.raw`"a\nb\u{200F}"`);
  });
});
