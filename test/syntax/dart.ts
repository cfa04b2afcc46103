import { scalar } from '../fuzz/decoders/common.js';
import type { LiteralScan, LiteralSpan } from '../fuzz/literals.js';
import type { SyntaxProblem } from './tree-sitter.js';

/**
 * Dart's tree-sitter grammar in tree-sitter-wasms 0.1.13 is built for tree-sitter ABI 15, which the
 * web-tree-sitter 0.20 that loads every other grammar refuses, and no Dart SDK installs here. So a lexer
 * written from the Dart language specification (21.1 comments, 17.7 strings) reads the snippets: it
 * finds string literals (joining adjacent ones, as Dart does), comments and bracket structure. Enough to
 * read every literal's value for the fuzz property and to catch a value that closes its literal early
 * or starts an interpolation; it does not check the grammar beyond that.
 */

interface Lexed {
  literals: LiteralSpan[];
  comments: { start: number; end: number }[];
  /** Literals that are not plain data (an interpolation), with where. */
  problems: string[];
  syntax: SyntaxProblem[];
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', f: '\f', b: '\b', t: '\t', v: '\v' };

/**
 * The value of a non-raw string's body (between its quotes). Throws a SyntaxError for what Dart
 * rejects (a malformed \x or \u escape, a `$` followed by neither an identifier nor `{`) and an Error
 * for an interpolation, which is valid code but not plain data.
 */
export function decodeDartString(body: string): string {
  let out = '';
  for (let at = 0; at < body.length; ) {
    const ch = body[at]!;
    if (ch === '$') {
      if (/^\$(?:\{|[A-Za-z_])/.test(body.slice(at, at + 2))) throw new Error(`an interpolation ${body.slice(at, at + 10)}`);
      throw new SyntaxError("a $ that starts no interpolation (Dart requires an identifier or { after it)");
    }
    if (ch !== '\\') {
      out += ch;
      at++;
      continue;
    }
    const next = body[at + 1];
    if (next === undefined) throw new SyntaxError('a backslash at the end of a string');
    let match: RegExpExecArray | null;
    if (next === 'x') {
      if ((match = /^[0-9A-Fa-f]{2}/.exec(body.slice(at + 2))) === null) throw new SyntaxError('\\x needs two hex digits');
      out += String.fromCharCode(parseInt(match[0], 16));
      at += 4;
    } else if (next === 'u' && body[at + 2] === '{') {
      if ((match = /^\{([0-9A-Fa-f]{1,6})\}/.exec(body.slice(at + 2))) === null) throw new SyntaxError('malformed \\u{...} escape');
      out += scalar(parseInt(match[1]!, 16));
      at += 2 + match[0].length;
    } else if (next === 'u') {
      if ((match = /^[0-9A-Fa-f]{4}/.exec(body.slice(at + 2))) === null) throw new SyntaxError('\\u needs four hex digits or {...}');
      // A \uXXXX pair may spell a surrogate pair; a lone one is checked once the string is complete.
      out += String.fromCharCode(parseInt(match[0], 16));
      at += 6;
    } else {
      // Any other escaped character is itself: \\ \' \" \$ and the rest.
      out += SIMPLE_ESCAPES[next] ?? next;
      at += 2;
    }
  }
  if (/\p{Cs}/u.test(out)) throw new Error('a lone surrogate');
  return out;
}

const lineColumn = (code: string, offset: number) => {
  const before = code.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
};

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
/** A multi-line string's first line is dropped when it holds only blanks (each may be escaped) and a line break. */
const BLANK_FIRST_LINE = /^(?:\\?[ \t])*\\?(?:\r\n|\r|\n)/;

export function lexDart(code: string): Lexed {
  const lexed: Lexed = { literals: [], comments: [], problems: [], syntax: [] };
  const open: { ch: string; at: number }[] = [];
  const problem = (at: number, message: string) => lexed.syntax.push({ ...lineColumn(code, at), message });
  const strings: (LiteralSpan | { start: number; end: number; problem: string })[] = [];
  let at = 0;
  while (at < code.length) {
    const string = /^(r?)('''|"""|'|")/.exec(code.slice(at, at + 4));
    // An `r` that ends a name (`bar'...'`, not Dart) is no raw prefix: only an `r` after a non-name character is.
    if (code.startsWith('//', at)) {
      const end = code.indexOf('\n', at);
      const stop = end === -1 ? code.length : end;
      lexed.comments.push({ start: at, end: stop });
      at = stop;
    } else if (code.startsWith('/*', at)) {
      let depth = 0;
      let end = at;
      for (; end < code.length; end++) {
        if (code.startsWith('/*', end)) depth++, end++;
        else if (code.startsWith('*/', end) && --depth === 0) break;
      }
      if (end >= code.length) return problem(at, 'a /* comment that is not closed'), lexed;
      lexed.comments.push({ start: at, end: end + 2 });
      at = end + 2;
    } else if (string !== null && (string[1] === '' || !/[A-Za-z0-9_$]/.test(code[at - 1] ?? ''))) {
      const raw = string[1] === 'r';
      const quote = string[2]!;
      const bodyStart = at + string[0].length;
      const end = raw ? code.indexOf(quote, bodyStart) : closingQuote(code, bodyStart, quote);
      if (end === -1) return problem(at, `a ${quote} string that is not closed`), lexed;
      let body = code.slice(bodyStart, end);
      const stop = end + quote.length;
      if (quote.length === 1 && /[\r\n]/.test(body)) return problem(at, 'a line break in a one-line string'), lexed;
      if (quote.length === 3) body = body.replace(BLANK_FIRST_LINE, '');
      try {
        strings.push({ start: at, end: stop, value: raw ? body : decodeDartString(body) });
      } catch (error) {
        if (error instanceof SyntaxError) return problem(at, error.message), lexed;
        strings.push({ start: at, end: stop, problem: `${lineColumn(code, at).line}:${lineColumn(code, at).column} ${(error as Error).message}: ${JSON.stringify(code.slice(at, stop).slice(0, 80))}` });
      }
      at = stop;
    } else if (CLOSING[code[at]!] !== undefined) {
      open.push({ ch: code[at]!, at });
      at++;
    } else if (')]}'.includes(code[at]!)) {
      const last = open.pop();
      if (last === undefined || CLOSING[last.ch] !== code[at]) return problem(at, `an unexpected ${code[at]}`), lexed;
      at++;
    } else {
      at++;
    }
  }
  for (const left of open) problem(left.at, `a ${left.ch} that is not closed`);
  for (const joined of joinAdjacent(code, strings)) {
    if ('problem' in joined) lexed.problems.push(joined.problem);
    else lexed.literals.push(joined);
  }
  return lexed;
}

/** Where the closing quote of a non-raw string is, escapes skipped; -1 when it is not closed. */
function closingQuote(code: string, from: number, quote: string): number {
  for (let at = from; at < code.length; at++) {
    if (code[at] === '\\') at++;
    else if (code.startsWith(quote, at)) return at;
  }
  return -1;
}

/** Adjacent string literals (only white space between them) are one string in Dart: `'a' 'b'` is `'ab'`. */
function joinAdjacent(code: string, strings: (LiteralSpan | { start: number; end: number; problem: string })[]) {
  const joined: typeof strings = [];
  for (const string of strings) {
    const last = joined[joined.length - 1];
    if (last !== undefined && 'value' in last && 'value' in string && /^\s*$/.test(code.slice(last.end, string.start))) {
      joined[joined.length - 1] = { start: last.start, end: string.end, value: last.value + string.value };
    } else joined.push(string);
  }
  return joined;
}

export async function dartProblems(code: string): Promise<SyntaxProblem[]> {
  return lexDart(code).syntax;
}

export async function scanDart(code: string): Promise<LiteralScan> {
  const { literals, comments, problems } = lexDart(code);
  return { literals, comments, problems };
}

/** Nothing to start: the lexer runs in process. */
export async function dartReady(): Promise<void> {}
