import type Parser from 'web-tree-sitter';
import { ByteText, hexDigits } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * Bash words after the Bash Reference Manual (3.1.2 Quoting, 3.6.6 Here Documents): '…', $'…',
 * "…", bare words (a command's arguments are strings too: `curl`, `PUT`), words made of several
 * such pieces, and here-document bodies.
 *
 * Anything that expands throws: `$`, backquotes, globs, braces, a leading `~`; so does `!` unquoted
 * or in "…", which history expansion rewrites when the snippet is pasted into an interactive shell.
 * `$'\uXXXX'` is read as UTF-8, as in a UTF-8 locale. A NUL cannot be in a word at all.
 */

const ANSI_C_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?',
};

function checkNoNul(text: string): void {
  if (text.includes('\0')) throw new Error('a NUL (a bash word cannot hold one)');
}

/** '…': every character stands for itself. */
function decodeSingleQuoted(source: string): string {
  if (!/^'[^']*'$/.test(source)) throw new Error('not a single-quoted string');
  checkNoNul(source);
  return source.slice(1, -1);
}

/** $'…': backslash escapes as in C, plus \e, \cX, and \u/\U code points. */
function decodeAnsiC(source: string): string {
  if (!source.startsWith("$'") || !source.endsWith("'") || source.length < 3) throw new Error("not a $'…' string");
  checkNoNul(source);
  const body = source.slice(2, -1);
  const out = new ByteText();
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === "'") throw new Error(`an unescaped ' would end the string at ${i}`);
    if (ch !== '\\') {
      out.text(ch);
      continue;
    }
    const next = body[++i];
    const simple = next === undefined ? undefined : ANSI_C_ESCAPES[next];
    if (simple !== undefined) {
      out.text(simple);
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(body.slice(i, i + 3));
    const width = { x: 2, u: 4, U: 8 }[next as 'x' | 'u' | 'U'];
    let value: number;
    if (octal !== null) {
      value = parseInt(octal[0], 8);
      if (value > 0xff) throw new Error(`octal escape above \\377: \\${octal[0]}`);
      out.byte(value);
      i += octal[0].length - 1;
    } else if (width !== undefined) {
      const digits = hexDigits(body, i + 1, width, 1);
      if (digits === undefined) throw new Error(`\\${next} without hex digits`);
      value = digits.value;
      if (next === 'x') out.byte(value);
      else out.codePoint(value);
      i += digits.length;
    } else if (next === 'c' && i + 1 < body.length && body[i + 1] !== '\\') {
      const control = body[++i]!;
      value = control === '?' ? 0x7f : control.charCodeAt(0) & 0x1f;
      out.byte(value);
    } else {
      throw new Error(`unknown escape \\${next ?? ''}`);
    }
    if (value === 0) throw new Error('a NUL (a bash word cannot hold one)');
  }
  return out.toString();
}

/** "…": \ escapes only $ ` " \ and a line break; any expansion throws. */
function decodeDoubleQuoted(source: string): string {
  if (!source.startsWith('"') || !source.endsWith('"') || source.length < 2) throw new Error('not a double-quoted string');
  checkNoNul(source);
  const body = source.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '"') throw new Error(`an unescaped " would end the string at ${i}`);
    if (ch === '$' || ch === '`') throw new Error(`an expansion (${ch}) in a double-quoted string`);
    if (ch === '!') throw new Error('! in a double-quoted string (history expansion in an interactive shell)');
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[i + 1];
    if (next === '\n') i++;
    else if (next !== undefined && '$`"\\'.includes(next)) out += body[++i];
    else out += '\\';
  }
  return out;
}

/**
 * A bare word (or a bare piece of one): \ quotes the next character. `atStart`: the piece begins
 * the word, where `~` expands.
 */
function decodeBare(source: string, atStart: boolean): string {
  checkNoNul(source);
  if (atStart && source.startsWith('~')) throw new Error('tilde expansion');
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[++i];
      if (next === undefined) throw new Error('a word ending in a lone backslash');
      if (next !== '\n') out += next;
      continue;
    }
    if ('$`'.includes(ch)) throw new Error(`an expansion (${ch}) in a bare word`);
    if ('*?['.includes(ch)) throw new Error(`a glob character (${ch}) in a bare word`);
    if (ch === '{') throw new Error('a { in a bare word (brace expansion)');
    if (ch === '!') throw new Error('! in a bare word (history expansion in an interactive shell)');
    if (/[ \t\n'"|&;<>()]/.test(ch)) throw new Error(`a bare ${JSON.stringify(ch)} inside a word`);
    out += ch;
  }
  return out;
}

/** A here-document's body, from its redirect: literal when the delimiter is quoted, else like "…" without the quote rules. */
function decodeHeredocBody(body: Parser.SyntaxNode): string {
  const redirect = body.parent;
  const start = redirect?.children.find((child) => child.type === 'heredoc_start');
  const end = redirect?.children.find((child) => child.type === 'heredoc_end');
  const previous = body.previousSibling;
  if (redirect === null || start === undefined || end === undefined || previous === null) throw new Error('a here-document without its delimiters');
  const text = redirect.text;
  // The body starts on the line after the one holding `<<EOF` (and whatever follows it), and ends before the delimiter's line.
  const bodyStart = text.indexOf('\n', previous.endIndex - redirect.startIndex) + 1;
  const bodyEnd = text.lastIndexOf('\n', end.startIndex - redirect.startIndex - 1) + 1;
  let content = bodyStart > 0 && bodyEnd > bodyStart ? text.slice(bodyStart, bodyEnd) : '';
  checkNoNul(content);
  if (redirect.children.some((child) => child.type === '<<-')) content = content.replace(/^\t+/gm, '');
  if (/['"\\]/.test(start.text)) return content;
  let out = '';
  for (let i = 0; i < content.length; i++) {
    const ch = content[i]!;
    if (ch === '$' || ch === '`') throw new Error(`an expansion (${ch}) in a here-document with an unquoted delimiter`);
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = content[i + 1];
    if (next === '\n') i++;
    else if (next !== undefined && '$`\\'.includes(next)) out += content[++i];
    else out += '\\';
  }
  return out;
}

function decodePiece(node: Parser.SyntaxNode, atStart: boolean): string {
  switch (node.type) {
    case 'raw_string':
      return decodeSingleQuoted(node.text);
    case 'ansi_c_string':
      return decodeAnsiC(node.text);
    case 'string':
      return decodeDoubleQuoted(node.text);
    case 'word':
    case 'number':
      return decodeBare(node.text, atStart);
    default:
      throw new Error(`${node.type} in a word`);
  }
}

export const decoder: LiteralDecoder = {
  stringTypes: ['word', 'number', 'raw_string', 'ansi_c_string', 'string', 'concatenation', 'heredoc_body'],
  commentTypes: ['comment'],
  decode(node) {
    if (node.type === 'heredoc_body') return decodeHeredocBody(node);
    // tree-sitter-bash reads $"…" as a `$` token followed by a "…" string.
    const before = node.previousSibling;
    if (node.type === 'string' && before?.type === '$' && before.endIndex === node.startIndex) throw new Error('a $"…" string (translated by the locale)');
    if (node.type !== 'concatenation') return decodePiece(node, true);
    return node.children.map((piece, index) => decodePiece(piece, index === 0)).join('');
  },
};
