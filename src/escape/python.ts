import { escapeCodePoints, hex, isInvisible, isPlainMultiline, type CodePointEscape } from './literal.js';

const common: CodePointEscape = (cp, ch) => {
  if (ch === '\\') return '\\\\';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  if (isInvisible(cp)) return cp <= 0xff ? '\\x' + hex(cp, 2) : '\\u' + hex(cp, 4);
  return undefined;
};

function quoted(text: string, quote: '"' | "'"): string {
  return quote + escapeCodePoints(text, (cp, ch, next) => (ch === quote ? '\\' + quote : common(cp, ch, next))) + quote;
}

/** A Python 3 str literal in double quotes. */
export const pyDq = (text: string) => quoted(text, '"');
/** A Python 3 str literal in single quotes. */
export const pySq = (text: string) => quoted(text, "'");

/**
 * Multi-line text as a triple-quoted literal that keeps its line breaks readable (the tokenizer turns
 * any line ending in the source into \n, which is what the text holds); otherwise a one-line literal.
 */
export function pyText(text: string): string {
  if (!isPlainMultiline(text)) return pySq(text);
  const body = escapeCodePoints(text, (cp, ch, next) => {
    if (ch === '\n') return undefined;
    // A quote is escaped where it could start the closing """ (before another quote, or at the end).
    if (ch === '"') return next === undefined || next === '"' ? '\\"' : undefined;
    return common(cp, ch, next);
  });
  return `"""${body}"""`;
}

export const helpers = { pyDq, pySq, pyText };
