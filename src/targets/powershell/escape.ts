import { escapeMatches, escapePattern, hex, INVISIBLE_CLASS, isPlainMultiline } from '../literal.js';

/**
 * PowerShell string literals. Data goes only into single-quoted strings and here-strings, which
 * expand nothing (`$x`, `$(...)`, backticks stay text). In a single-quoted string PowerShell reads
 * the typographic single quotes U+2018, U+2019, U+201A and U+201B as quote characters too, so each
 * of them is doubled like `'`. An invisible character cannot be written in them: it is spliced in as
 * an expandable string holding only a backtick escape ("`n", "`u{2028}"), never data.
 */

const QUOTES = escapePattern("'\\u2018\\u2019\\u201a\\u201b");
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);
const INVISIBLE_RUN = new RegExp(`[${INVISIBLE_CLASS}]+`, 'g');

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\0': '`0', '\x07': '`a', '\b': '`b', '\x1b': '`e', '\f': '`f', '\n': '`n', '\r': '`r', '\t': '`t', '\v': '`v' };

const doubled = (quote: string) => quote + quote;
const singleQuoted = (text: string) => `'${escapeMatches(text, QUOTES, doubled)}'`;

/** An expandable string of backtick escapes only, one per character. */
const escapesOnly = (run: string) => `"${[...run].map((ch) => SHORT_ESCAPES[ch] ?? '`u{' + hex(ch.charCodeAt(0), 4) + '}').join('')}"`;

/**
 * A PowerShell expression that is exactly `text`: one single-quoted string, or, when the text holds
 * invisible characters, a parenthesised `+` of single-quoted pieces and escape-only strings (the
 * parentheses keep it one value in a command's argument list).
 */
export function psStr(text: string): string {
  if (!INVISIBLE.test(text)) return singleQuoted(text);
  const pieces: string[] = [];
  let at = 0;
  for (const match of text.matchAll(INVISIBLE_RUN)) {
    if (match.index > at) pieces.push(singleQuoted(text.slice(at, match.index)));
    pieces.push(escapesOnly(match[0]));
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push(singleQuoted(text.slice(at)));
  return `(${pieces.join(' + ')})`;
}

/** A line a here-string would end at: a single quote of any kind, then `@`. */
const HERE_STRING_END = /^['\u2018\u2019\u201a\u201b]@/m;

/**
 * Multi-line text as a verbatim here-string `@'...'@` (its lines as they are; the line break before
 * the closing `'@` is not part of the text), or as `psStr` when a line would end it early or the
 * text holds other invisible characters (a CR among them).
 */
export function psText(text: string): string {
  if (!isPlainMultiline(text) || text.includes('\t') || HERE_STRING_END.test(text)) return psStr(text);
  return `@'\n${text}\n'@`;
}

export const helpers = { psStr, psText };
