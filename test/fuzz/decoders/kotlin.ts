import type Parser from 'web-tree-sitter';
import type { LiteralDecoder } from './types.js';

/**
 * Kotlin string literals after the Kotlin grammar (Kotlin 1.3 spec, "String literals"): a line string
 * "…" with the escapes \t \b \n \r \' \" \\ \$ and \uXXXX (read inside the literal only, unlike Java),
 * a raw string """…""" with no escapes at all, `$name` and `${…}` templates in both (not plain data),
 * and `+` of literals, in parentheses or not.
 */
export const decoder: LiteralDecoder = {
  stringTypes: ['string_literal', 'additive_expression'],
  commentTypes: ['comment', 'line_comment', 'multiline_comment'],
  decode: decodeExpression,
};

function decodeExpression(node: Parser.SyntaxNode): string | undefined {
  if (node.type === 'string_literal') return decodeKotlinLiteral(node.text);
  if (node.type !== 'additive_expression' || node.childCount !== 3 || node.child(1)!.text !== '+') return undefined;
  const operand = (child: Parser.SyntaxNode): string | undefined => {
    while (child.type === 'parenthesized_expression' && child.namedChildCount === 1) child = child.namedChild(0)!;
    return decodeExpression(child);
  };
  const left = operand(node.child(0)!);
  if (left === undefined) return undefined;
  const right = operand(node.child(2)!);
  return right === undefined ? undefined : left + right;
}

const ESCAPES: Readonly<Record<string, string>> = { t: '\t', b: '\b', n: '\n', r: '\r', "'": "'", '"': '"', '\\': '\\', $: '$' };

/** The value of one Kotlin string literal, given its source text. */
export function decodeKotlinLiteral(source: string): string {
  const raw = source.startsWith('"""');
  const quote = raw ? '"""' : '"';
  if (source.length < 2 * quote.length || !source.endsWith(quote)) throw new Error(`unterminated literal: ${source.slice(0, 20)}`);
  const content = source.slice(quote.length, -quote.length);
  let out = '';
  for (let at = 0; at < content.length; at++) {
    const ch = content[at]!;
    if (ch === '$' && /^[\p{L}\p{Nl}_{`]/u.test(content.slice(at + 1, at + 3))) throw new Error(`a string template ${content.slice(at, at + 12)}`);
    if (raw) {
      out += ch;
      continue;
    }
    if (ch === '"') throw new Error('an unescaped " would end the literal');
    if (ch === '\n' || ch === '\r') throw new Error('a raw line break in a line string');
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = content[++at];
    if (next === 'u') {
      const digits = /^[0-9A-Fa-f]{4}/.exec(content.slice(at + 1));
      if (digits === null) throw new Error('a \\u not followed by four hex digits');
      out += String.fromCharCode(parseInt(digits[0], 16));
      at += 4;
    } else if (next !== undefined && ESCAPES[next] !== undefined) {
      out += ESCAPES[next];
    } else {
      throw new Error(`unknown escape \\${next ?? ''}`);
    }
  }
  if (/\p{Cs}/u.test(out)) throw new Error('a lone surrogate');
  return out;
}
