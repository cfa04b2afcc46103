import type { LiteralScan, LiteralSpan } from '../fuzz/literals.js';
import { decodeCrystalString } from '../fuzz/decoders/crystal.js';
import type { SyntaxProblem } from './tree-sitter.js';

/**
 * Crystal has no tree-sitter grammar in tree-sitter-wasms, and its parser is the compiler, which the
 * execution suite runs on every fixture. Here a lexer of what the snippets are made of finds `#`
 * comments, double-quoted strings and bracket structure: enough to read every literal's value for
 * the fuzz property (decodeCrystalString, checked against the real `crystal`) and to catch a value
 * that closes its literal early, which leaves a string or a bracket unclosed.
 */

interface Lexed {
  literals: LiteralSpan[];
  comments: { start: number; end: number }[];
  problems: string[];
  syntax: SyntaxProblem[];
}

const lineColumn = (code: string, offset: number) => {
  const before = code.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
};

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

export function lexCrystal(code: string): Lexed {
  const lexed: Lexed = { literals: [], comments: [], problems: [], syntax: [] };
  const open: { ch: string; at: number }[] = [];
  const problem = (at: number, message: string) => lexed.syntax.push({ ...lineColumn(code, at), message });
  let at = 0;
  while (at < code.length) {
    const ch = code[at]!;
    if (ch === '#') {
      const end = code.indexOf('\n', at);
      const stop = end === -1 ? code.length : end;
      lexed.comments.push({ start: at, end: stop });
      at = stop;
    } else if (ch === '"') {
      const match = /^(?:[^"\\]|\\[^])*"/.exec(code.slice(at + 1));
      if (match === null) return problem(at, 'a string that is not closed'), lexed;
      const end = at + 1 + match[0].length;
      try {
        lexed.literals.push({ start: at, end, value: decodeCrystalString(match[0].slice(0, -1)) });
      } catch (error) {
        lexed.problems.push(`${lineColumn(code, at).line}:${lineColumn(code, at).column} ${(error as Error).message}: ${JSON.stringify(code.slice(at, end).slice(0, 80))}`);
      }
      at = end;
    } else if (ch === "'") {
      return problem(at, 'a character literal (the snippets write none)'), lexed;
    } else if (CLOSING[ch] !== undefined) {
      open.push({ ch, at });
      at++;
    } else if (')]}'.includes(ch)) {
      const last = open.pop();
      if (last === undefined || CLOSING[last.ch] !== ch) return problem(at, `an unexpected ${ch}`), lexed;
      at++;
    } else {
      at++;
    }
  }
  for (const left of open) problem(left.at, `a ${left.ch} that is not closed`);
  return lexed;
}

export async function crystalProblems(code: string): Promise<SyntaxProblem[]> {
  return lexCrystal(code).syntax;
}

export async function scanCrystal(code: string): Promise<LiteralScan> {
  const { literals, comments, problems } = lexCrystal(code);
  return { literals, comments, problems };
}

/** Nothing to start: the lexer runs in process. */
export async function crystalReady(): Promise<void> {}
