import type { LiteralScan, LiteralSpan } from '../fuzz/literals.js';
import type { SyntaxProblem } from './tree-sitter.js';

/**
 * R has no tree-sitter grammar in tree-sitter-wasms. A lexer written from the R Language Definition
 * (10.3.1 constants, raw strings included, 10.3.2 identifiers, comments) finds string literals, comments and bracket
 * structure: enough to read every literal's value for the fuzz property (decodeRString is checked
 * against the real Rscript in test/fuzz/decoders-r-perl.test.ts) and to catch a value that closes its
 * literal early. test/syntax/r-perl-parse.test.ts parses every snapshot with R's own parser.
 */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', "'": "'", '`': '`', ' ': ' ' };

/** The value of a quoted string's body (between its quotes). R refuses NUL (`\0`, `\x00`, `\u{0}`) and unknown escapes: both throw here too. */
export function decodeRString(body: string): string {
  let out = '';
  // R refuses a string that mixes \u / \U escapes with octal or \x ones.
  const kinds = new Set<'unicode' | 'byte'>();
  const codePoint = (cp: number, escape: string) => {
    if (cp === 0) throw new Error(`a NUL escape ${escape}: R strings cannot hold NUL`);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw new Error(`an invalid code point escape ${escape}`);
    out += String.fromCodePoint(cp);
  };
  for (let at = 0; at < body.length; ) {
    const ch = body[at]!;
    if (ch !== '\\') {
      out += ch;
      at++;
      continue;
    }
    const rest = body.slice(at + 1);
    let match: RegExpExecArray | null;
    if ((match = /^[0-7]{1,3}/.exec(rest)) !== null) {
      const cp = parseInt(match[0], 8);
      if (cp > 0x7f) throw new Error(`an octal escape above \\177 is a byte, not a character: \\${match[0]}`);
      kinds.add('byte');
      codePoint(cp, `\\${match[0]}`);
    } else if ((match = /^x([0-9A-Fa-f]{1,2})/.exec(rest)) !== null) {
      const cp = parseInt(match[1]!, 16);
      if (cp > 0x7f) throw new Error(`a \\x escape above 7F is a byte, not a character: \\${match[0]}`);
      kinds.add('byte');
      codePoint(cp, `\\${match[0]}`);
    } else if ((match = /^u\{([0-9A-Fa-f]{1,4})\}/.exec(rest)) !== null || (match = /^u([0-9A-Fa-f]{1,4})/.exec(rest)) !== null) {
      kinds.add('unicode');
      codePoint(parseInt(match[1]!, 16), `\\${match[0]}`);
    } else if ((match = /^U\{([0-9A-Fa-f]{1,8})\}/.exec(rest)) !== null || (match = /^U([0-9A-Fa-f]{1,8})/.exec(rest)) !== null) {
      kinds.add('unicode');
      codePoint(parseInt(match[1]!, 16), `\\${match[0]}`);
    } else if (rest[0] !== undefined && SIMPLE_ESCAPES[rest[0]] !== undefined) {
      out += SIMPLE_ESCAPES[rest[0]];
      at += 2;
      continue;
    } else {
      throw new Error(`an escape R does not know: \\${rest[0] ?? ''}`);
    }
    at += 1 + match[0].length;
  }
  if (kinds.size === 2) throw new Error('a string mixing \\u and octal or \\x escapes, which R refuses');
  return out;
}

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

export function lexR(code: string): Lexed {
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
    } else if (/^[rR]["']/.test(code.slice(at, at + 2)) && !/[A-Za-z0-9._]/.test(code[at - 1] ?? '')) {
      // A raw string (R 4.0+): r"(...)", r"-[...]-", ... taken as it is up to the closing bracket, dashes and quote.
      const open = /^[rR](["'])(-*)([([{])/.exec(code.slice(at));
      if (open === null) return problem(at, 'a raw string without its opening bracket'), lexed;
      const closing = { '(': ')', '[': ']', '{': '}' }[open[3]!]! + open[2]! + open[1]!;
      const end = code.indexOf(closing, at + open[0].length);
      if (end === -1) return problem(at, 'a raw string that is not closed'), lexed;
      lexed.literals.push({ start: at, end: end + closing.length, value: code.slice(at + open[0].length, end) });
      at = end + closing.length;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      const match = new RegExp(`^(?:[^${ch}\\\\]|\\\\[^])*${ch}`).exec(code.slice(at + 1));
      if (match === null) return problem(at, `a ${ch} string that is not closed`), lexed;
      const end = at + 1 + match[0].length;
      if (ch !== '`') {
        try {
          lexed.literals.push({ start: at, end, value: decodeRString(match[0].slice(0, -1)) });
        } catch (error) {
          lexed.problems.push(`${lineColumn(code, at).line} ${(error as Error).message}`);
        }
      }
      at = end;
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

export async function rProblems(code: string): Promise<SyntaxProblem[]> {
  return lexR(code).syntax;
}

export async function scanR(code: string): Promise<LiteralScan> {
  const { literals, comments, problems } = lexR(code);
  return { literals, comments, problems };
}

/** Nothing to start: the lexer runs in process. */
export async function rReady(): Promise<void> {}
