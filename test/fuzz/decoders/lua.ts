import type Parser from 'web-tree-sitter';
import { ByteText, hexDigits } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * Lua 5.4 strings (reference manual §3.1): '…' and "…" with backslash escapes, long brackets [[…]], [==[…]==], and `..`
 * concatenations of them. Lua strings are bytes: `\xHH` and decimal `\ddd` add one byte each, `\u{H…}` the UTF-8 of
 * a code point, and the whole must be valid UTF-8 to be a model's text.
 */
export const decoder: LiteralDecoder = {
  stringTypes: ['string', 'binary_expression'],
  commentTypes: ['comment'],
  decode: decodeExpression,
};

function decodeExpression(node: Parser.SyntaxNode): string | undefined {
  switch (node.type) {
    case 'string':
      return decodeLuaLiteral(node.text);
    case 'binary_expression': {
      if (node.child(1)?.text !== '..') return undefined;
      const left = decodeOperand(node.childForFieldName('left')!);
      if (left === undefined) return undefined;
      const right = decodeOperand(node.childForFieldName('right')!);
      return right === undefined ? undefined : left + right;
    }
    default:
      return undefined;
  }
}

/** An operand of `..`: parentheses around one expression are looked through. */
function decodeOperand(node: Parser.SyntaxNode): string | undefined {
  while (node.type === 'parenthesized_expression' && node.namedChildCount === 1) node = node.namedChild(0)!;
  return decodeExpression(node);
}

/** Every end-of-line sequence Lua reads as one line break: CR LF, LF CR, CR, LF. */
const LINE_BREAK = /\r\n|\n\r|\r|\n/g;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };

/** The value of one Lua string literal, given its source text. */
export function decodeLuaLiteral(source: string): string {
  const long = /^\[(=*)\[/.exec(source);
  if (long !== null) {
    const close = `]${long[1]}]`;
    const body = source.slice(long[0].length);
    if (body.indexOf(close) !== body.length - close.length) throw new Error('a long bracket that does not end with its closing bracket');
    // A line break right after the opening bracket is not part of the string.
    return validUtf8(body.slice(0, -close.length).replace(/^(\r\n|\n\r|\r|\n)/, '').replace(LINE_BREAK, '\n'));
  }
  const quote = source[0];
  if ((quote !== '"' && quote !== "'") || source.length < 2 || source[source.length - 1] !== quote) throw new Error('not a string literal');
  const body = source.slice(1, -1);
  const out = new ByteText();
  for (let at = 0; at < body.length; ) {
    const ch = body[at]!;
    if (ch === '\n' || ch === '\r') throw new Error('an unescaped line break (unfinished string)');
    if (ch === quote) throw new Error('the string ends before its last quote');
    if (ch !== '\\') {
      const char = String.fromCodePoint(body.codePointAt(at)!);
      out.text(char);
      at += char.length;
      continue;
    }
    const next = body[at + 1];
    if (next === undefined) throw new Error('a backslash at the end');
    const lineBreak = /^(\r\n|\n\r|\r|\n)/.exec(body.slice(at + 1));
    if (lineBreak !== null) {
      out.text('\n');
      at += 1 + lineBreak[0].length;
    } else if (SHORT_ESCAPES[next] !== undefined) {
      out.text(SHORT_ESCAPES[next]);
      at += 2;
    } else if (next === 'x') {
      const digits = hexDigits(body, at + 2, 2);
      if (digits === undefined) throw new Error('\\x needs two hex digits');
      out.byte(digits.value);
      at += 4;
    } else if (next === 'z') {
      at += 2;
      while (at < body.length && /[ \t\n\v\f\r]/.test(body[at]!)) at++;
    } else if (next >= '0' && next <= '9') {
      const digits = /^[0-9]{1,3}/.exec(body.slice(at + 1))![0];
      const value = Number(digits);
      if (value > 255) throw new Error(`decimal escape too large (\\${digits})`);
      out.byte(value);
      at += 1 + digits.length;
    } else if (next === 'u') {
      const match = /^u\{([0-9A-Fa-f]+)\}/.exec(body.slice(at + 1));
      if (match === null) throw new Error('\\u needs {hex digits}');
      out.codePoint(parseInt(match[1]!, 16));
      at += 1 + match[0].length;
    } else throw new Error(`invalid escape sequence \\${next}`);
  }
  return out.toString();
}

/** A long string's text (read as UTF-8 source) has no escapes; a lone surrogate cannot be in it. */
function validUtf8(text: string): string {
  if (/\p{Cs}/u.test(text)) throw new Error('a lone surrogate');
  return text;
}
