import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS } from '../literal.js';

const REGULAR = escapePattern(`"\\\\${INVISIBLE_CLASS}`);

function escapeInRegular(ch: string): string {
  return backslashEscape(ch, (cp) => '\\u' + hex(cp, 4));
}

/** A C# regular string literal. `\x` takes one to four hex digits, so only fixed-width `\u` is used. */
export const csStr = (text: string) => '"' + escapeMatches(text, REGULAR, escapeInRegular) + '"';

/**
 * Multi-line text as one regular literal per line, joined with `+`. Not a verbatim `@"..."` string:
 * that one takes the line endings of the file it is pasted into, so CRLF could replace LF.
 */
export const csText = (text: string) => '"' + escapeMatches(text, REGULAR, escapeInLines) + '"';

/** Like `escapeInRegular`, but a line feed that is not the last character also ends the literal. */
const escapeInLines = (ch: string, offset: number, text: string) =>
  ch === '\n' && offset + 1 < text.length ? '\\n" +\n    "' : escapeInRegular(ch);

export const helpers = { csStr, csText };
