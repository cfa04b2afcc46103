import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, isPlainMultiline } from '../literal.js';

/**
 * What a Kotlin string literal cannot hold as itself: `"`, `\`, invisible characters, and a `$` that
 * could start a template (`$name`, `${...}`, `$\`name\``: any `$` before a character that is not a digit,
 * space or ASCII punctuation other than `{` and `_`); any other `$` is itself, so a placeholder such as
 * `{{price_$1}}` stays as written.
 */
const STRING = escapePattern(`"\\\\${INVISIBLE_CLASS}`, String.raw`\$(?![0-9 .,;:!?()[\]}<>=+\-*/%&|^~@#'"\\$]|$)`);

/** Kotlin's escapes: \\ \" \$ \n \r \t and fixed-width \uXXXX (no octal, no \x); `\u` is read inside the literal only, unlike Java's. */
function escapeInString(ch: string): string {
  return ch === '$' ? '\\$' : backslashEscape(ch, (cp) => '\\u' + hex(cp, 4));
}

/** A Kotlin string literal. Not a raw `"""` string: it can escape nothing, `$` included. */
export const ktStr = (text: string) => '"' + escapeMatches(text, STRING, escapeInString) + '"';

/** The most lines written as a `+` chain: kotlinc 1.3 crashes on a chain of a thousand (its recursion overflows). */
const MAX_CHAINED_LINES = 50;

/**
 * Multi-line text as one literal per line joined with `+` at the end of each line (a line starting
 * with `+` would be a new statement in Kotlin), in parentheses so that the result, like a single
 * literal, can take a method call (`.toByteArray()`). Longer text is one literal.
 */
export function ktText(text: string): string {
  // One line, or several where the only line feed ends the text: a single literal.
  if (!isPlainMultiline(text) || text.indexOf('\n') === text.length - 1) return ktStr(text);
  if (text.split('\n').length > MAX_CHAINED_LINES) return ktStr(text);
  return '("' + escapeMatches(text, STRING, escapeInLines) + '")';
}

/** Like `escapeInString`, but a line feed that is not the last character also ends the literal. */
const escapeInLines = (ch: string, offset: number, text: string) => (ch === '\n' && offset + 1 < text.length ? '\\n" +\n    "' : escapeInString(ch));

export const helpers = { ktStr, ktText };
