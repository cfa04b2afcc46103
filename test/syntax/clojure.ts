import type { LiteralScan } from '../fuzz/literals.js';
import { Brackets, emptyLexed, positionOf, type Lexed } from './lexed.js';
import type { SyntaxProblem } from './tree-sitter.js';

/**
 * Clojure has no tree-sitter grammar in tree-sitter-wasms: this lexer reads what the clj-http snippets
 * are made of, as the Clojure 1.11 reader (LispReader) does: `;` comments, strings with Java's escapes
 * (`\t \b \n \r \f \" \\`, `\uXXXX`, octal up to `\377`), character literals (`\a`, `\newline`, `\u0041`),
 * and nested ( ) [ ] { }. A string's value is its Java string. A regex `#"…"` is not data.
 */
export function lexClojure(code: string): Lexed {
  const lexed = emptyLexed();
  const brackets = new Brackets(code, lexed);
  for (let at = 0; at < code.length; ) {
    const ch = code[at]!;
    if (ch === ';') {
      const end = code.indexOf('\n', at);
      const stop = end === -1 ? code.length : end;
      lexed.comments.push({ start: at, end: stop });
      at = stop;
    } else if (ch === '"' || (ch === '#' && code[at + 1] === '"')) {
      at = readString(code, ch === '#' ? at + 1 : at, lexed, ch === '#');
    } else if (ch === '\\') {
      // a character literal: one character, then the letters and digits of a named or \u form
      at += 2;
      while (at < code.length && /[A-Za-z0-9]/.test(code[at]!)) at++;
    } else if ('([{'.includes(ch)) {
      brackets.push({ '(': ')', '[': ']', '{': '}' }[ch]!, at++);
    } else if (')]}'.includes(ch)) {
      brackets.pop(ch, at++);
    } else {
      at++;
    }
  }
  brackets.end();
  return lexed;
}

/** LispReader's escapes: Java's but `\'`, which it refuses. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', '\\': '\\' };

/** The string opening at `open`; returns where the code goes on. */
function readString(code: string, open: number, lexed: Lexed, regex: boolean): number {
  let value = '';
  let problem: string | undefined;
  let at = open + 1;
  for (; at < code.length && code[at] !== '"'; ) {
    if (code[at] === '\r') {
      // the reader's LineNumberingPushbackReader reads a raw CR LF, or a lone CR, as LF
      value += '\n';
      at += code[at + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (code[at] !== '\\') {
      value += code[at++];
      continue;
    }
    const next = code[at + 1] ?? '';
    const short = SHORT_ESCAPES[next];
    const unicode = /^u([0-9A-Fa-f]{4})/.exec(code.slice(at + 1, at + 6));
    const octal = /^[0-7]{1,3}/.exec(code.slice(at + 1, at + 4));
    if (short !== undefined) {
      value += short;
      at += 2;
    } else if (unicode !== null) {
      value += String.fromCharCode(parseInt(unicode[1]!, 16));
      at += 6;
    } else if (octal !== null && parseInt(octal[0], 8) <= 0o377) {
      value += String.fromCharCode(parseInt(octal[0], 8));
      at += 1 + octal[0].length;
    } else {
      problem ??= `an escape \\${next} the reader refuses`;
      at += 2;
    }
  }
  if (at >= code.length) {
    lexed.syntax.push({ ...positionOf(code, open), message: 'a string that never ends' });
    return at;
  }
  // Java strings are UTF-16: a lone surrogate from \uD8xx escapes is not text.
  if (/(?:[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])/.test(value)) problem ??= 'a lone surrogate';
  if (regex) problem ??= 'a regex literal';
  const { line, column } = positionOf(code, open);
  if (problem !== undefined) lexed.problems.push(`${line}:${column} ${problem}: ${JSON.stringify(code.slice(open, Math.min(at + 1, open + 80)))}`);
  else lexed.literals.push({ start: open, end: at + 1, value });
  return at + 1;
}

export async function clojureProblems(code: string): Promise<SyntaxProblem[]> {
  return lexClojure(code).syntax;
}

export async function scanClojure(code: string): Promise<LiteralScan> {
  const { literals, comments, problems } = lexClojure(code);
  return { literals, comments, problems };
}

export async function clojureReady(): Promise<void> {}
