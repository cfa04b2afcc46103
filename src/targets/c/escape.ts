import { backslashEscape, escapeMatches, escapePattern, INVISIBLE_CLASS, isPlainMultiline, utf8Bytes } from '../literal.js';

/**
 * C and C++ string literals (one module for both: the literal syntax is the same). Invisible
 * characters are written as octal escapes of their UTF-8 bytes, always three digits: an octal escape
 * ends after three digits, where `\x` would swallow every hex digit that follows. A `?` after a `?` is
 * escaped, so no `??=`-style trigraph (C before C23) can form. Other non-ASCII text stays as it is:
 * gcc and clang read source as UTF-8 and write ordinary literals as UTF-8.
 */
const LITERAL = escapePattern(`"\\\\${INVISIBLE_CLASS}`, '\\?(?<=\\?\\?)');

function escapeChar(ch: string): string {
  if (ch === '?') return '\\?';
  return backslashEscape(ch, () =>
    utf8Bytes(ch)
      .map((byte) => '\\' + byte.toString(8).padStart(3, '0'))
      .join(''),
  );
}

/** A C/C++ string literal on one line. */
export const cStr = (text: string) => '"' + escapeMatches(text, LITERAL, escapeChar) + '"';

/**
 * Multi-line text as adjacent literals, one per line of the text (the compiler joins them), so a
 * pretty-printed body stays readable; otherwise one literal.
 */
export function cText(text: string): string {
  if (!isPlainMultiline(text)) return cStr(text);
  return (text.match(/[^\n]*\n|[^\n]+$/g) ?? []).map(cStr).join('\n        ');
}

export const helpers = { cStr, cText };
