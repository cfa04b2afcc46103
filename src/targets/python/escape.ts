import { backslashEscape, escapeMatches, escapePattern, hexEscape, INVISIBLE_CLASS, INVISIBLE_EXCEPT_LF_CLASS, isPlainMultiline } from '../literal.js';

/** The escape of a backslash or an invisible character (the only other characters the patterns match). */
function common(ch: string): string {
  return backslashEscape(ch, hexEscape);
}

const DOUBLE_QUOTED = escapePattern(`"\\\\${INVISIBLE_CLASS}`);
const SINGLE_QUOTED = escapePattern(`'\\\\${INVISIBLE_CLASS}`);
/** A quote is escaped where it could start the closing """ (before another quote, or at the end). */
const TRIPLE_QUOTED = escapePattern(`\\\\${INVISIBLE_EXCEPT_LF_CLASS}`, '"(?="|$)');

const escapeQuoted = (ch: string) => (ch === '"' || ch === "'" ? '\\' + ch : common(ch));

/** A Python 3 str literal in double quotes. */
export const pyDq = (text: string) => '"' + escapeMatches(text, DOUBLE_QUOTED, escapeQuoted) + '"';
/** A Python 3 str literal in single quotes. */
export const pySq = (text: string) => "'" + escapeMatches(text, SINGLE_QUOTED, escapeQuoted) + "'";

/**
 * Multi-line text as a triple-quoted literal that keeps its line breaks readable (the tokenizer turns
 * any line ending in the source into \n, which is what the text holds); otherwise a one-line literal.
 */
export function pyText(text: string): string {
  if (!isPlainMultiline(text)) return pySq(text);
  return `"""${escapeMatches(text, TRIPLE_QUOTED, escapeQuoted)}"""`;
}

export const helpers = { pyDq, pySq, pyText };
