import { splitPlaceholders } from '../model/placeholders.js';

/**
 * Shared building blocks for the per-language string-literal escapers. Every escaper keeps a
 * character or replaces it by its escape, in one native `replace` over a pattern of the characters
 * it may change. Invisible characters are always escaped so that a snippet shows what it sends and
 * nothing can hide in it.
 */

/**
 * C0 and C1 controls, DEL, line/paragraph separators, bidi overrides ("Trojan Source") and the BOM:
 * characters a reader cannot see or that some languages treat as line ends. As the inside of a regex
 * character class; all are in the BMP, so a pattern needs no `u` flag and never matches half of a
 * surrogate pair.
 */
export const INVISIBLE_CLASS = '\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff';
/** `INVISIBLE_CLASS` but for the controls below U+0020 (each user picks the ones it keeps). */
export const INVISIBLE_ABOVE_C0_CLASS = INVISIBLE_CLASS.replace('\\x00-\\x1f', '');
/** `INVISIBLE_CLASS` but for line feed: for literals that keep line breaks as they are. */
export const INVISIBLE_EXCEPT_LF_CLASS = '\\x00-\\x09\\x0b-\\x1f' + INVISIBLE_ABOVE_C0_CLASS;

/**
 * A global regex of what a literal escaper changes: the characters of the class `chars` and the
 * `contextual` alternatives (a character escaped only before another, e.g. `#(?=[{$@])`). Escapers
 * run native `replace` with it; text with no match comes back untouched.
 */
export const escapePattern = (chars: string, ...contextual: string[]) => new RegExp([`[${chars}]`, ...contextual].join('|'), 'g');

/**
 * `text` with each match of `pattern` (global, from escapePattern) replaced by `escape`, as `text.replace` does. Most
 * request text needs no escaping, and one `test` of the pattern costs a fraction of a `replace` that calls a function,
 * so the text is tested first. (`test` leaves a global pattern's lastIndex at 0 on no match; `replace` resets it.)
 */
export function escapeMatches(text: string, pattern: RegExp, escape: string | ((match: string, offset: number, text: string) => string)): string {
  return pattern.test(text) ? text.replace(pattern, escape as (match: string, ...rest: unknown[]) => string) : text;
}

export const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/** The characters of INVISIBLE_CLASS but for line feed and tab. */
export const INVISIBLE_EXCEPT_LF_TAB_CLASS = `\\x00-\\x08\\x0b-\\x1f${INVISIBLE_ABOVE_C0_CLASS}`;
const INVISIBLE_EXCEPT_LF_TAB = new RegExp(`[${INVISIBLE_EXCEPT_LF_TAB_CLASS}]`);

/** True when the text has only visible characters, line feeds and tabs. */
export function isPrintable(text: string): boolean {
  return !INVISIBLE_EXCEPT_LF_TAB.test(text);
}

/** True when the text can go into a literal that keeps line breaks as they are (no other invisibles). */
export function isPlainMultiline(text: string): boolean {
  return text.includes('\n') && isPrintable(text);
}

export function utf8Bytes(ch: string): number[] {
  return [...Buffer.from(ch, 'utf8')];
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The backslash escapes every language here shares (backslash, double quote, LF, CR, tab); any other
 * character an escaper's pattern matched is spelled by the language's own code-point escape.
 */
export function backslashEscape(ch: string, codePointEscape: (cp: number) => string): string {
  return SHORT_ESCAPES[ch] ?? codePointEscape(ch.charCodeAt(0));
}

/** `\xHH` up to U+00FF, `\uHHHH` above: the code-point escape of JavaScript and Python. */
export const hexEscape = (cp: number) => (cp <= 0xff ? '\\x' + hex(cp, 2) : '\\u' + hex(cp, 4));

/**
 * A string expression for a language whose single-quoted strings interpolate nothing and whose double-quoted ones need
 * `$` escaped (PHP, Perl): single quotes when the text is printable; otherwise double quotes with every escape spelled
 * out, except that a placeholder holding `$` (Postman's `{{$guid}}`), which would then read `{{\$guid}}`, goes
 * single-quoted, joined to the rest with the language's concatenation (`.`).
 */
export function quotedPieces(text: string, singleQuoted: (text: string) => string, doubleQuoted: (text: string) => string, concatenation: string): string {
  if (isPrintable(text)) return singleQuoted(text);
  const parts: string[] = [];
  let doubleQuotedText = '';
  for (const piece of splitPlaceholders(text)) {
    if (!piece.isPlaceholder || !piece.text.includes('$')) {
      doubleQuotedText += piece.text;
      continue;
    }
    if (doubleQuotedText !== '') parts.push(doubleQuoted(doubleQuotedText));
    doubleQuotedText = '';
    parts.push(singleQuoted(piece.text));
  }
  if (doubleQuotedText !== '') parts.push(doubleQuoted(doubleQuotedText));
  return parts.join(concatenation);
}
