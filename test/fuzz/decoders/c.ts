import type Parser from 'web-tree-sitter';
import { ByteText, hexDigits } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * C string literals after C17 6.4.5 and 6.4.4.4 (escape sequences), and the same in C++ (lex.string):
 * ordinary "…" literals and adjacent literals, which translation phase 6 joins into one. Octal and \x
 * escapes stand for bytes (\x takes every hex digit that follows), \u and \U for code points written
 * as UTF-8 (gcc's execution character set). A trigraph (`??=` and eight others) is an error: C before
 * C23 replaces it before any literal is read, C++17 does not, so its meaning depends on the compiler.
 */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { "'": "'", '"': '"', '?': '?', '\\': '\\', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** The value of one ordinary "…" literal as written in source. */
export function decodeCLiteral(source: string): string {
  if (!source.startsWith('"')) throw new Error(`a prefixed literal (${source.slice(0, source.indexOf('"') + 1)}) is not an ordinary string`);
  if (source.length < 2 || !source.endsWith('"')) throw new Error('not a string literal');
  const body = source.slice(1, -1);
  const trigraph = /\?\?[=(/)'<!>-]/.exec(body);
  if (trigraph !== null) throw new Error(`a trigraph ${trigraph[0]} (replaced in C before C23, kept in C++17)`);
  const out = new ByteText();
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '"') throw new Error(`an unescaped " would end the literal at ${i}`);
    if (ch === '\n' || ch === '\r') throw new Error('a raw line break in a string literal');
    if (ch === '\0') throw new Error('a raw NUL in a string literal');
    if (ch !== '\\') {
      out.text(ch);
      continue;
    }
    const next = body[++i];
    if (next === undefined) throw new Error('a backslash escapes the closing quote');
    if (next === '\n') throw new Error('a line splice inside a literal');
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out.text(simple);
      continue;
    }
    if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i, i + 3))![0];
      if (parseInt(octal, 8) > 0xff) throw new Error(`octal escape \\${octal} above a byte`);
      out.byte(parseInt(octal, 8));
      i += octal.length - 1;
      continue;
    }
    if (next === 'x') {
      const digits = /^[0-9A-Fa-f]+/.exec(body.slice(i + 1));
      if (digits === null) throw new Error('\\x with no hex digit');
      if (parseInt(digits[0], 16) > 0xff) throw new Error(`hex escape \\x${digits[0]} above a byte (\\x takes every hex digit that follows)`);
      out.byte(parseInt(digits[0], 16));
      i += digits[0].length;
      continue;
    }
    const width = { u: 4, U: 8 }[next as 'u' | 'U'];
    if (width === undefined) throw new Error(`unknown escape \\${next}`);
    const digits = hexDigits(body, i + 1, width);
    if (digits === undefined) throw new Error(`malformed \\${next} escape`);
    out.codePoint(digits.value);
    i += width;
  }
  return out.toString();
}

function decodeExpression(node: Parser.SyntaxNode): string | undefined {
  switch (node.type) {
    case 'string_literal':
      return decodeCLiteral(node.text);
    case 'raw_string_literal':
      throw new Error('a raw string literal (the escapers never write one)');
    case 'concatenated_string': {
      // Adjacent literals join; a macro among them (PRIu64) makes the value unknown here.
      const pieces = node.namedChildren.map((child) => (child.type === 'string_literal' ? decodeCLiteral(child.text) : undefined));
      return pieces.includes(undefined) ? undefined : pieces.join('');
    }
    default:
      return undefined;
  }
}

export const decoder: LiteralDecoder = {
  stringTypes: ['string_literal', 'raw_string_literal', 'concatenated_string'],
  commentTypes: ['comment'],
  decode: decodeExpression,
};
