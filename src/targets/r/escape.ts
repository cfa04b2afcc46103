import { escapeMatches, escapePattern, hex, INVISIBLE_CLASS, isPrintable } from '../literal.js';

/*
 * R string literals (R Language Definition 10.3.1). Non-ASCII text stays as it is: Rscript reads a
 * snippet in the UTF-8 locale R runs in today, and the clients send a string's UTF-8 bytes. An R string
 * cannot hold NUL at all (not even as `\0`): text that may hold one goes through `rBytes`.
 */

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const ESCAPED = escapePattern(`\\\\"${INVISIBLE_CLASS}`);

/** `\u{XXXX}`: braces, so a following hex digit is not read into the escape. */
const escapeChar = (ch: string) => NAMED_ESCAPES[ch] ?? `\\u{${hex(ch.charCodeAt(0), 4)}}`;

function assertNoNul(text: string): void {
  if (text.includes('\0')) throw new Error('an R string cannot hold a NUL character: write the text with rBytes');
}

/** A double-quoted R string, every invisible character escaped. */
export function rStr(text: string): string {
  assertNoNul(text);
  return '"' + escapeMatches(text, ESCAPED, escapeChar) + '"';
}

/**
 * Text as an R raw string (R 4.0+), which takes every character as it is, when the text is printable
 * (line feeds and tabs included) and has a quote, a backslash or a line break to spare the reader:
 * `r"(...)"`, with as many dashes as it takes (`r"-(...)-"`) for the text not to hold the closing
 * sequence. Other text as `rStr`.
 */
export function rText(text: string): string {
  assertNoNul(text);
  if (!isPrintable(text) || !/["\\\n]/.test(text)) return rStr(text);
  let dashes = '';
  while (text.includes(`)${dashes}"`)) dashes += '-';
  return `r"${dashes}(${text})${dashes}"`;
}

/**
 * Text that may hold NUL, for a client argument that takes a raw vector as well as a string: `rText`
 * without NUL; with NUL, the raw vector of its UTF-8 bytes, each NUL as `as.raw(0)` between the
 * strings around it (`c(charToRaw("a"), as.raw(0), charToRaw("b"))`).
 */
export function rBytes(text: string): string {
  if (!text.includes('\0')) return rText(text);
  const pieces = text.split('\0').map((piece, i) => [...(i > 0 ? ['as.raw(0)'] : []), ...(piece === '' ? [] : [`charToRaw(${rText(piece)})`])]);
  return `c(${pieces.flat().join(', ')})`;
}

export const helpers = { rStr, rText, rBytes };
