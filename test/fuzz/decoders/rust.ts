import type Parser from 'web-tree-sitter';
import { ByteText, scalar } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * Rust string literals after The Rust Reference ("Tokens": string, raw string, byte string and raw
 * byte string literals) and rustc's lexer: `"…"` with the escapes \n \r \t \\ \0 \' \" \x00-\x7F
 * (\x80-\xFF in byte strings), \u{1 to 6 hex digits, `_` allowed} and a backslash before a line break
 * that skips the white space after it; `r#"…"#` raw strings take every character as it is. A raw CR
 * is refused everywhere, and rustc's deny-by-default lint refuses bidi controls written raw.
 */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '0': '\0', "'": "'", '"': '"' };
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/** The value of a Rust string literal as written in source, or a thrown reason it is not plain data. */
export function decodeRustLiteral(source: string): string {
  const match = /^(b?)(r?)(#*)"/.exec(source);
  if (match === null) throw new Error(`not a string literal: ${source.slice(0, 20)}`);
  const [opening, bytePrefix, rawPrefix, pounds] = match as unknown as [string, string, string, string];
  if (pounds !== '' && rawPrefix === '') throw new Error('# before a string that is not raw');
  const closing = `"${pounds}`;
  if (source.length < opening.length + closing.length || !source.endsWith(closing)) throw new Error(`unterminated literal: ${source.slice(0, 20)}`);
  const content = source.slice(opening.length, -closing.length);
  if (content.includes('\r')) throw new Error('a raw carriage return in a literal');
  if (BIDI_CONTROLS.test(content)) throw new Error('a raw bidi control character (rustc refuses it: text_direction_codepoint_in_literal)');
  const isBytes = bytePrefix !== '';
  if (isBytes && /[^\x00-\x7f]/.test(content)) throw new Error('a non-ASCII character in a byte string');
  if (rawPrefix !== '') {
    if (content.includes(closing)) throw new Error(`an unescaped ${closing} would end the literal`);
    return content;
  }

  const out = new ByteText();
  for (let i = 0; i < content.length; i++) {
    const ch = content[i]!;
    if (ch === '"') throw new Error(`an unescaped quote would end the literal at ${i}`);
    if (ch !== '\\') {
      out.text(ch);
      continue;
    }
    const next = content[++i];
    const simple = next === undefined ? undefined : SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out.text(simple);
    } else if (next === 'x') {
      const hex = /^[0-9A-Fa-f]{2}/.exec(content.slice(i + 1));
      if (hex === null) throw new Error('malformed \\x escape');
      const value = parseInt(hex[0], 16);
      if (value > 0x7f && !isBytes) throw new Error('\\x escape above \\x7F in a string (only in a byte string)');
      if (isBytes) out.byte(value);
      else out.text(String.fromCharCode(value));
      i += 2;
    } else if (next === 'u') {
      if (isBytes) throw new Error('\\u escape in a byte string');
      const unicode = /^\{([0-9A-Fa-f][0-9A-Fa-f_]*)\}/.exec(content.slice(i + 1));
      if (unicode === null) throw new Error('malformed \\u{...} escape');
      const digits = unicode[1]!.replaceAll('_', '');
      if (digits.length > 6) throw new Error('\\u{...} escape with more than 6 hex digits');
      out.text(scalar(parseInt(digits, 16)));
      i += unicode[0].length;
    } else if (next === '\n') {
      while (i + 1 < content.length && ' \t\n'.includes(content[i + 1]!)) i++; // line continuation
    } else {
      throw new Error(`unknown escape \\${next ?? ''}`);
    }
  }
  return out.toString();
}

export const decoder: LiteralDecoder = {
  stringTypes: ['string_literal', 'raw_string_literal'],
  commentTypes: ['line_comment', 'block_comment'],
  decode: (node: Parser.SyntaxNode) => decodeRustLiteral(node.text),
};
