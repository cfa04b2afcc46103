import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, isPlainMultiline } from '../literal.js';

const QUOTED = escapePattern(`"\\\\${INVISIBLE_CLASS}`);

/**
 * `\xHH` for an ASCII control (always two digits, so a digit after it cannot join it, as it would a decimal `\ddd`);
 * `\u{H}` above ASCII, which Lua writes as the character's UTF-8 bytes, as the rest of the UTF-8 source.
 */
function escapeQuoted(ch: string): string {
  return backslashEscape(ch, (cp) => (cp < 0x80 ? '\\x' + hex(cp, 2) : `\\u{${hex(cp, 1)}}`));
}

/** A Lua double-quoted string (Lua 5.3+ for `\u{...}`). Lua has no interpolation: only quotes, backslashes and invisibles are escaped. */
export const luaStr = (text: string) => '"' + escapeMatches(text, QUOTED, escapeQuoted) + '"';

/**
 * Multi-line text as a long bracket string `[==[ ... ]==]`, which takes its text literally, with the fewest `=` whose
 * closing bracket the text does not hold (nor make by ending in `]` and `=`s). Lua skips a line break right after the
 * opening bracket (one is always written, so the text starts on its own line) and turns every CR, CR LF and LF CR into
 * LF, so text with a CR or another invisible stays a quoted string.
 */
export function luaText(text: string): string {
  if (!isPlainMultiline(text)) return luaStr(text);
  let level = '';
  while ((text + `]${level}]`).indexOf(`]${level}]`) !== text.length) level += '=';
  return `[${level}[\n${text}]${level}]`;
}

export const helpers = { luaStr, luaText };
