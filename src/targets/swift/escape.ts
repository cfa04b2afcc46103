import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, isPlainMultiline } from '../literal.js';

const ONE_LINE = escapePattern(`"\\\\${INVISIBLE_CLASS}`);
/** In a multi-line literal: backslashes, and a quote followed by another. */
const MULTI_LINE = escapePattern('\\\\', '"(?=")');

function escapeChar(ch: string): string {
  return backslashEscape(ch, (cp) => `\\u{${hex(cp, 1)}}`);
}

/** A Swift string literal; escaping every backslash also disarms `\(...)` interpolation. */
export const swiftStr = (text: string) => '"' + escapeMatches(text, ONE_LINE, escapeChar) + '"';

/**
 * Multi-line text as a multi-line literal that keeps its line breaks readable; otherwise a one-line
 * literal. The delimiters sit on their own lines at column 0, so Swift strips no indentation and the
 * line breaks next to them are not part of the text. A quote followed by another is escaped so that
 * no `"""` can close the literal early.
 */
export function swiftText(text: string): string {
  if (!isPlainMultiline(text)) return swiftStr(text);
  return `"""\n${escapeMatches(text, MULTI_LINE, escapeChar)}\n"""`;
}

export const helpers = { swiftStr, swiftText };
