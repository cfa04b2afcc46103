import { backslashEscape, escapeMatches, escapePattern, type EscapePattern, hexEscape, INVISIBLE_CLASS, INVISIBLE_EXCEPT_LF_CLASS, isPlainMultiline } from '../literal.js';

type Quote = '"' | "'";

/** The escape of a backslash or an invisible character (the only other characters the patterns match). */
function common(ch: string): string {
  return backslashEscape(ch, hexEscape);
}

const QUOTED: Record<Quote, EscapePattern> = { '"': escapePattern(`"\\\\${INVISIBLE_CLASS}`), "'": escapePattern(`'\\\\${INVISIBLE_CLASS}`) };
/** In a template literal: backticks, `${` (its `$`), backslashes and invisibles but line feeds. */
const TEMPLATE = escapePattern(`\`\\\\${INVISIBLE_EXCEPT_LF_CLASS}`, '\\$(?=\\{)');

const escapeQuoted = (ch: string) => (ch === '"' || ch === "'" ? '\\' + ch : common(ch));
const escapeInTemplate = (ch: string) => (ch === '`' || ch === '$' ? '\\' + ch : common(ch));

const quoted = (text: string, quote: Quote) => quote + escapeMatches(text, QUOTED[quote], escapeQuoted) + quote;

function count(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at !== -1; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

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
  return '`' + escapeMatches(text, TEMPLATE, escapeInTemplate) + '`';
}

/** A body: a template literal when it spans lines, else a `jsStr` string. */
export const jsText = (text: string) => textLiteral(text, jsStr);
/** A body: a template literal when it spans lines, else a `jsStrSingle` string. */
export const jsTextSingle = (text: string) => textLiteral(text, jsStrSingle);

/**
 * An object key that would not keep its place: integer-like keys (array indices) are enumerated first. A target that
 * sends an object's entries in order must not put such a key in one. (`__proto__` keeps its place when written with
 * jsKey, below.)
 */
export const isReorderedObjectKey = (key: string) => /^(0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;

/**
 * An object literal key that defines an own property named `text`: a literal `"__proto__": value` key sets the
 * prototype instead (and a string value is dropped), a computed `["__proto__"]` key does not.
 */
export const jsKey = (text: string) => (text === '__proto__' ? `[${jsStr(text)}]` : jsStr(text));
export const jsKeySingle = (text: string) => (text === '__proto__' ? `[${jsStrSingle(text)}]` : jsStrSingle(text));

export const helpers = { jsStr, jsStrSingle, jsText, jsTextSingle, jsKey, jsKeySingle };
