import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, plainQuotedLines } from '../literal.js';

const REGULAR = escapePattern(`"\\\\${INVISIBLE_CLASS}`);

function escapeInRegular(ch: string): string {
  return backslashEscape(ch, (cp) => '\\u' + hex(cp, 4));
}

/** A C# regular string literal. `\x` takes one to four hex digits, so only fixed-width `\u` is used. */
export const csStr = (text: string) => '"' + escapeMatches(text, REGULAR, escapeInRegular) + '"';

/** What follows the `\n` that ends a line's literal in csText: the next line's literal. */
const LINE_BREAK = '" +\n    "';

/**
 * Multi-line text as one regular literal per line, joined with `+`. Not a verbatim `@"..."` string:
 * that one takes the line endings of the file it is pasted into, so CRLF could replace LF.
 */
export const csText = (text: string) => plainQuotedLines(text, LINE_BREAK) ?? '"' + escapeMatches(text, REGULAR, escapeInLines) + '"';

/** Like `escapeInRegular`, but a line feed that is not the last character also ends the literal. */
const escapeInLines = (ch: string, offset: number, text: string) =>
  ch === '\n' && offset + 1 < text.length ? '\\n' + LINE_BREAK : escapeInRegular(ch);

export const helpers = { csStr, csText };
