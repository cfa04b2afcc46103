import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, INVISIBLE_EXCEPT_LF_CLASS, isPlainMultiline } from '../literal.js';

/** `#` only where it would start interpolation (`#{`): Crystal, unlike Ruby, has no `#$` or `#@`. */
const DOUBLE_QUOTED = escapePattern(`"\\\\${INVISIBLE_CLASS}`, '#(?=\\{)');

function escapeInDoubleQuoted(ch: string): string {
  return ch === '#' ? '\\#' : backslashEscape(ch, (cp) => `\\u{${hex(cp, 1)}}`);
}

/**
 * A Crystal double-quoted string literal. `#` is escaped before `{`, which would otherwise run
 * code in the reader's process; `{{…}}` is plain text outside a macro, so placeholders stay as written.
 */
export const crStr = (text: string) => '"' + escapeMatches(text, DOUBLE_QUOTED, escapeInDoubleQuoted) + '"';

/** Like DOUBLE_QUOTED, but a line feed stays as it is. */
const MULTI_LINE = escapePattern(`"\\\\${INVISIBLE_EXCEPT_LF_CLASS}`, '#(?=\\{)');

/**
 * Multi-line text as a double-quoted string that keeps its line breaks (Crystal takes them raw in a
 * string), so a JSON or XML body reads line by line; text with CR or another invisible character is
 * a one-line literal. The text is the literal's whole content: no indentation is added to its lines.
 */
export function crText(text: string): string {
  if (!isPlainMultiline(text)) return crStr(text);
  return '"' + escapeMatches(text, MULTI_LINE, escapeInDoubleQuoted) + '"';
}

export const helpers = { crStr, crText };
