import { ByteText, scalar } from './common.js';

/**
 * Crystal double-quoted string literals, after the Crystal reference ("String" literals) and the
 * compiler's lexer: the escapes \" \\ \# \a \b \e \f \n \r \t \v; octal \NNN and \xHH (bytes; an
 * octal escape takes every digit that follows, at most three); \uHHHH and \u{H…} (one to six hex
 * digits, or several code points separated by spaces); a backslash before a line break drops the
 * break and the next line's leading blanks. `#{` starts interpolation: not plain data. Crystal has no
 * tree-sitter grammar: test/syntax/crystal.ts finds the literals, and
 * test/fuzz/decoders-crystal.test.ts checks this against the real `crystal`.
 */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '#': '#', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** The value of a double-quoted string's body (between its quotes), or a thrown reason it is not plain data. */
export function decodeCrystalString(body: string): string {
  const out = new ByteText();
  for (let at = 0; at < body.length; ) {
    const ch = body[at]!;
    if (ch === '#' && body[at + 1] === '{') throw new Error(`string interpolation #{ at ${at}`);
    if (ch !== '\\') {
      out.text(ch);
      at++;
      continue;
    }
    const rest = body.slice(at + 1);
    let match: RegExpExecArray | null;
    if ((match = /^\n[ \t]*/.exec(rest)) !== null) {
      at += 1 + match[0].length; // line continuation
    } else if ((match = /^[0-7]+/.exec(rest)) !== null) {
      // The compiler reads every octal digit that follows and refuses more than three ("octal value too big").
      const value = parseInt(match[0], 8);
      if (match[0].length > 3 || value > 0xff) throw new Error(`octal value too big: \\${match[0]}`);
      out.byte(value);
      at += 1 + match[0].length;
    } else if ((match = /^x[0-9A-Fa-f]{2}/.exec(rest)) !== null) {
      out.byte(parseInt(match[0].slice(1), 16));
      at += 1 + match[0].length;
    } else if ((match = /^u[0-9A-Fa-f]{4}/.exec(rest)) !== null) {
      out.codePoint(parseInt(match[0].slice(1), 16));
      at += 1 + match[0].length;
    } else if ((match = /^u\{([0-9A-Fa-f]{1,6}(?: [0-9A-Fa-f]{1,6})*)\}/.exec(rest)) !== null) {
      for (const digits of match[1]!.split(' ')) out.text(scalar(parseInt(digits, 16)));
      at += 1 + match[0].length;
    } else if (rest[0] !== undefined && SIMPLE_ESCAPES[rest[0]] !== undefined) {
      out.text(SIMPLE_ESCAPES[rest[0]]!);
      at += 2;
    } else {
      throw new Error(`unknown escape \\${rest[0] ?? ''}`);
    }
  }
  return out.toString();
}
