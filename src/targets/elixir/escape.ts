import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, isPlainMultiline } from '../literal.js';

/** `#` only where it would start interpolation (`#{`). */
const STRING = escapePattern(`"\\\\${INVISIBLE_CLASS}`, '#(?=\\{)');

function escapeInString(ch: string): string {
  return ch === '#' ? '\\#' : backslashEscape(ch, (cp) => `\\u{${hex(cp, 1)}}`);
}

const escaped = (text: string) => escapeMatches(text, STRING, escapeInString);

/**
 * An Elixir string (a UTF-8 binary). `#{` is escaped as `\#{`: without that a request value would be
 * interpolated, that is run, in the reader's process.
 */
export const exStr = (text: string) => `"${escaped(text)}"`;

/**
 * A charlist as Erlang's `:httpc` takes URLs and headers: it writes each element as one byte, so a
 * charlist of code points (`~c"é"`) sends Latin-1. ASCII text is a `~c"..."` sigil; other text is
 * the bytes of its UTF-8, `:binary.bin_to_list("...")`.
 */
export const exChars = (text: string) => (/[^\x00-\x7f]/.test(text) ? `:binary.bin_to_list(${exStr(text)})` : `~c"${escaped(text)}"`);

/**
 * Multi-line text as one string per line joined with `<>` at the end of each line, so the lines read
 * as they are sent; any other text is one string.
 */
export function exText(text: string): string {
  if (!isPlainMultiline(text) || text.indexOf('\n') === text.length - 1) return exStr(text);
  return '"' + escapeMatches(text, STRING, escapeInLines) + '"';
}

/** Like `escapeInString`, but a line feed that is not the last character also ends the string. */
const escapeInLines = (ch: string, offset: number, text: string) => (ch === '\n' && offset + 1 < text.length ? '\\n" <>\n  "' : escapeInString(ch));

export const helpers = { exStr, exChars, exText };
