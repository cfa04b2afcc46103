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

/** A JavaScript string literal in single quotes (the Node tab's style). */
export const jsSq = (text: string) => quoted(text, "'");
/** A JavaScript string literal in double quotes (the jQuery tab's style). */
export const jsDq = (text: string) => quoted(text, '"');

/** Multi-line text as a template literal (line breaks kept, `${` and backticks escaped); otherwise one line. */
export function jsText(text: string): string {
  if (!isPlainMultiline(text)) return jsSq(text);
  const body = escapeCodePoints(text, (cp, ch, next) => {
    if (ch === '\n') return undefined;
    if (ch === '`') return '\\`';
    if (ch === '$' && next === '{') return '\\$';
    return common(cp, ch, next);
  });
  return '`' + body + '`';
}

export const helpers = { jsSq, jsDq, jsText };
