import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, isPlainMultiline, plainQuotedLines } from '../literal.js';

const STRING = escapePattern(`"\\\\${INVISIBLE_CLASS}`);

function escapeInString(ch: string): string {
  return backslashEscape(ch, (cp) => (cp <= 0xff ? '\\' + cp.toString(8).padStart(3, '0') : '\\u' + hex(cp, 4)));
}

/**
 * A Java string literal. Java turns `\uXXXX` into a character before it lexes the source, so a
 * `\u000a` or `\u0022` escape would end the literal: controls up to U+00FF use octal escapes, and
 * only characters that are harmless in a literal (U+2028 and the like) use `\u`.
 */
export const javaStr = (text: string) => '"' + escapeMatches(text, STRING, escapeInString) + '"';

/** What follows the `\n` that ends a line's literal in javaText: the next line's literal. */
const LINE_BREAK = '"\n    + "';

/**
 * Multi-line text as one literal per line joined with `+` (Java 8 has no text blocks), wrapped in
 * parentheses so that the result, like a single literal, can take a method call (`.getBytes(...)`).
 * javac folds the constant concatenation back into one string.
 */
export function javaText(text: string): string {
  // One line, or several where the only line feed ends the text: a single literal.
  if (!isPlainMultiline(text) || text.indexOf('\n') === text.length - 1) return javaStr(text);
  const plain = plainQuotedLines(text, LINE_BREAK);
  return plain !== undefined ? '(' + plain + ')' : '("' + escapeMatches(text, STRING, escapeInLines) + '")';
}

/** Like `escapeInString`, but a line feed that is not the last character also ends the literal. */
const escapeInLines = (ch: string, offset: number, text: string) =>
  ch === '\n' && offset + 1 < text.length ? '\\n' + LINE_BREAK : escapeInString(ch);

export const helpers = { javaStr, javaText };
