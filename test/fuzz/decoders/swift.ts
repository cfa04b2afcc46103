import type Parser from 'web-tree-sitter';
import { decodeSum, scalar } from './common.js';
import type { LiteralDecoder } from './types.js';

/**
 * Swift string literals after The Swift Programming Language (Lexical Structure, "String Literals")
 * and the compiler's lexer: one-line "…", multi-line """…""" with the closing delimiter's indentation
 * stripped from every line, extended delimiters #"…"# (escapes and interpolation then need as many
 * `#` after the backslash), and `+` of literals.
 */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '0': '\0', '\\': '\\', t: '\t', n: '\n', r: '\r', '"': '"', "'": "'" };

/** The value of a Swift string literal as written in source, or a thrown reason it is not plain data. */
export function decodeSwiftLiteral(source: string): string {
  const pounds = /^#*/.exec(source)![0];
  const afterPounds = source.slice(pounds.length);
  if (!afterPounds.startsWith('"')) throw new Error(`not a string literal: ${source.slice(0, 20)}`);
  // With `#`s, `#"""` followed by text on its line is a one-line literal whose text starts with `""`.
  const multiLine = afterPounds.startsWith('"""') && (pounds === '' || /^"""[ \t]*\r?\n/.test(afterPounds));
  const delimiter = multiLine ? '"""' : '"';
  const closing = delimiter + pounds;
  if (source.length < pounds.length + delimiter.length + closing.length || !source.endsWith(closing)) throw new Error(`unterminated literal: ${source.slice(0, 20)}`);
  let content = source.slice(pounds.length + delimiter.length, -closing.length);
  if (multiLine) content = stripIndentation(content);
  else if (/[\n\r]/.test(content)) throw new Error('a line break inside a one-line literal');

  const escape = `\\${pounds}`;
  let out = '';
  for (let i = 0; i < content.length; i++) {
    const ch = content[i]!;
    if (content.startsWith(closing, i)) throw new Error(`an unescaped ${closing} would end the literal at ${i}`);
    if (ch !== '\\' || !content.startsWith(escape, i)) {
      // Tab, LF and CR are allowed raw only in a multi-line literal; other ASCII controls nowhere.
      if ((ch < ' ' || ch === '\x7f') && !(multiLine && '\t\n'.includes(ch))) throw new Error(`an unprintable ASCII character U+${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
      out += ch;
      continue;
    }
    i += escape.length;
    const next = content[i];
    if (next === '#') throw new Error(`too many # after a backslash`);
    const simple = next === undefined ? undefined : SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
    } else if (next === 'u') {
      const unicode = /^\{([0-9A-Fa-f]{1,8})\}/.exec(content.slice(i + 1));
      if (unicode === null) throw new Error('malformed \\u{...} escape');
      out += scalar(parseInt(unicode[1]!, 16));
      i += unicode[0].length;
    } else if (next === '(') {
      throw new Error(`string interpolation ${escape}( in a literal`);
    } else if (multiLine && /^[ \t]*\n/.test(content.slice(i))) {
      i = content.indexOf('\n', i); // line continuation: the backslash, trailing blanks and the line break
    } else {
      throw new Error(`unknown escape ${escape}${next ?? ''}`);
    }
  }
  return out;
}

/**
 * The text of a multi-line literal (between the delimiters) without its first and last line breaks
 * and with the closing delimiter's indentation removed from each line. Every line but an empty one
 * must start with that indentation. Line breaks are read as LF, whatever the source file uses.
 */
function stripIndentation(content: string): string {
  const normalised = content.replace(/\r\n?/g, '\n');
  const match = /^[ \t]*\n([\s\S]*\n)?([ \t]*)$/.exec(normalised);
  if (match === null) throw new Error('a multi-line literal must start and end on its own lines');
  const indent = match[2]!;
  if (match[1] === undefined) return '';
  return match[1]
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      if (line !== '' && !line.startsWith(indent)) throw new Error('a line of a multi-line literal is indented less than its closing delimiter');
      return line.slice(indent.length);
    })
    .join('\n');
}

function decodeExpression(node: Parser.SyntaxNode): string | undefined {
  switch (node.type) {
    case 'line_string_literal':
    case 'multi_line_string_literal':
    case 'raw_string_literal':
      return decodeSwiftLiteral(node.text);
    case 'additive_expression':
      return decodeSum(node, { left: 'lhs', operator: 'op', right: 'rhs' }, 'tuple_expression', decodeExpression);
    default:
      return undefined;
  }
}

export const decoder: LiteralDecoder = {
  stringTypes: ['line_string_literal', 'multi_line_string_literal', 'raw_string_literal', 'additive_expression'],
  commentTypes: ['comment', 'multiline_comment'],
  decode: decodeExpression,
};
