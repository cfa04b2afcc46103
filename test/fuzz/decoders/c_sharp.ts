import type Parser from 'web-tree-sitter';
import { decodeSum, hexDigits, scalar } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * C# string literals (C# 11 spec §6.4.5.6 and the raw-string proposal): regular "…" (with an optional
 * u8 suffix), verbatim @"…", raw """…""", the interpolated forms when they hold no interpolation,
 * and `+` concatenations of them. The tree-sitter grammar we parse with predates raw strings (it reads
 * them as errors), so those are decoded from their text when a node holds one.
 */
const LITERAL_TYPES = ['string_literal', 'verbatim_string_literal', 'raw_string_literal', 'interpolated_string_expression'];

export const decoder: LiteralDecoder = {
  stringTypes: [...LITERAL_TYPES, 'binary_expression'],
  commentTypes: ['comment'],
  decode: decodeExpression,
};

function decodeExpression(node: Parser.SyntaxNode): string | undefined {
  if (node.type === 'binary_expression') return decodeSum(node, { left: 'left', operator: 'operator', right: 'right' }, 'parenthesized_expression', decodeExpression);
  return LITERAL_TYPES.includes(node.type) ? decodeCSharpLiteral(node.text) : undefined;
}

/** The value of one C# string literal, given its source text. */
export function decodeCSharpLiteral(source: string): string {
  const prefix = /^(\$*)(@?)(\$*)/.exec(source)![0];
  const dollars = prefix.replaceAll('@', '').length;
  const verbatim = prefix.includes('@');
  const rest = source.slice(prefix.length);
  // @"""…" is a verbatim string starting with an escaped quote, not a raw string
  if (rest.startsWith('"""') && !verbatim) return decodeRaw(rest, dollars);
  const quoted = /^"([^]*)"(u8)?$/i.exec(rest);
  if (quoted === null) throw new Error('not a string literal');
  if (dollars > 1) throw new Error('more than one $ before a non-raw string');
  const body = quoted[1]!;
  return verbatim ? decodeVerbatim(body, dollars === 1) : decodeRegular(body, dollars === 1);
}

/** `{{` and `}}` stand for one brace in an interpolated string; a single brace is an interpolation. */
function brace(body: string, at: number, interpolated: boolean): { text: string; length: number } | undefined {
  const ch = body[at];
  if (!interpolated || (ch !== '{' && ch !== '}')) return undefined;
  if (body[at + 1] !== ch) throw new Error(ch === '{' ? 'an interpolation {…}' : 'a lone } in an interpolated string');
  return { text: ch, length: 2 };
}

/** C# new-line characters: none may appear raw in a regular string. */
const NEW_LINE = /[\r\n\u0085\u2028\u2029]/;

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  "'": "'", '"': '"', '\\': '\\', '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function decodeRegular(body: string, interpolated: boolean): string {
  let out = '';
  for (let at = 0; at < body.length; ) {
    const ch = body[at]!;
    const braced = brace(body, at, interpolated);
    if (braced !== undefined) {
      out += braced.text;
      at += braced.length;
    } else if (ch === '"') {
      throw new Error('an unescaped " inside the literal');
    } else if (NEW_LINE.test(ch)) {
      throw new Error('a raw line break in a regular string');
    } else if (ch !== '\\') {
      out += ch;
      at++;
    } else {
      const escape = decodeEscape(body, at + 1);
      // Roslyn and mcs refuse a brace spelled as an escape in an interpolated string (CS8087)
      if (interpolated && (escape.text === '{' || escape.text === '}')) throw new Error('a brace written as an escape in an interpolated string');
      out += escape.text;
      at += 1 + escape.length;
    }
  }
  return out;
}

/** One escape after the backslash at `at - 1`: its text and how many characters follow the backslash. */
function decodeEscape(body: string, at: number): { text: string; length: number } {
  const next = body[at];
  if (next === undefined) throw new Error('a lone backslash at the end');
  const short = SHORT_ESCAPES[next];
  if (short !== undefined) return { text: short, length: 1 };
  // \x takes one to four hex digits, as many as there are; \u exactly four (one UTF-16 unit); \U exactly eight
  const digits = next === 'x' ? hexDigits(body, at + 1, 4, 1) : next === 'u' ? hexDigits(body, at + 1, 4) : next === 'U' ? hexDigits(body, at + 1, 8) : undefined;
  if (digits === undefined) throw new Error(`unknown or short escape \\${next}`);
  const text = next === 'U' ? scalar(digits.value) : String.fromCharCode(digits.value);
  return { text, length: 1 + digits.length };
}

/** @"…": every character as it is, `""` for a quote. */
function decodeVerbatim(body: string, interpolated: boolean): string {
  let out = '';
  for (let at = 0; at < body.length; ) {
    const braced = brace(body, at, interpolated);
    if (braced !== undefined) {
      out += braced.text;
      at += braced.length;
    } else if (body[at] === '"') {
      if (body[at + 1] !== '"') throw new Error('a lone " inside a verbatim string');
      out += '"';
      at += 2;
    } else {
      out += body[at];
      at++;
    }
  }
  return out;
}

/** C# white space other than line breaks: what may precede the closing quotes of a raw string. */
const BLANK = /^[\t\v\f\p{Zs}]*$/u;

/**
 * """…""" with three or more quotes: no escapes at all (raw-string proposal, "Raw string literal
 * value"). On one line, the text between the quotes. Otherwise the content lines between the opening
 * and closing lines, each less the white space that precedes the closing quotes (a blank line may be
 * shorter), and the line breaks between them as written. With n `$`, n or more braces in a row are an
 * interpolation.
 */
function decodeRaw(rest: string, dollars: number): string {
  const quotes = /^"+/.exec(rest)![0];
  if (!rest.endsWith(quotes) || rest.length < 2 * quotes.length) throw new Error('a raw string that does not end with its opening quotes');
  const inner = rest.slice(quotes.length, -quotes.length);
  if (inner.includes(quotes)) throw new Error('a raw string holding its own delimiter');
  if (dollars > 0 && new RegExp(`\\{{${dollars}}|\\}{${dollars}}`).test(inner)) throw new Error('an interpolation {…}');
  // lines at even indexes, the line breaks between them at odd ones
  const parts = inner.split(/(\r\n|[\r\n\u0085\u2028\u2029])/);
  if (parts.length === 1) {
    if (inner.startsWith('"') || inner.endsWith('"')) throw new Error('a single-line raw string that starts or ends with a quote');
    return inner;
  }
  const indentation = parts[parts.length - 1]!;
  if (!BLANK.test(parts[0]!)) throw new Error('text after the opening quotes of a multi-line raw string');
  if (!BLANK.test(indentation)) throw new Error('text before the closing quotes of a multi-line raw string');
  const content = parts.slice(2, -2);
  if (content.length === 0) throw new Error('a multi-line raw string without a content line');
  return content.map((part, index) => (index % 2 === 1 ? part : dedent(part, indentation))).join('');
}

function dedent(line: string, indentation: string): string {
  if (line.startsWith(indentation)) return line.slice(indentation.length);
  if (BLANK.test(line) && indentation.startsWith(line)) return '';
  throw new Error('a raw string line that does not start with the white space before the closing quotes');
}
