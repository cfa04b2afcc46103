import type Parser from 'web-tree-sitter';
import { ByteText, decodeSum, hexDigits } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * Go string literals after the specification ("String literals", "Rune literals" for the escapes):
 * interpreted "…" and raw `…` literals, and `+` of them. `[]byte("…")` holds a plain string
 * literal, found on its own.
 */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** Characters the Go compiler refuses anywhere in source, hence in any literal. */
function checkSourceCharacter(ch: string): void {
  if (ch === '\0') throw new Error('a raw NUL (Go source cannot contain one)');
  if (ch === '\ufeff') throw new Error('a raw BOM (Go allows one only at the start of the file)');
}

/** The value of a "…" or `…` literal as written in source. */
export function decodeGoLiteral(source: string): string {
  const quote = source[0];
  if ((quote !== '"' && quote !== '`') || source.length < 2 || !source.endsWith(quote)) throw new Error('not a string literal');
  const body = source.slice(1, -1);
  if (quote === '`') {
    if (body.includes('`')) throw new Error('a backquote would end the raw literal');
    [...body].forEach(checkSourceCharacter);
    // "Carriage return characters ('\r') inside raw string literals are discarded from the raw string value."
    return body.replace(/\r/g, '');
  }
  // Octal and \x escapes stand for bytes, \u and \U for code points written as UTF-8.
  const out = new ByteText();
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '"') throw new Error(`an unescaped " would end the literal at ${i}`);
    if (ch === '\n' || ch === '\r') throw new Error('a raw line break in an interpreted string literal');
    checkSourceCharacter(ch);
    if (ch !== '\\') {
      out.text(ch);
      continue;
    }
    const next = body[++i];
    if (next === undefined) throw new Error('a backslash escapes the closing quote');
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out.text(simple);
      continue;
    }
    if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{3}/.exec(body.slice(i, i + 3));
      if (octal === null || parseInt(octal[0], 8) > 0xff) throw new Error(`malformed octal escape \\${body.slice(i, i + 3)}`);
      out.byte(parseInt(octal[0], 8));
      i += 2;
      continue;
    }
    const width = { x: 2, u: 4, U: 8 }[next as 'x' | 'u' | 'U'];
    if (width === undefined) throw new Error(`unknown escape \\${next}`);
    const digits = hexDigits(body, i + 1, width);
    if (digits === undefined) throw new Error(`malformed \\${next} escape`);
    if (next === 'x') out.byte(digits.value);
    else out.codePoint(digits.value);
    i += width;
  }
  return out.toString();
}

function decodeExpression(node: Parser.SyntaxNode): string | undefined {
  switch (node.type) {
    case 'interpreted_string_literal':
    case 'raw_string_literal':
      return decodeGoLiteral(node.text);
    case 'binary_expression':
      return decodeSum(node, { left: 'left', operator: 'operator', right: 'right' }, 'parenthesized_expression', decodeExpression);
    default:
      return undefined;
  }
}

export const decoder: LiteralDecoder = {
  stringTypes: ['interpreted_string_literal', 'raw_string_literal', 'binary_expression'],
  commentTypes: ['comment'],
  decode: decodeExpression,
};
