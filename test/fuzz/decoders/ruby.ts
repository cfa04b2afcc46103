import type Parser from 'web-tree-sitter';
import { ByteText, decodeSum, scalar } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * Ruby strings (doc/syntax/literals.rdoc, and parse.y where the doc is silent): '…', "…", %q, %Q, %,
 * adjacent literals ("a" "b"), `+` concatenations, and heredocs (<<ID, <<-ID, <<~ID, quoted IDs).
 * Ruby strings are bytes: `\x`, octal, `\M-` and `\C-` escapes add bytes and the whole must be
 * valid UTF-8. A raw CR LF in the source is read as LF, as Ruby's lexer does.
 *
 * A heredoc's text is its `heredoc_body` node, which tree-sitter puts after the statement that holds
 * the `<<ID`; the value is the text as Ruby reads it, with its final line break (a `.chomp` after the
 * `<<ID` is a method call, not part of the literal).
 */
export const decoder: LiteralDecoder = {
  stringTypes: ['string', 'chained_string', 'heredoc_body', 'binary'],
  commentTypes: ['comment'],
  decode: decodeExpression,
};

function decodeExpression(node: Parser.SyntaxNode): string | undefined {
  switch (node.type) {
    case 'string':
      return decodeRubyLiteral(node.text);
    case 'chained_string':
      return node.namedChildren.map((child) => decodeRubyLiteral(child.text)).join('');
    case 'heredoc_body':
      return decodeHeredocBody(node);
    case 'binary':
      return decodeSum(node, { left: 'left', operator: 'operator', right: 'right' }, 'parenthesized_statements', decodeExpression);
    default:
      return undefined;
  }
}

const PAIRS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/** The value of one '…', "…" or %-literal, given its source text. */
export function decodeRubyLiteral(source: string): string {
  const text = source.replace(/\r\n/g, '\n');
  const percent = /^%([qQ]?)([^A-Za-z0-9\s])/.exec(text);
  const open = percent === null ? text[0]! : percent[2]!;
  if (percent === null && open !== '"' && open !== "'") throw new Error('not a string literal');
  const close = PAIRS[open] ?? open;
  if (text.length < 2 || text[text.length - 1] !== close) throw new Error('a literal that does not end with its delimiter');
  const body = text.slice(percent === null ? 1 : percent[0].length, -1);
  const singleQuoted = percent === null ? open === "'" : percent[1] === 'q';
  return singleQuoted ? decodeSingleQuoted(body, open, close) : decodeDoubleQuoted(body, close);
}

/** Only a backslash before a backslash or a delimiter is an escape. */
function decodeSingleQuoted(body: string, open: string, close: string): string {
  let out = '';
  for (let at = 0; at < body.length; at++) {
    const next = body[at + 1];
    if (body[at] === '\\' && (next === '\\' || next === open || next === close)) at++;
    out += body[at];
  }
  return out;
}

/** A global variable name after `#$` (parse.y: is_global_name_punct, digits, identifiers, `-x`). */
const INTERPOLATION = /^#(\{|@@?[A-Za-z_\u0080-\uffff]|\$([~*$?!@/\\;,.=:<>"&`'+0-9A-Za-z_\u0080-\uffff]|-[A-Za-z_0-9\u0080-\uffff]))/;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', s: ' ', r: '\r', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v' };

/**
 * A double-quoted body ("…", %Q, %, heredocs). `close` is the closing delimiter: Ruby looks at it
 * when it decides whether `#$` starts an interpolation (`"#$"` reads `$"`).
 */
function decodeDoubleQuoted(body: string, close: string): string {
  const out = new ByteText();
  for (let at = 0; at < body.length; ) {
    const ch = body[at]!;
    // the longest start of an interpolation is 4 characters (`#@@x`, `#$-x`)
    if (ch === '#' && INTERPOLATION.test(body.slice(at, at + 4) + close)) throw new Error(`an interpolation ${body.slice(at, at + 3)}`);
    if (ch !== '\\') {
      const char = String.fromCodePoint(body.codePointAt(at)!);
      out.text(char);
      at += char.length;
      continue;
    }
    at = decodeEscape(body, at + 1, out);
  }
  return out.toString();
}

/** The escape after the backslash at `at - 1`, added to `out`; returns where the text goes on. */
function decodeEscape(body: string, at: number, out: ByteText): number {
  const next = body[at];
  if (next === undefined) throw new Error('a lone backslash at the end');
  const short = SHORT_ESCAPES[next];
  if (short !== undefined) {
    out.text(short);
    return at + 1;
  }
  if (next === '\n') return at + 1; // a line continuation
  if (next === 'u') {
    const braced = /^u\{[ \t]*([0-9A-Fa-f]+(?:[ \t]+[0-9A-Fa-f]+)*)?[ \t]*\}/.exec(body.slice(at));
    const fixed = /^u([0-9A-Fa-f]{4})/.exec(body.slice(at));
    const match = braced ?? fixed;
    if (match === null) throw new Error('an invalid \\u escape');
    for (const digits of match[1]?.split(/[ \t]+/) ?? []) out.text(scalar(parseInt(digits, 16)));
    return at + match[0].length;
  }
  if (/[0-7xcCM]/.test(next)) {
    const escape = byteEscape(body, at);
    out.byte(escape.value);
    return escape.end;
  }
  // any other character stands for itself (a delimiter, `#`, a letter Ruby has no escape for)
  const char = String.fromCodePoint(body.codePointAt(at)!);
  out.text(char);
  return at + char.length;
}

/**
 * An escape that stands for one byte, after the backslash at `at - 1`: octal, `\xHH`, and the
 * control and meta forms `\cX`, `\C-X`, `\M-X`, which may nest (`\M-\C-x`), as parse.y read_escape.
 */
function byteEscape(body: string, at: number): { value: number; end: number } {
  const rest = body.slice(at);
  const octal = /^[0-7]{1,3}/.exec(rest);
  if (octal !== null) return { value: parseInt(octal[0], 8) & 0xff, end: at + octal[0].length };
  const hex = /^x([0-9A-Fa-f]{1,2})/.exec(rest);
  if (hex !== null) return { value: parseInt(hex[1]!, 16), end: at + hex[0].length };
  const modifier = /^(c|C-|M-)/.exec(rest);
  if (modifier === null) throw new Error(`an invalid escape \\${rest[0]}`);
  const meta = modifier[0] === 'M-';
  const from = at + modifier[0].length;
  const target = body[from];
  let inner: { value: number; end: number };
  if (target === '\\') {
    const escaped = body[from + 1];
    const short = escaped === undefined ? undefined : SHORT_ESCAPES[escaped];
    inner = short !== undefined ? { value: short.charCodeAt(0), end: from + 2 } : byteEscape(body, from + 1);
  } else if (target === '?' && !meta) {
    return { value: 0x7f, end: from + 1 };
  } else if (target !== undefined && target < '\x80') {
    inner = { value: target.charCodeAt(0), end: from + 1 };
  } else {
    throw new Error(`an invalid \\${modifier[0]} escape`);
  }
  return { value: meta ? inner.value | 0x80 : inner.value & 0x9f, end: inner.end };
}

/** Tab stops every 8 columns, as Ruby measures a <<~ heredoc's indentation. */
const TAB_WIDTH = 8;

/**
 * A heredoc's value. Its opening `<<ID` is the heredoc_beginning that comes in the same place
 * among the beginnings as this body among the bodies (tree-sitter emits bodies in that order).
 */
function decodeHeredocBody(body: Parser.SyntaxNode): string {
  const root = body.tree.rootNode;
  const index = root.descendantsOfType('heredoc_body').findIndex((node) => node.startIndex === body.startIndex);
  const beginning = root.descendantsOfType('heredoc_beginning')[index];
  const opening = beginning === undefined ? null : /^<<([-~]?)(?:(\w+)|"(\w+)"|'(\w+)'|`(\w+)`)$/.exec(beginning.text);
  if (opening === null) throw new Error('a heredoc body without a readable <<ID');
  if (opening[5] !== undefined) throw new Error('a command heredoc <<`ID`');
  const [, flag, plain, doubleQuoted, singleQuoted] = opening;
  const marker = plain ?? doubleQuoted ?? singleQuoted!;

  const source = root.text;
  const end = body.lastChild;
  if (end?.type !== 'heredoc_end' || end.text !== marker) throw new Error('a heredoc body without its terminator');
  const endLine = source.lastIndexOf('\n', end.startIndex - 1) + 1;
  const text = source.slice(body.startIndex, endLine).replace(/\r\n/g, '\n');
  if (!text.startsWith('\n')) throw new Error('a heredoc body that does not start on a new line');
  const lines = text.slice(1).split('\n').slice(0, -1);
  const terminator = (line: string) => (flag === '' ? line : line.trimStart()) === marker;
  if (!terminator(source.slice(endLine, end.endIndex))) throw new Error('a heredoc terminator Ruby would not see');
  if (lines.some(terminator)) throw new Error('a heredoc body line that would end it');

  const content = (flag === '~' ? dedent(lines) : lines).map((line) => line + '\n').join('');
  return singleQuoted !== undefined ? content : decodeDoubleQuoted(content, '');
}

/**
 * <<~: the smallest indentation of the lines that have text is removed from every line (a tab
 * counts to the next tab stop, and is kept when removing it would go past that width). Lines of
 * white space alone are refused: Ruby versions do not agree on what they do to the lines after them.
 */
function dedent(lines: string[]): string[] {
  const measured = lines.filter((line) => line !== '');
  if (measured.some((line) => /^[ \t]+$/.test(line))) throw new Error('a <<~ heredoc line of white space only');
  const width = Math.min(...measured.map((line) => indentation(line, Infinity).width));
  return lines.map((line) => line.slice(indentation(line, width).length));
}

/** The leading spaces and tabs of `line`, up to `limit` columns: their column width and length. */
function indentation(line: string, limit: number): { width: number; length: number } {
  let width = 0;
  let length = 0;
  for (const ch of line) {
    const next = ch === ' ' ? width + 1 : ch === '\t' ? (Math.floor(width / TAB_WIDTH) + 1) * TAB_WIDTH : undefined;
    if (next === undefined || next > limit) break;
    width = next;
    length++;
  }
  return { width, length };
}
