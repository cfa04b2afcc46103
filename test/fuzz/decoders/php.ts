import type Parser from 'web-tree-sitter';
import { ByteText } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * PHP 8 strings (manual, "Strings"): single-quoted, double-quoted, heredoc, nowdoc (with PHP 7.3's
 * closing-marker indentation), and `.` concatenations of them. PHP strings are bytes: `\x`, octal
 * and `\u{…}` escapes add bytes, and the whole must be valid UTF-8. An escape PHP does not know
 * keeps its backslash (`"\q"` is `\q`), as PHP reads it.
 */
const LITERAL_TYPES = ['string', 'encapsed_string', 'heredoc', 'nowdoc'];

export const decoder: LiteralDecoder = {
  stringTypes: [...LITERAL_TYPES, 'binary_expression'],
  commentTypes: ['comment'],
  decode: decodeExpression,
};

function decodeExpression(node: Parser.SyntaxNode): string | undefined {
  if (node.type === 'binary_expression') return decodeConcatenation(node);
  return LITERAL_TYPES.includes(node.type) ? decodePhpLiteral(node.text) : undefined;
}

/** `left . right` when both sides are string expressions (parentheses looked through). */
function decodeConcatenation(node: Parser.SyntaxNode): string | undefined {
  if (node.childForFieldName('operator')?.type !== '.') return undefined;
  const operand = (side: string): string | undefined => {
    let child = node.childForFieldName(side);
    while (child?.type === 'parenthesized_expression' && child.namedChildCount === 1) child = child.namedChild(0);
    return child === null ? undefined : decodeExpression(child);
  };
  const left = operand('left');
  const right = left === undefined ? undefined : operand('right');
  return right === undefined ? undefined : left + right;
}

/** The value of one PHP string literal, given its source text. */
function decodePhpLiteral(source: string): string {
  const text = source.replace(/^b/i, ''); // b'…' and b"…": a binary-string prefix with no effect
  if (text.startsWith("'")) return decodeSingleQuoted(text.slice(1, -1));
  if (text.startsWith('"')) return decodeDoubleQuoted(text.slice(1, -1), true);
  if (text.startsWith('<<<')) return decodeHeredoc(text);
  throw new Error('not a string literal');
}

/** Only `\\` and `\'` are escapes; any other backslash is itself. */
function decodeSingleQuoted(body: string): string {
  return body.replace(/\\([\\'])/g, '$1');
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$' };

/**
 * A double-quoted string's or a heredoc's body. `\"` is an escape only in a double-quoted string
 * (a heredoc keeps both characters). `$name`, `${` and `{$` start an interpolation.
 */
function decodeDoubleQuoted(body: string, inQuotes: boolean): string {
  const out = new ByteText();
  for (let at = 0; at < body.length; ) {
    const rest = body.slice(at);
    if (/^(\$[A-Za-z_\x80-\uffff]|\$\{|\{\$)/.test(rest)) throw new Error(`an interpolation ${rest.slice(0, 2)}`);
    if (rest[0] !== '\\') {
      const char = String.fromCodePoint(rest.codePointAt(0)!);
      out.text(char);
      at += char.length;
      continue;
    }
    const next = rest[1];
    const short = next === '"' ? (inQuotes ? '"' : undefined) : next === undefined ? undefined : SHORT_ESCAPES[next];
    const octal = /^\\([0-7]{1,3})/.exec(rest);
    const hex = /^\\x([0-9A-Fa-f]{1,2})/.exec(rest);
    const unicode = /^\\u\{([0-9A-Fa-f]*)\}?/.exec(rest);
    if (short !== undefined) {
      out.text(short);
      at += 2;
    } else if (octal !== null) {
      out.byte(parseInt(octal[1]!, 8) & 0xff); // PHP warns above \377 and keeps the low byte
      at += octal[0].length;
    } else if (hex !== null) {
      out.byte(parseInt(hex[1]!, 16));
      at += hex[0].length;
    } else if (unicode !== null) {
      if (!unicode[0].endsWith('}') || unicode[1] === '') throw new Error('an invalid \\u{…} escape');
      out.codePoint(parseInt(unicode[1]!, 16));
      at += unicode[0].length;
    } else {
      out.text('\\'); // not an escape: the backslash stays, the next character is read on its own
      at += 1;
    }
  }
  return out.toString();
}

/**
 * `<<<ID`, `<<<"ID"` (double-quoted rules) or `<<<'ID'` (nowdoc: no escapes). The body is the lines
 * between the opening line and the closing marker's line, without the line break before the marker;
 * the white space before the marker is removed from every line (all spaces or all tabs; a
 * whitespace-only line may be shorter).
 */
function decodeHeredoc(text: string): string {
  const opening = /^<<<[ \t]*(?:(\w+)|"(\w+)"|'(\w+)')(\r\n|\n)/.exec(text);
  if (opening === null) throw new Error('an unreadable heredoc opening');
  const marker = opening[1] ?? opening[2] ?? opening[3]!;
  const closingLine = /(^|\r\n|\n)([ \t]*)(\w+)$/.exec(text.slice(opening[0].length - opening[4]!.length));
  if (closingLine === null || closingLine[3] !== marker) throw new Error('a heredoc that does not end with its marker');
  const indentation = closingLine[2]!;
  if (/ /.test(indentation) && /\t/.test(indentation)) throw new Error('heredoc indentation mixing tabs and spaces');
  const bodyEnd = text.length - closingLine[0].length;
  const body = bodyEnd < opening[0].length ? '' : text.slice(opening[0].length, bodyEnd);
  const closes = new RegExp(`^[ \\t]*${marker}(?![A-Za-z0-9_\\x80-\\uffff])`);
  // lines at even indexes, the line breaks between them at odd ones
  const parts = body.split(/(\r\n|\n)/);
  if (parts.some((part, index) => index % 2 === 0 && closes.test(part))) throw new Error('a heredoc body line that would close it');
  const dedented = parts.map((part, index) => (index % 2 === 1 ? part : outdent(part, indentation))).join('');
  return opening[3] !== undefined ? dedented : decodeDoubleQuoted(dedented, false);
}

function outdent(line: string, indentation: string): string {
  if (line.startsWith(indentation)) return line.slice(indentation.length);
  if (/^[ \t]*$/.test(line) && indentation.startsWith(line)) return '';
  throw new Error('a heredoc line indented less than its closing marker');
}
