import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, isPlainMultiline } from '../literal.js';

/** What a regular Rust string literal cannot hold as itself. `{` and `}` are plain text: request data is never a format string. */
const STRING = escapePattern(`"\\\\${INVISIBLE_CLASS}`);

/** Rust's escapes: \\ \" \n \r \t \0 and \u{H..}; rustc refuses a raw CR and (by default) bidi controls in a literal. */
function escapeInString(ch: string): string {
  return ch === '\0' ? '\\0' : backslashEscape(ch, (cp) => `\\u{${hex(cp, 1)}}`);
}

/** A Rust string literal (`&'static str`). */
export const rsStr = (text: string) => '"' + escapeMatches(text, STRING, escapeInString) + '"';

/**
 * Multi-line text as a raw string `r#"..."#`, which takes every character as it is, so a JSON or XML
 * body reads as it is sent; it has one more `#` than the longest run of `#` after a quote in the text,
 * so nothing in it closes the literal. Text with another invisible character (CR, NUL) stays a
 * regular literal.
 */
export function rsText(text: string): string {
  if (!isPlainMultiline(text)) return rsStr(text);
  const longestRun = Math.max(0, ...[...text.matchAll(/"(#*)/g)].map((match) => match[1]!.length));
  const pounds = '#'.repeat(longestRun + 1);
  return `r${pounds}"${text}"${pounds}`;
}

export const helpers = { rsStr, rsText };
