import type { LiteralScan, LiteralSpan } from '../fuzz/literals.js';
import type { SyntaxProblem } from './tree-sitter.js';

/**
 * F# has no tree-sitter grammar in tree-sitter-wasms and its only parser is the compiler (seconds per
 * call), which the execution suite runs on every fixture. Here a lexer written from the F# language
 * spec (3.2 comments, 3.5 strings) finds string literals, comments and bracket structure: enough to
 * read every literal's value for the fuzz property (decodeFSharpString is checked against the real
 * `dotnet fsi` in test/fuzz/decoders-fsharp.test.ts) and to catch a value that closes its literal
 * early, which leaves a string or a bracket unclosed.
 */

interface Lexed {
  literals: LiteralSpan[];
  comments: { start: number; end: number }[];
  problems: string[];
  syntax: SyntaxProblem[];
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', b: '\b', r: '\r', a: '\x07', f: '\f', v: '\v', '\\': '\\', '"': '"', "'": "'" };

/** The value of a regular string's body (between its quotes), F# spec 3.5; `\0` is not an escape (dotnet fsi reads it as two characters). */
export function decodeFSharpString(body: string): string {
  let out = '';
  for (let at = 0; at < body.length; ) {
    const ch = body[at]!;
    if (ch !== '\\') {
      out += ch;
      at++;
      continue;
    }
    const rest = body.slice(at + 1);
    let match: RegExpExecArray | null;
    if ((match = /^(?:\r\n|\n)[ \t]*/.exec(rest)) !== null) {
      // a backslash before a line break joins the lines, leading blanks of the next one dropped
      at += 1 + match[0].length;
    } else if ((match = /^[0-9]{3}/.exec(rest)) !== null) {
      const code = Number(match[0]);
      if (code > 255) throw new Error(`a trigraph above 255: \\${match[0]}`);
      out += String.fromCharCode(code);
      at += 4;
    } else if ((match = /^x[0-9A-Fa-f]{2}/.exec(rest)) !== null || (match = /^u[0-9A-Fa-f]{4}/.exec(rest)) !== null) {
      out += String.fromCharCode(parseInt(match[0].slice(1), 16));
      at += 1 + match[0].length;
    } else if ((match = /^U[0-9A-Fa-f]{8}/.exec(rest)) !== null) {
      out += String.fromCodePoint(parseInt(match[0].slice(1), 16));
      at += 1 + match[0].length;
    } else if (rest[0] !== undefined && SIMPLE_ESCAPES[rest[0]] !== undefined) {
      out += SIMPLE_ESCAPES[rest[0]];
      at += 2;
    } else {
      // any other backslash is kept as it is
      out += '\\';
      at++;
    }
  }
  return out;
}

const lineColumn = (code: string, offset: number) => {
  const before = code.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
};

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

export function lexFSharp(code: string): Lexed {
  const lexed: Lexed = { literals: [], comments: [], problems: [], syntax: [] };
  const open: { ch: string; at: number }[] = [];
  const problem = (at: number, message: string) => lexed.syntax.push({ ...lineColumn(code, at), message });
  let at = 0;
  while (at < code.length) {
    const rest = code.slice(at, at + 4);
    if (rest.startsWith('//')) {
      const end = code.indexOf('\n', at);
      const stop = end === -1 ? code.length : end;
      lexed.comments.push({ start: at, end: stop });
      at = stop;
    } else if (rest.startsWith('(*') && !rest.startsWith('(*)')) {
      let depth = 0;
      let end = at;
      for (; end < code.length; end++) {
        if (code.startsWith('(*', end)) depth++, end++;
        else if (code.startsWith('*)', end) && --depth === 0) break;
      }
      if (end >= code.length) return problem(at, 'a (* comment that is not closed'), lexed;
      lexed.comments.push({ start: at, end: end + 2 });
      at = end + 2;
    } else if (/^(\$@|@\$|\$|@)?"/.test(rest)) {
      const prefix = /^(\$@|@\$|\$|@)?/.exec(rest)![0];
      const quoteAt = at + prefix.length;
      const triple = code.startsWith('"""', quoteAt);
      let end: number;
      let value: string;
      if (triple) {
        end = code.indexOf('"""', quoteAt + 3);
        if (end === -1) return problem(at, 'a """ string that is not closed'), lexed;
        value = code.slice(quoteAt + 3, end);
        end += 3;
      } else if (prefix.includes('@')) {
        const match = /^(?:[^"]|"")*"/.exec(code.slice(quoteAt + 1));
        if (match === null) return problem(at, 'a verbatim string that is not closed'), lexed;
        value = match[0].slice(0, -1).replaceAll('""', '"');
        end = quoteAt + 1 + match[0].length;
      } else {
        const match = /^(?:[^"\\]|\\[^])*"/.exec(code.slice(quoteAt + 1));
        if (match === null) return problem(at, 'a string that is not closed'), lexed;
        value = decodeFSharpString(match[0].slice(0, -1));
        end = quoteAt + 1 + match[0].length;
      }
      if (prefix.includes('$') && /[{}]/.test(value)) lexed.problems.push(`${lineColumn(code, at).line} an interpolated string with braces: ${JSON.stringify(code.slice(at, end).slice(0, 80))}`);
      else lexed.literals.push({ start: at, end, value });
      at = end;
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
  lexed.literals = joinConcatenations(code, lexed.literals);
  return lexed;
}

/** `"a" +` and `"b"` on the next line are one string expression (how fsText writes multi-line text). */
function joinConcatenations(code: string, literals: LiteralSpan[]): LiteralSpan[] {
  const joined: LiteralSpan[] = [];
  for (const literal of literals) {
    const last = joined[joined.length - 1];
    if (last !== undefined && /^\s*\+\s*$/.test(code.slice(last.end, literal.start))) joined[joined.length - 1] = { start: last.start, end: literal.end, value: last.value + literal.value };
    else joined.push(literal);
  }
  return joined;
}

export async function fsharpProblems(code: string): Promise<SyntaxProblem[]> {
  return lexFSharp(code).syntax;
}

export async function scanFSharp(code: string): Promise<LiteralScan> {
  const { literals, comments, problems } = lexFSharp(code);
  return { literals, comments, problems };
}

/** Nothing to start: the lexer runs in process. */
export async function fsharpReady(): Promise<void> {}
