import type Parser from 'web-tree-sitter';
import { decodeSum } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * Java string literals and text blocks (JLS 17 §3.3, §3.10.5-7), and their `+` concatenations.
 * Unicode escapes are translated first, over the whole literal, as javac does before it lexes: a
 * `\u0022` there ends the literal and a `\u000a` is a raw line break, both errors here.
 */
export const decoder: LiteralDecoder = {
  stringTypes: ['string_literal', 'binary_expression'],
  commentTypes: ['line_comment', 'block_comment', 'comment'],
  decode: decodeExpression,
};

function decodeExpression(node: Parser.SyntaxNode): string | undefined {
  if (node.type === 'string_literal') return decodeJavaLiteral(node.text);
  if (node.type === 'binary_expression') return decodeSum(node, { left: 'left', operator: 'operator', right: 'right' }, 'parenthesized_expression', decodeExpression);
  return undefined;
}

/** The value of one Java string literal or text block, given its source text. */
function decodeJavaLiteral(source: string): string {
  const text = translateUnicodeEscapes(source);
  if (text.startsWith('"""')) return decodeTextBlock(text);
  const end = closingQuote(text, 1, '"');
  if (end !== text.length - 1) throw new Error('the literal ends before its last character (a \\u0022?)');
  const body = text.slice(1, -1);
  if (/[\r\n]/.test(body)) throw new Error('a raw line break in a string literal (a \\u000a?)');
  return translateEscapes(body, false);
}

/**
 * JLS §3.3: `\u` (any number of `u`s) and four hex digits stand for that UTF-16 unit, unless the
 * backslash follows an odd number of backslashes. A backslash a Unicode escape produced does not
 * start another Unicode escape.
 */
function translateUnicodeEscapes(source: string): string {
  let out = '';
  let backslashesBefore = 0;
  for (let at = 0; at < source.length; at++) {
    const ch = source[at]!;
    if (ch === '\\' && backslashesBefore % 2 === 0 && source[at + 1] === 'u') {
      const match = /^u+([0-9A-Fa-f]{4})/.exec(source.slice(at + 1));
      if (match === null) throw new Error('a \\u not followed by four hex digits');
      out += String.fromCharCode(parseInt(match[1]!, 16));
      at += match[0].length;
      backslashesBefore = 0;
      continue;
    }
    backslashesBefore = ch === '\\' ? backslashesBefore + 1 : 0;
    out += ch;
  }
  return out;
}

/** Index of the first unescaped `quote` (`"` or `"""`) at or after `from`, or -1. */
function closingQuote(text: string, from: number, quote: string): number {
  for (let at = from; at < text.length; at++) {
    if (text[at] === '\\') at++;
    else if (text.startsWith(quote, at)) return at;
  }
  return -1;
}

/**
 * JLS §3.10.6: the content starts after the line break that must follow the opening `"""`. Line
 * breaks become LF, incidental white space goes as String.stripIndent removes it, then escapes
 * (with `\<line break>` joining lines) are interpreted.
 */
function decodeTextBlock(text: string): string {
  const opening = /^"""[ \t\f]*(\r\n|\r|\n)/.exec(text);
  if (opening === null) throw new Error('a text block opening """ not followed by a line break');
  const end = closingQuote(text, opening[0].length, '"""');
  if (end !== text.length - 3) throw new Error('the text block ends before its last character');
  const content = text.slice(opening[0].length, end).replace(/\r\n?/g, '\n');
  return translateEscapes(stripIndent(content), true);
}

/** Character.isWhitespace: the white space String.stripIndent strips (no-break spaces are not). */
const JAVA_WHITESPACE = /[\t\n\v\f\r\x1c-\x20\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]/;

function leadingWhitespace(line: string): number {
  let count = 0;
  while (count < line.length && JAVA_WHITESPACE.test(line[count]!)) count++;
  return count;
}

/** String.stripIndent, as the JDK implements it. */
function stripIndent(content: string): string {
  if (content === '') return '';
  const endsWithLineBreak = content.endsWith('\n');
  const lines = (endsWithLineBreak ? content.slice(0, -1) : content).split('\n');
  let outdent = Infinity;
  if (!endsWithLineBreak) {
    for (const line of lines) {
      const indent = leadingWhitespace(line);
      if (indent !== line.length) outdent = Math.min(outdent, indent);
    }
    const last = lines[lines.length - 1]!;
    if (leadingWhitespace(last) === last.length) outdent = Math.min(outdent, last.length);
  } else {
    outdent = 0;
  }
  const stripped = lines.map((line) => {
    const first = leadingWhitespace(line);
    if (first === line.length) return '';
    let last = line.length;
    while (JAVA_WHITESPACE.test(line[last - 1]!)) last--;
    return line.slice(Math.min(outdent, first), last);
  });
  return stripped.join('\n') + (endsWithLineBreak ? '\n' : '');
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', s: ' ', '"': '"', "'": "'", '\\': '\\' };

/** JLS §3.10.7 escape sequences; `\<LF>` (a line continuation) only in text blocks. */
function translateEscapes(text: string, textBlock: boolean): string {
  let out = '';
  for (let at = 0; at < text.length; at++) {
    const ch = text[at]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = text[++at];
    if (next === undefined) throw new Error('a lone backslash at the end');
    const short = SHORT_ESCAPES[next];
    if (short !== undefined) {
      out += short;
    } else if (next === '\n' && textBlock) {
      // a line continuation: the line break is not part of the value
    } else if (/[0-7]/.test(next)) {
      // \0 to \377: up to three octal digits when the first is 0-3, up to two otherwise
      const octal = /^([0-3][0-7]{0,2}|[4-7][0-7]?)/.exec(text.slice(at))![0];
      out += String.fromCharCode(parseInt(octal, 8));
      at += octal.length - 1;
    } else {
      throw new Error(`unknown escape \\${next}`);
    }
  }
  return out;
}
