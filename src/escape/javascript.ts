import { escapeCodePoints, hex, isInvisible, isPlainMultiline, type CodePointEscape } from './literal.js';

type Quote = '"' | "'";

const common: CodePointEscape = (cp, ch) => {
  if (ch === '\\') return '\\\\';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  if (isInvisible(cp)) return cp <= 0xff ? '\\x' + hex(cp, 2) : '\\u' + hex(cp, 4);
  return undefined;
};

function quoted(text: string, quote: Quote): string {
  return quote + escapeCodePoints(text, (cp, ch, next) => (ch === quote ? '\\' + quote : common(cp, ch, next))) + quote;
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

/**
 * The quote prettier prints a string in: the preferred one, unless the text holds more of it than
 * of the other (fewer escapes). Choosing it here keeps our output identical to prettier's.
 */
export function prettierQuote(text: string, preferred: Quote): Quote {
  const other: Quote = preferred === '"' ? "'" : '"';
  return count(text, preferred) > count(text, other) ? other : preferred;
}

/** A string literal, double quotes preferred (prettier's default; the jQuery tab's style). */
export const jsStr = (text: string) => quoted(text, prettierQuote(text, '"'));
/** A string literal, single quotes preferred (prettier's `singleQuote`; the Node tab's style). */
export const jsStrSingle = (text: string) => quoted(text, prettierQuote(text, "'"));

/** Multi-line text as a template literal (line breaks kept, `${` and backticks escaped), else `oneLine`. */
function textLiteral(text: string, oneLine: (text: string) => string): string {
  if (!isPlainMultiline(text)) return oneLine(text);
  const body = escapeCodePoints(text, (cp, ch, next) => {
    if (ch === '\n') return undefined;
    if (ch === '`') return '\\`';
    if (ch === '$' && next === '{') return '\\$';
    return common(cp, ch, next);
  });
  return '`' + body + '`';
}

/** A body: a template literal when it spans lines, else a `jsStr` string. */
export const jsText = (text: string) => textLiteral(text, jsStr);
/** A body: a template literal when it spans lines, else a `jsStrSingle` string. */
export const jsTextSingle = (text: string) => textLiteral(text, jsStrSingle);

/**
 * An object literal key that would not keep its place: integer-like keys (array indices) are
 * enumerated first, and `__proto__` sets the prototype instead of adding a property. A target that
 * sends an object's entries in order must not put such a key in one.
 */
export const isReorderedObjectKey = (key: string) => key === '__proto__' || (/^(0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1);

export const helpers = { jsStr, jsStrSingle, jsText, jsTextSingle };
