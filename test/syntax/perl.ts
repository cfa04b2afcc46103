import type { LiteralScan, LiteralSpan } from '../fuzz/literals.js';
import type { SyntaxProblem } from './tree-sitter.js';

/**
 * Perl has no tree-sitter grammar in tree-sitter-wasms (and only perl can parse Perl). A lexer for the
 * forms the Perl snippets write (perlop "Quote and Quote-like Operators": '...', "..." with its
 * escapes and interpolation, `#` comments, brackets) finds the literals and the structure: enough to
 * read every literal's value for the fuzz property (checked against the real perl in
 * test/fuzz/decoders-r-perl.test.ts) and to catch a value that closes its literal early.
 * test/syntax/r-perl-parse.test.ts compiles every snapshot with perl itself.
 *
 * The snippets have no `use utf8`: a literal's value is bytes, read here as UTF-8 (what the clients
 * send); bytes that are not UTF-8 are a problem.
 */

// ignoreBOM: a leading U+FEFF is part of the value, not a byte order mark to drop.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function fromBytes(bytes: number[]): string {
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    throw new Error('bytes that are not UTF-8');
  }
}

const asBytes = (text: string) => [...Buffer.from(text, 'utf8')];

/** A single-quoted string's body: `\\` and `\'` are escapes, any other backslash is itself. */
export function decodePerlSingleQuoted(body: string): string {
  return body.replace(/\\([\\'])/g, '$1');
}

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = { n: 0x0a, t: 0x09, r: 0x0d, f: 0x0c, a: 0x07, e: 0x1b };

/**
 * A double-quoted piece without interpolation (the text between two interpolated variables): its
 * value as bytes read as UTF-8. A code point escape above \xFF (`\x{263A}`, `\N{U+263A}`) would make
 * a wide-character string no client sends as such: it throws.
 */
export function decodePerlDoubleQuoted(body: string): string {
  const bytes: number[] = [];
  for (let at = 0; at < body.length; ) {
    const ch = body[at]!;
    if (ch !== '\\') {
      const cp = body.codePointAt(at)!;
      bytes.push(...asBytes(String.fromCodePoint(cp)));
      at += cp > 0xffff ? 2 : 1;
      continue;
    }
    const rest = body.slice(at + 1);
    let match: RegExpExecArray | null;
    let value: number;
    if ((match = /^x\{\s*([0-9A-Fa-f]*)\s*\}/.exec(rest)) !== null || (match = /^x([0-9A-Fa-f]{0,2})/.exec(rest)) !== null) {
      value = match[1] === '' ? 0 : parseInt(match[1]!, 16);
    } else if ((match = /^o\{([0-7]+)\}/.exec(rest)) !== null || (match = /^([0-7]{1,3})/.exec(rest)) !== null) {
      value = parseInt(match[1]!, 8);
    } else if (rest[0] !== undefined && SIMPLE_ESCAPES[rest[0]] !== undefined) {
      match = /^./.exec(rest)!;
      value = SIMPLE_ESCAPES[rest[0]]!;
    } else if (rest[0] !== undefined && /[A-Za-z0-9]/.test(rest[0])) {
      // \N{...}, \c?, \l, \u, \L, \U, \Q, \E and the like change or name characters: the snippets write none.
      throw new Error(`an escape the Perl snippets do not write: \\${rest[0]}`);
    } else {
      // a backslash before any other character is that character
      const cp = rest.codePointAt(0);
      if (cp === undefined) throw new Error('a backslash at the end of a string');
      bytes.push(...asBytes(String.fromCodePoint(cp)));
      at += 1 + (cp > 0xffff ? 2 : 1);
      continue;
    }
    if (value > 0xff) throw new Error(`a code point escape above \\xFF (a wide character): \\${match[0]}`);
    bytes.push(value);
    at += 1 + match[0].length;
  }
  return fromBytes(bytes);
}

/**
 * Where an interpolated variable starts in a double-quoted body and where it ends: `$name`, `${name}`,
 * `$name->{...}` / `[...]` subscripts, `@name`, `$!`. Undefined when none starts at `at`.
 */
function interpolationEnd(body: string, at: number): number | undefined {
  const sigil = body[at];
  if (sigil !== '$' && sigil !== '@') return undefined;
  const rest = body.slice(at + 1);
  let match = (sigil === '$' ? /^(?:[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)*|\{[A-Za-z_][A-Za-z0-9_]*\}|[!@/\\;,.0-9&`'+])/ : /^(?:[A-Za-z_][A-Za-z0-9_]*|\{[A-Za-z_][A-Za-z0-9_]*\})/).exec(rest);
  if (match === null) return undefined;
  let end = at + 1 + match[0].length;
  // Subscripts: ->{...}, ->[...], {...}, [...] right after the name.
  while ((match = /^(?:->)?(?:\{[^{}]*\}|\[[^[\]]*\])/.exec(body.slice(end))) !== null) end += match[0].length;
  return end;
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

export function lexPerl(code: string): Lexed {
  const lexed: Lexed = { literals: [], comments: [], problems: [], syntax: [] };
  const open: { ch: string; at: number }[] = [];
  const problem = (at: number, message: string) => lexed.syntax.push({ ...lineColumn(code, at), message });
  const literal = (start: number, end: number, decode: () => string) => {
    try {
      lexed.literals.push({ start, end, value: decode() });
    } catch (error) {
      lexed.problems.push(`${lineColumn(code, start).line} ${(error as Error).message}: ${JSON.stringify(code.slice(start, end).slice(0, 80))}`);
    }
  };
  let at = 0;
  while (at < code.length) {
    const ch = code[at]!;
    // A sigil before '#', quote or bracket makes a variable ($#array, $', $!, @{...}), not a comment or a string.
    if ((ch === '$' || ch === '@') && code[at + 1] !== undefined && `#'"`.includes(code[at + 1]!)) {
      at += 2;
    } else if (ch === '#') {
      const end = code.indexOf('\n', at);
      const stop = end === -1 ? code.length : end;
      lexed.comments.push({ start: at, end: stop });
      at = stop;
    } else if (ch === "'") {
      const match = /^(?:[^'\\]|\\[^])*'/.exec(code.slice(at + 1));
      if (match === null) return problem(at, "a ' string that is not closed"), lexed;
      const end = at + 1 + match[0].length;
      literal(at, end, () => decodePerlSingleQuoted(match[0].slice(0, -1)));
      at = end;
    } else if (ch === '"') {
      const match = /^(?:[^"\\]|\\[^])*"/.exec(code.slice(at + 1));
      if (match === null) return problem(at, 'a " string that is not closed'), lexed;
      const end = at + 1 + match[0].length;
      // Each piece between interpolated variables is a literal; the variables are code.
      let pieceStart = at + 1;
      let pieceAt = pieceStart;
      const closePiece = (pieceEnd: number, first: boolean, last: boolean) => {
        const start = first ? at : pieceStart;
        const stop = last ? end : pieceEnd;
        literal(start, stop, () => decodePerlDoubleQuoted(code.slice(pieceStart, pieceEnd)));
      };
      let first = true;
      while (pieceAt < end - 1) {
        if (code[pieceAt] === '\\') {
          pieceAt += 2;
          continue;
        }
        const variableEnd = interpolationEnd(code.slice(0, end - 1), pieceAt);
        if (variableEnd === undefined) {
          pieceAt++;
          continue;
        }
        if (pieceAt > pieceStart || first) closePiece(pieceAt, first, false);
        first = false;
        pieceStart = variableEnd;
        pieceAt = variableEnd;
      }
      closePiece(end - 1, first, true);
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
  lexed.literals = joinConcatenations(code, lexed.literals);
  return lexed;
}

/** `"a" . '{{$guid}}'` is one string expression (how plStr keeps a `$` placeholder readable). */
function joinConcatenations(code: string, literals: LiteralSpan[]): LiteralSpan[] {
  const joined: LiteralSpan[] = [];
  for (const literal of literals) {
    const last = joined[joined.length - 1];
    if (last !== undefined && /^\s*\.\s*$/.test(code.slice(last.end, literal.start))) joined[joined.length - 1] = { start: last.start, end: literal.end, value: last.value + literal.value };
    else joined.push(literal);
  }
  return joined;
}

export async function perlProblems(code: string): Promise<SyntaxProblem[]> {
  return lexPerl(code).syntax;
}

export async function scanPerl(code: string): Promise<LiteralScan> {
  const { literals, comments, problems } = lexPerl(code);
  return { literals, comments, problems };
}

/** Nothing to start: the lexer runs in process. */
export async function perlReady(): Promise<void> {}
