import { describe, expect, it } from 'vitest';
import { decodeDartString, lexDart } from './dart.js';

/**
 * The Dart lexer (no Dart SDK installs here, and tree-sitter-wasms' Dart grammar does not load: see
 * dart.ts), checked on hand-written cases taken from the Dart specification (17.7 Strings, 21.1 Comments).
 */
const values = (code: string) => lexDart(code).literals.map((l) => l.value);

describe('decodeDartString', () => {
  it('reads the escapes of the specification', () => {
    expect(decodeDartString(String.raw`\n\r\f\b\t\v\x41\u00e9\u{1F600}\'\"\$\\\q`)).toBe('\n\r\f\b\t\vAé😀\'"$\\q');
    expect(decodeDartString(String.raw`\uD83D\uDE00`)).toBe('😀');
  });

  it('refuses what Dart does not compile, and an interpolation as not plain data', () => {
    expect(() => decodeDartString(String.raw`\x4`)).toThrow(SyntaxError);
    expect(() => decodeDartString(String.raw`\u12`)).toThrow(SyntaxError);
    expect(() => decodeDartString(String.raw`\u{110000}`)).toThrow(/above U\+10FFFF/);
    expect(() => decodeDartString('a $ b')).toThrow(SyntaxError);
    expect(() => decodeDartString('$1')).toThrow(SyntaxError);
    expect(() => decodeDartString('$name')).toThrow(/interpolation/);
    expect(() => decodeDartString('${x}')).toThrow(/interpolation/);
    expect(() => decodeDartString(String.raw`\uD83D`)).toThrow(/lone surrogate/);
  });
});

describe('lexDart', () => {
  it('reads raw, triple-quoted and adjacent strings, and skips comments', () => {
    expect(values(String.raw`var a = r'$x \n'; var b = "it's";`)).toEqual(['$x \\n', "it's"]);
    expect(values("var c = '''\n  two\nlines''';")).toEqual(['  two\nlines']);
    expect(values("var d = '''a\nb''' 'c'\n  r'{{p_$1}}';")).toEqual(['a\nbc{{p_$1}}']);
    expect(values("// 'not a string'\n/* 'nor' /* nested */ this */ var e = 'yes';")).toEqual(['yes']);
    expect(lexDart("// 'x'\nvar e = 1;").comments).toHaveLength(1);
  });

  it('reports a value that closes its literal early or leaves a bracket open', () => {
    expect(lexDart(`request.headers['X'] = 'it's';\n`).syntax[0]!.message).toMatch(/string that is not closed/);
    // A lexer cannot see `'say 'hi''` as wrong (two strings around a name): the fuzz property finds `hi` as code.
    expect(lexDart(`request.headers['X'] = 'say 'hi'';\n`).syntax).toEqual([]);
    expect(lexDart(`print('a\nb');\n`).syntax[0]!.message).toMatch(/line break in a one-line string/);
    expect(lexDart(`main() { print('x');\n`).syntax[0]!.message).toMatch(/\{ that is not closed/);
    expect(lexDart(`print('x'));\n`).syntax[0]!.message).toMatch(/unexpected \)/);
    expect(lexDart(`print('\\x4');\n`).syntax[0]!.message).toMatch(/two hex digits/);
  });

  it('lists an interpolation as a problem, not as a literal', () => {
    const lexed = lexDart(`var x = 'a $b';\n`);
    expect(lexed.literals).toEqual([]);
    expect(lexed.problems[0]).toMatch(/^1:9 an interpolation/);
  });
});
