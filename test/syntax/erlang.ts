import type { LiteralScan } from '../fuzz/literals.js';
import { Brackets, emptyLexed, positionOf, type Lexed } from './lexed.js';
import type { SyntaxProblem } from './tree-sitter.js';

/**
 * Erlang has no tree-sitter grammar in tree-sitter-wasms: this lexer reads what the httpc escripts are
 * made of, as erl_scan (OTP 25) does: a `#!` first line, `%` comments, strings with Erlang's escapes
 * (`\b \d \e \f \n \r \s \t \v \\ \" \'`, `\^X`, octal `\OOO`, `\xHH`, `\x{H…}`), quoted atoms,
 * character literals (`$a`, `$\n`), and nested ( ) [ ] { } << >>. A string's value is its characters.
 */
export function lexErlang(code: string): Lexed {
  const lexed = emptyLexed();
  const brackets = new Brackets(code, lexed);
  let at = code.startsWith('#!') ? code.indexOf('\n') : 0;
  if (at === -1) at = code.length;
  while (at < code.length) {
    const ch = code[at]!;
    if (ch === '%') {
      const end = code.indexOf('\n', at);
      const stop = end === -1 ? code.length : end;
      lexed.comments.push({ start: at, end: stop });
      at = stop;
    } else if (ch === '"' || ch === "'") {
      at = readQuoted(code, at, lexed);
    } else if (ch === '$') {
      // a character literal: `$c`, or `$\` and an escape (read through, its value is not data)
      at += code[at + 1] === '\\' ? 2 + escapeLength(code, at + 2) : 1 + String.fromCodePoint(code.codePointAt(at + 1) ?? 32).length;
    } else if (code.startsWith('<<', at)) {
      brackets.push('>>', at);
      at += 2;
    } else if (code.startsWith('>>', at)) {
      brackets.pop('>>', at);
      at += 2;
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

const SHORT_ESCAPES: Readonly<Record<string, string>> = { b: '\b', d: '\x7f', e: '\x1b', f: '\f', n: '\n', r: '\r', s: ' ', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };

/** The length of the escape starting at `at` (after its backslash), as erl_scan reads it. */
function escapeLength(code: string, at: number): number {
  const rest = code.slice(at, at + 16);
  return /^(?:x\{[0-9A-Fa-f]+\}|x[0-9A-Fa-f]{2}|[0-7]{1,3}|\^.)/.exec(rest)?.[0].length ?? 1;
}

/** The escape after the backslash at `at - 1`: its value, or undefined for one erl_scan refuses. */
function escapeValue(code: string, at: number): string | undefined {
  const rest = code.slice(at, at + 16);
  const short = SHORT_ESCAPES[rest[0] ?? ''];
  if (short !== undefined) return short;
  const braced = /^x\{([0-9A-Fa-f]+)\}/.exec(rest);
  const hex = /^x([0-9A-Fa-f]{2})/.exec(rest);
  const octal = /^[0-7]{1,3}/.exec(rest);
  const digits = braced?.[1] ?? hex?.[1];
  if (digits !== undefined) {
    const value = parseInt(digits, 16);
    return value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff) ? undefined : String.fromCodePoint(value);
  }
  if (octal !== null) return String.fromCharCode(parseInt(octal[0], 8));
  if (rest[0] === '^' && rest[1] !== undefined) return String.fromCharCode(rest.charCodeAt(1) & 31);
  return undefined;
}

/** A string (`"`) or quoted atom (`'`) opening at `open`; returns where the code goes on. */
function readQuoted(code: string, open: number, lexed: Lexed): number {
  const quote = code[open]!;
  let value = '';
  let problem: string | undefined;
  let at = open + 1;
  for (; at < code.length && code[at] !== quote; ) {
    if (code[at] !== '\\') {
      value += code[at++];
      continue;
    }
    const escaped = escapeValue(code, at + 1);
    if (escaped === undefined) problem ??= `an escape \\${code[at + 1] ?? ''} the snippets do not write`;
    else value += escaped;
    at += 1 + escapeLength(code, at + 1);
  }
  if (at >= code.length) {
    lexed.syntax.push({ ...positionOf(code, open), message: `a ${quote === '"' ? 'string' : 'quoted atom'} that never ends` });
    return at;
  }
  if (quote === '"') {
    const { line, column } = positionOf(code, open);
    if (problem !== undefined) lexed.problems.push(`${line}:${column} ${problem}: ${JSON.stringify(code.slice(open, Math.min(at + 1, open + 80)))}`);
    else lexed.literals.push({ start: open, end: at + 1, value });
  }
  return at + 1;
}

export async function erlangProblems(code: string): Promise<SyntaxProblem[]> {
  return lexErlang(code).syntax;
}

export async function scanErlang(code: string): Promise<LiteralScan> {
  const { literals, comments, problems } = lexErlang(code);
  return { literals, comments, problems };
}

export async function erlangReady(): Promise<void> {}
