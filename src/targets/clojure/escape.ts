import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, isPlainMultiline } from '../literal.js';

/** Clojure strings have no interpolation; their escapes are Java's (`\uXXXX`, no `\x`). */
const ONE_LINE = escapePattern(`"\\\\${INVISIBLE_CLASS}`);
const MULTI_LINE = escapePattern('"\\\\');

const escapeChar = (ch: string) => backslashEscape(ch, (cp) => '\\u' + hex(cp, 4));

/** A Clojure string literal (a java.lang.String), on one line. */
export const cljStr = (text: string) => '"' + escapeMatches(text, ONE_LINE, escapeChar) + '"';

/**
 * Multi-line text as a literal that keeps its line breaks (a Clojure string may span lines), so it
 * reads as it is sent; text with another invisible character is a one-line literal.
 */
export const cljText = (text: string) => (isPlainMultiline(text) ? '"' + escapeMatches(text, MULTI_LINE, escapeChar) + '"' : cljStr(text));

export const helpers = { cljStr, cljText };
