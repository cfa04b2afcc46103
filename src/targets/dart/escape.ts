import { splitPlaceholders } from '../../model/placeholders.js';
import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, INVISIBLE_EXCEPT_LF_CLASS, isPlainMultiline } from '../literal.js';

/**
 * Dart string literals. In a non-raw Dart string every `$` must be escaped: `$name` and `${...}`
 * interpolate, and a `$` before anything else does not compile. So no value can become code; a
 * {{placeholder}} holding a `$` is written as a raw `r'...'` piece next to the rest (Dart joins adjacent
 * literals), so it stays as written. Invisible characters use `\xHH` (always two digits) or `\u{...}`
 * (braced): neither can swallow the characters that follow.
 */
const patterns = (quote: string) => ({
  oneLine: escapePattern(`${quote}$\\\\${INVISIBLE_CLASS}`),
  /** In a triple-quoted literal line feeds stay; every quote of its kind is escaped, so none can close it early. */
  multiLine: escapePattern(`${quote}$\\\\${INVISIBLE_EXCEPT_LF_CLASS}`),
});
const PATTERNS: Readonly<Record<string, ReturnType<typeof patterns>>> = { "'": patterns("'"), '"': patterns('"') };

function escapeChar(ch: string): string {
  if (ch === "'" || ch === '"' || ch === '$') return '\\' + ch;
  return backslashEscape(ch, (cp) => (cp <= 0xff ? '\\x' + hex(cp, 2) : `\\u{${hex(cp, 1)}}`));
}

/** Single quotes, as Dart's style guide writes strings, but double quotes for text that holds only single ones. */
const quoteFor = (text: string) => (text.includes("'") && !text.includes('"') ? '"' : "'");

function oneLine(text: string): string {
  const quote = quoteFor(text);
  return quote + escapeMatches(text, PATTERNS[quote]!.oneLine, escapeChar) + quote;
}

/**
 * A triple-quoted literal keeping the line breaks readable. Dart reads its first line as nothing when
 * that holds only blanks: text starting with such a line stays on one line.
 */
function multiLine(text: string): string {
  if (!isPlainMultiline(text) || /^[ \t]*\n/.test(text)) return oneLine(text);
  const quote = quoteFor(text);
  return quote.repeat(3) + escapeMatches(text, PATTERNS[quote]!.multiLine, escapeChar) + quote.repeat(3);
}

/** The text as adjacent literals: placeholders with a `$` raw (their characters need no quoting), the rest by `literal`. */
function withRawPlaceholders(text: string, literal: (text: string) => string): string {
  const pieces = splitPlaceholders(text);
  if (!pieces.some((piece) => piece.isPlaceholder && piece.text.includes('$'))) return literal(text);
  const joined: { text: string; raw: boolean }[] = [];
  for (const piece of pieces) {
    const raw = piece.isPlaceholder && piece.text.includes('$');
    const last = joined[joined.length - 1];
    if (last !== undefined && !last.raw && !raw) last.text += piece.text;
    else joined.push({ text: piece.text, raw });
  }
  return joined.map((piece) => (piece.raw ? `r'${piece.text}'` : literal(piece.text))).join(' ');
}

/** A Dart string on one line. */
export const dartStr = (text: string) => withRawPlaceholders(text, oneLine);

/** Multi-line text as a triple-quoted literal that keeps its line breaks readable; otherwise a one-line literal. */
export const dartText = (text: string) => withRawPlaceholders(text, multiLine);

export const helpers = { dartStr, dartText };
