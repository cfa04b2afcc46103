import type Parser from 'web-tree-sitter';
import { decodeSum, hexDigits } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * JavaScript string literals and template literals without substitutions, after ECMA-262 (12.9.4
 * String Literals, 12.9.6 Template Literal Lexical Components), and `+` of them.
 *
 * Stricter than the language on purpose: a legacy octal escape (`\1`, `\08`) or `\8`/`\9` is a
 * SyntaxError in strict code and templates, and an identity escape of a letter (`\q` for `q`) is
 * legal but no escaper means it, so both throw.
 */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', "'": "'", '"': '"', '`': '`', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
const LINE_TERMINATORS = '\n\r\u2028\u2029';

/** The value of a '…', "…" or `…` literal as written in source. */
export function decodeJavaScriptLiteral(source: string): string {
  const quote = source[0];
  if ((quote !== '"' && quote !== "'" && quote !== '`') || source.length < 2 || !source.endsWith(quote)) throw new Error('not a string literal');
  const template = quote === '`';
  const body = source.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === quote) throw new Error(`an unescaped ${quote} would end the literal at ${i}`);
    if (template && ch === '$' && body[i + 1] === '{') throw new Error('template substitution ${...}');
    if (ch === '\n' || ch === '\r') {
      if (!template) throw new Error('a raw line break in a string literal');
      // A template's value reads CRLF and CR as LF.
      if (ch === '\r' && body[i + 1] === '\n') i++;
      out += '\n';
      continue;
    }
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i];
    if (next === undefined) throw new Error('a backslash escapes the closing quote');
    if (LINE_TERMINATORS.includes(next)) {
      if (next === '\r' && body[i + 1] === '\n') i++;
      continue; // line continuation
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
    } else if (next === '0' && !/[0-9]/.test(body[i + 1] ?? '')) {
      out += '\0';
    } else if (/[0-9]/.test(next)) {
      throw new Error(`legacy octal or \\8/\\9 escape \\${next} (a SyntaxError in strict code and templates)`);
    } else if (next === 'x') {
      const digits = hexDigits(body, i + 1, 2);
      if (digits === undefined) throw new Error('malformed \\x escape');
      out += String.fromCharCode(digits.value);
      i += 2;
    } else if (next === 'u') {
      const braced = /^\{([0-9A-Fa-f]+)\}/.exec(body.slice(i + 1));
      const digits = braced === null ? hexDigits(body, i + 1, 4) : { value: parseInt(braced[1]!, 16), length: braced[0].length };
      if (digits === undefined || digits.value > 0x10ffff) throw new Error('malformed \\u escape');
      // A JavaScript string is UTF-16: `\uD83D\uDE00` is one emoji, and a lone surrogate is a value too.
      out += String.fromCodePoint(digits.value);
      i += digits.length;
    } else if (/[A-Za-z]/.test(next)) {
      throw new Error(`unknown escape \\${next}`);
    } else {
      out += next; // identity escape: \$ \{ \/ ...
    }
  }
  return out;
}

function decodeExpression(node: Parser.SyntaxNode): string | undefined {
  switch (node.type) {
    case 'string':
      return decodeJavaScriptLiteral(node.text);
    case 'template_string':
      // A tagged template's value is whatever the tag makes of it (String.raw keeps the backslashes).
      if (node.parent?.type === 'call_expression') throw new Error('a tagged template');
      return decodeJavaScriptLiteral(node.text);
    case 'binary_expression':
      return decodeSum(node, { left: 'left', operator: 'operator', right: 'right' }, 'parenthesized_expression', decodeExpression);
    default:
      return undefined;
  }
}

export const decoder: LiteralDecoder = {
  stringTypes: ['string', 'template_string', 'binary_expression'],
  commentTypes: ['comment', 'html_comment'],
  decode: decodeExpression,
};
