import type Parser from 'web-tree-sitter';
import { ByteText, decodeSum, hexDigits, scalar } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * Python 3 string and bytes literals, after the reference (Lexical analysis, "String and Bytes
 * literals"): prefixes r/u/b/f, one-line and triple-quoted forms, implicit concatenation of adjacent
 * literals, and `+` of literals.
 */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** The value of one string or bytes literal as written in source. */
export function decodePythonLiteral(source: string): { value: string; bytes: boolean } {
  const prefix = /^[A-Za-z]*/.exec(source)![0].toLowerCase();
  if (prefix.includes('f')) throw new Error('f-string (its {} are interpolations)');
  if (!['', 'r', 'u', 'b', 'br', 'rb'].includes(prefix)) throw new Error(`unknown string prefix ${prefix}`);
  const raw = prefix.includes('r');
  const bytes = prefix.includes('b');
  const rest = source.slice(prefix.length);
  const quote = rest.startsWith('"""') || rest.startsWith("'''") ? rest.slice(0, 3) : rest.slice(0, 1);
  if ((quote[0] !== '"' && quote[0] !== "'") || rest.length < 2 * quote.length || !rest.endsWith(quote)) throw new Error('not a string literal');
  const triple = quote.length === 3;
  const body = rest.slice(quote.length, -quote.length);

  const out = new ByteText();
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    // The literal ends at the first unescaped closing quote: one that starts a `quote` here would.
    if (ch === quote[0] && (body + quote).startsWith(quote, i)) throw new Error(`an unescaped ${quote} would end the literal at ${i}`);
    if (ch !== '\\') {
      i += plainCharacter(out, body, i, { lineBreak: triple, bytes });
      continue;
    }
    const next = body[i + 1];
    if (next === undefined) throw new Error('a backslash escapes the closing quote');
    if (raw) {
      // A backslash stays in a raw literal, and keeps the next character (a quote, a line break) in it.
      out.text('\\');
      const kept = String.fromCodePoint(body.codePointAt(i + 1)!);
      i += kept.length + plainCharacter(out, body, i + 1, { lineBreak: true, bytes });
      continue;
    }
    i++;
    if (next === '\n' || next === '\r') {
      if (next === '\r' && body[i + 1] === '\n') i++;
      continue; // line continuation
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out.text(simple);
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(body.slice(i, i + 3));
    if (octal !== null) {
      const value = parseInt(octal[0], 8);
      if (value > 0o377) throw new Error(`octal escape above \\377: \\${octal[0]}`);
      byteOrChar(out, value, bytes, `\\${octal[0]}`);
      i += octal[0].length - 1;
      continue;
    }
    const width = { x: 2, u: 4, U: 8 }[next as 'x' | 'u' | 'U'];
    if (width !== undefined && (next === 'x' || !bytes)) {
      const digits = hexDigits(body, i + 1, width);
      if (digits === undefined) throw new Error(`truncated \\${next} escape`);
      if (next === 'x') byteOrChar(out, digits.value, bytes, `\\x${body.slice(i + 1, i + 3)}`);
      else out.codePoint(digits.value);
      i += width;
      continue;
    }
    if (next === 'N' && !bytes) throw new Error('\\N{name} escape (unsupported by this decoder)');
    throw new Error(`unknown escape \\${next}`);
  }
  return { value: out.toString(), bytes };
}

/**
 * The character at `body[i]`, written as itself; returns how many more code units it took (a CRLF,
 * which the tokenizer reads as LF, like a lone CR).
 */
function plainCharacter(out: ByteText, body: string, i: number, allowed: { lineBreak: boolean; bytes: boolean }): number {
  const ch = String.fromCodePoint(body.codePointAt(i)!);
  if (ch === '\0') throw new Error('a raw NUL (Python source cannot contain one)');
  if (ch === '\n' || ch === '\r') {
    if (!allowed.lineBreak) throw new Error('a raw line break in a one-line string');
    out.text('\n');
    return ch === '\r' && body[i + 1] === '\n' ? 1 : 0;
  }
  if (allowed.bytes && ch > '\x7f') throw new Error('a non-ASCII character in a bytes literal');
  out.text(ch);
  return ch.length - 1;
}

/** `\xHH` and octal escapes: a code point in a str, a byte in bytes (only ASCII ones here, see the brief). */
function byteOrChar(out: ByteText, value: number, bytes: boolean, escape: string): void {
  if (!bytes) out.text(scalar(value));
  else if (value <= 0x7f) out.byte(value);
  else throw new Error(`a byte above 0x7f in a bytes literal (${escape}) is not text`);
}

/** A string expression: a literal, adjacent literals, parentheses or `+`; undefined if it is not one. */
function decodeExpression(node: Parser.SyntaxNode): { value: string; bytes: boolean } | undefined {
  switch (node.type) {
    case 'string':
      return decodePythonLiteral(node.text);
    case 'concatenated_string': {
      const parts = node.namedChildren.filter((child) => child.type !== 'comment').map((child) => decodeExpression(child));
      return join(parts);
    }
    case 'parenthesized_expression':
      return node.namedChildCount === 1 ? decodeExpression(node.namedChild(0)!) : undefined;
    case 'binary_operator': {
      const parts: ({ value: string; bytes: boolean } | undefined)[] = [];
      const value = decodeSum(node, { left: 'left', operator: 'operator', right: 'right' }, 'parenthesized_expression', (operand) => {
        const part = decodeExpression(operand);
        parts.push(part);
        return part?.value;
      });
      return value === undefined ? undefined : join(parts);
    }
    default:
      return undefined;
  }
}

function join(parts: ({ value: string; bytes: boolean } | undefined)[]): { value: string; bytes: boolean } | undefined {
  if (parts.length === 0 || parts.some((part) => part === undefined)) return undefined;
  const kinds = new Set(parts.map((part) => part!.bytes));
  if (kinds.size > 1) throw new Error('bytes and str joined (a SyntaxError or TypeError)');
  return { value: parts.map((part) => part!.value).join(''), bytes: parts[0]!.bytes };
}

export const decoder: LiteralDecoder = {
  stringTypes: ['string', 'concatenated_string', 'binary_operator'],
  commentTypes: ['comment'],
  decode: (node) => decodeExpression(node)?.value,
};
