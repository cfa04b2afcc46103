import type Parser from 'web-tree-sitter';
import { ByteText, hexDigits, scalar } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * Elixir strings as the Elixir 1.14 syntax reference and Macro.unescape_string/1 define them: "…" (a
 * UTF-8 binary), the ~c"…" charlist sigil (same escapes and interpolation, its value is the code
 * points), and `<>` concatenations of strings. An unescaped `#{` is an interpolation, so code; `\#` is
 * a `#`. `\uHHHH` and `\u{H…}` are code points. `\xHH` (a byte in a binary, a code point in a charlist),
 * heredocs, other sigils and escapes this list does not name are refused: the snippets write none.
 */
export const decoder: LiteralDecoder = {
  stringTypes: ['string', 'sigil', 'binary_operator'],
  commentTypes: ['comment'],
  decode: decodeExpression,
};

function decodeExpression(node: Parser.SyntaxNode): string | undefined {
  switch (node.type) {
    case 'string':
      return decodeElixirLiteral(node.text);
    case 'sigil':
      return decodeElixirLiteral(node.text);
    case 'binary_operator': {
      if (node.childForFieldName('operator')?.text !== '<>') return undefined;
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const leftValue = left === null ? undefined : decodeExpression(left);
      if (leftValue === undefined) return undefined;
      const rightValue = right === null ? undefined : decodeExpression(right);
      return rightValue === undefined ? undefined : leftValue + rightValue;
    }
    default:
      return undefined;
  }
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  d: '\x7f',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  s: ' ',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
  '#': '#',
};

/** The value of `"…"` or `~c"…"`, given its source text. */
export function decodeElixirLiteral(source: string): string {
  const sigil = source.startsWith('~');
  if (sigil && !source.startsWith('~c"')) throw new Error(`a sigil other than ~c"…": ${source.slice(0, 3)}`);
  const body = source.slice(sigil ? 3 : 1, -1);
  if (source.startsWith('"""') || source.startsWith('~c"""')) throw new Error('a heredoc');
  if (!(sigil ? source.startsWith('~c"') : source.startsWith('"')) || !source.endsWith('"') || source.length < (sigil ? 4 : 2)) throw new Error('not a string literal');
  const out = new ByteText();
  for (let at = 0; at < body.length; ) {
    const ch = body[at]!;
    if (ch === '#' && body[at + 1] === '{') throw new Error('an interpolation #{');
    if (ch === '"') throw new Error('an unescaped quote inside the literal');
    if (ch !== '\\') {
      const char = String.fromCodePoint(body.codePointAt(at)!);
      out.text(char);
      at += char.length;
      continue;
    }
    const next = body[at + 1];
    if (next === undefined) throw new Error('a lone backslash at the end');
    const short = SHORT_ESCAPES[next];
    if (short !== undefined) {
      out.text(short);
      at += 2;
    } else if (next === 'u' && body[at + 2] === '{') {
      const close = body.indexOf('}', at + 3);
      const digits = body.slice(at + 3, close);
      if (close === -1 || !/^[0-9A-Fa-f]{1,6}$/.test(digits)) throw new Error('an invalid \\u{…} escape');
      out.text(scalar(parseInt(digits, 16)));
      at = close + 1;
    } else if (next === 'u') {
      const digits = hexDigits(body, at + 2, 4);
      if (digits === undefined) throw new Error('an invalid \\u escape');
      out.text(scalar(digits.value));
      at += 6;
    } else {
      throw new Error(`an escape \\${next} the snippets do not write`);
    }
  }
  return out.toString();
}
