import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS } from '../literal.js';

/**
 * F# string literals (F# language spec 3.5). Only regular "..." strings hold data: never `$"..."`
 * (an interpolated string reads `{x}`), and never a printf format (`%` would be a specifier). A
 * backslash before a line break would join the lines, so every backslash is escaped; invisible
 * characters use `\uXXXX` (fixed width, unlike F#'s decimal trigraph `\DDD`).
 */
const REGULAR = escapePattern(`"\\\\${INVISIBLE_CLASS}`);

const escapeInRegular = (ch: string) => backslashEscape(ch, (cp) => '\\u' + hex(cp, 4));

export const fsStr = (text: string) => '"' + escapeMatches(text, REGULAR, escapeInRegular) + '"';

/**
 * Multi-line text as one literal per line joined with `+`, continued on lines indented by four
 * spaces: print it where such lines line up with the first (`let body =` and the text on the next
 * line). Not a literal with raw line breaks: it would take the line endings of the file it is pasted into.
 */
export const fsText = (text: string) => '"' + escapeMatches(text, REGULAR, escapeInLines) + '"';

const escapeInLines = (ch: string, offset: number, text: string) => (ch === '\n' && offset + 1 < text.length ? '\\n" +\n    "' : escapeInRegular(ch));

export const helpers = { fsStr, fsText };
