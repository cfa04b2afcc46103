import { splitPlaceholders } from '../model/placeholders.js';
import { wellFormed } from '../text.js';

/**
 * Shared building blocks for the per-language string-literal escapers. Every escaper keeps a
 * character or replaces it by its escape, in one pass over the text (escapeMatches) with a pattern of
 * the characters it may change. Invisible characters are always escaped so that a snippet shows what it sends and
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
 * What a literal escaper changes: `regex`, global, matches the characters of a class and the contextual alternatives
 * (a character escaped only in some context, e.g. `#(?=[{$@])`); `latin1` says, per character code below 256, what a
 * match there can be, so that escapeMatches walks the text once without the regex.
 */
export interface EscapePattern {
  readonly regex: RegExp;
  readonly latin1: Uint8Array;
}

/** In EscapePattern.latin1: the character is a match by itself (it is in the class). */
const ALWAYS = 1;
/** In EscapePattern.latin1: a contextual alternative starts with the character; only the regex can tell. */
const IN_CONTEXT = 2;
const LATIN1 = String.fromCharCode(...Array.from({ length: 256 }, (_, code) => code));
/** The literal character a contextual alternative starts with (`#`, or an escaped `\$`). */
const FIRST_LITERAL = /^(?:\\(\W)|([^\\()[\]{}.*+?^$|]))/;

/**
 * The pattern of the characters of the class `chars` and the `contextual` alternatives, each of which must start with
 * the literal character it escapes (`#(?=\\{)`, `\\?(?<=\\?\\?)`) and match that character alone.
 */
export function escapePattern(chars: string, ...contextual: string[]): EscapePattern {
  const latin1 = new Uint8Array(256);
  for (const match of LATIN1.matchAll(new RegExp(`[${chars}]`, 'g'))) latin1[match.index] = ALWAYS;
  for (const alternative of contextual) {
    const first = FIRST_LITERAL.exec(alternative);
    if (first === null) throw new Error(`escapePattern: ${alternative} does not start with the literal character it escapes`);
    const code = (first[1] ?? first[2]!).charCodeAt(0);
    // The class comes first in the regex: a character in it is always a match by itself.
    if (latin1[code] !== ALWAYS) latin1[code] = IN_CONTEXT;
  }
  return { regex: new RegExp([`[${chars}]`, ...contextual].join('|'), 'g'), latin1 };
}

/**
 * `text` with each match of `pattern` replaced by `escape`, exactly as `text.replace(pattern.regex, escape)`. Most
 * request text needs no escaping: one native `test` finds that. Otherwise the text is walked once, escaping the
 * characters of the class; a character only the regex can judge (a contextual one, or one above U+00FF) hands the
 * whole text to the regex. (A string `escape` may hold `$&`: the regex applies it.)
 */
export function escapeMatches(text: string, pattern: EscapePattern, escape: string | ((match: string, offset: number, text: string) => string)): string {
  const { regex, latin1 } = pattern;
  if (!regex.test(text)) return text;
  // `test` of a global regex leaves lastIndex after the match, where the next `test` or `exec` would start.
  regex.lastIndex = 0;
  if (typeof escape === 'string') return text.replace(regex, escape);
  let escaped = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = code < 256 ? latin1[code] : IN_CONTEXT;
    if (kind === 0) continue;
    if (kind === IN_CONTEXT) return text.replace(regex, escape);
    escaped += text.slice(kept, i) + escape(text[i]!, i, text);
    kept = i + 1;
  }
  return escaped + text.slice(kept);
}

export const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/** The characters of INVISIBLE_CLASS but for line feed and tab. */
export const INVISIBLE_EXCEPT_LF_TAB_CLASS = `\\x00-\\x08\\x0b-\\x1f${INVISIBLE_ABOVE_C0_CLASS}`;
const INVISIBLE_EXCEPT_LF_TAB = new RegExp(`[${INVISIBLE_EXCEPT_LF_TAB_CLASS}]`);

/** From this length on, isPrintable remembers its last answer: a scan of a body costs more than comparing it. */
const REMEMBERED_LENGTH = 256;
/** The last long text isPrintable scanned, and its answer: every target of a request checks the same body. */
let lastLongText = '';
let lastLongTextPrintable = true;

/** True when the text has only visible characters, line feeds and tabs. */
export function isPrintable(text: string): boolean {
  if (text.length < REMEMBERED_LENGTH) return !INVISIBLE_EXCEPT_LF_TAB.test(text);
  // The same string (or an equal one, still the same answer): no scan.
  if (text !== lastLongText) {
    lastLongTextPrintable = !INVISIBLE_EXCEPT_LF_TAB.test(text);
    lastLongText = text;
  }
  return lastLongTextPrintable;
}

/**
 * A long text that needs only the backslash escapes of `"`, line feed and tab (printable, no backslash, well-formed) as
 * a double-quoted literal of the languages whose escapes those are (Java, C#), each line feed but a last one followed
 * by `lineBreak` (what closes the literal and opens the next: `"\n    + "`); undefined for any other text. The escaper's
 * own walk costs a concatenation per escaped character; JSON.stringify escapes such a text natively, and exactly so:
 * `"` as `\"`, line feed as `\n`, tab as `\t`. Without a backslash in the text, every `\n` it writes is a line feed.
 */
export function plainQuotedLines(text: string, lineBreak: string): string | undefined {
  if (text.length < REMEMBERED_LENGTH || text.includes('\\') || !isPrintable(text) || !wellFormed(text)) return undefined;
  const endsWithLineFeed = text.endsWith('\n');
  const quoted = JSON.stringify(endsWithLineFeed ? text.slice(0, -1) : text).replaceAll('\\n', '\\n' + lineBreak);
  return endsWithLineFeed ? quoted.slice(0, -1) + '\\n"' : quoted;
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
