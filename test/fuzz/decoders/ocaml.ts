import type Parser from 'web-tree-sitter';
import { ByteText, hexDigits } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * OCaml strings (manual §11.1, "String literals"): "…" with backslash escapes and quoted strings {id|…|id}, and `^`
 * concatenations of them. OCaml strings are bytes: `\xHH`, decimal `\DDD` and octal `\oOOO` add one byte each,
 * `\u{H…}` the UTF-8 of a code point; the whole must be valid UTF-8 to be a model's text.
 */
export const decoder: LiteralDecoder = {
  stringTypes: ['string', 'quoted_string', 'infix_expression'],
  commentTypes: ['comment'],
  decode: decodeExpression,
};

function decodeExpression(node: Parser.SyntaxNode): string | undefined {
  switch (node.type) {
    case 'string':
      return decodeOcamlLiteral(node.text);
    case 'quoted_string':
      return decodeOcamlLiteral(node.text);
    case 'infix_expression': {
      if (node.childForFieldName('operator')?.text !== '^') return undefined;
      const left = decodeOperand(node.childForFieldName('left')!);
      if (left === undefined) return undefined;
      const right = decodeOperand(node.childForFieldName('right')!);
      return right === undefined ? undefined : left + right;
    }
    default:
      return undefined;
  }
}

/** An operand of `^`: parentheses around one expression are looked through. */
function decodeOperand(node: Parser.SyntaxNode): string | undefined {
  while (node.type === 'parenthesized_expression' && node.namedChildCount === 1) node = node.namedChild(0)!;
  return decodeExpression(node);
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', "'": "'", n: '\n', t: '\t', b: '\b', r: '\r', ' ': ' ' };

/** The value of one OCaml string literal, given its source text. */
export function decodeOcamlLiteral(source: string): string {
  const quoted = /^\{([a-z_]*)\|/.exec(source);
  if (quoted !== null) {
    const close = `|${quoted[1]}}`;
    const body = source.slice(quoted[0].length);
    if (body.indexOf(close) !== body.length - close.length) throw new Error('a quoted string that does not end with its closing |id}');
    const text = body.slice(0, -close.length);
    if (/\p{Cs}/u.test(text)) throw new Error('a lone surrogate');
    // OCaml 4.13 keeps a CR LF line end of the source as it is (the snippets write no CR here).
    return text;
  }
  if (source[0] !== '"' || source.length < 2 || source[source.length - 1] !== '"') throw new Error('not a string literal');
  const body = source.slice(1, -1);
  const out = new ByteText();
  for (let at = 0; at < body.length; ) {
    const ch = body[at]!;
    if (ch === '"') throw new Error('the string ends before its last quote');
    if (ch !== '\\') {
      const char = String.fromCodePoint(body.codePointAt(at)!);
      out.text(char);
      at += char.length;
      continue;
    }
    const next = body[at + 1];
    if (next === undefined) throw new Error('a backslash at the end');
    const lineBreak = /^(\r\n|\n)[ \t]*/.exec(body.slice(at + 1));
    if (lineBreak !== null) {
      // A backslash at the end of a line skips the line break and the blanks at the start of the next.
      at += 1 + lineBreak[0].length;
    } else if (SHORT_ESCAPES[next] !== undefined) {
      out.text(SHORT_ESCAPES[next]);
      at += 2;
    } else if (next === 'x') {
      const digits = hexDigits(body, at + 2, 2);
      if (digits === undefined) throw new Error('\\x needs two hex digits');
      out.byte(digits.value);
      at += 4;
    } else if (next === 'o') {
      const match = /^o([0-3][0-7]{2})/.exec(body.slice(at + 1));
      if (match === null) throw new Error('\\o needs three octal digits up to 377');
      out.byte(parseInt(match[1]!, 8));
      at += 5;
    } else if (next >= '0' && next <= '9') {
      const match = /^[0-9]{3}/.exec(body.slice(at + 1));
      if (match === null) throw new Error('a decimal escape needs three digits');
      const value = Number(match[0]);
      if (value > 255) throw new Error(`decimal escape too large (\\${match[0]})`);
      out.byte(value);
      at += 4;
    } else if (next === 'u') {
      const match = /^u\{([0-9A-Fa-f]{1,6})\}/.exec(body.slice(at + 1));
      if (match === null) throw new Error('\\u needs {1 to 6 hex digits}');
      out.codePoint(parseInt(match[1]!, 16));
      at += 1 + match[0].length;
    } else throw new Error(`illegal backslash escape \\${next}`);
  }
  return out.toString();
}
