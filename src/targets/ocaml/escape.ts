import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, isPlainMultiline } from '../literal.js';

const QUOTED = escapePattern(`"\\\\${INVISIBLE_CLASS}`);

/** `\xHH` for an ASCII control; `\u{H}` above ASCII (OCaml 4.06+), which OCaml writes as the character's UTF-8 bytes. */
function escapeQuoted(ch: string): string {
  return backslashEscape(ch, (cp) => (cp < 0x80 ? '\\x' + hex(cp, 2) : `\\u{${hex(cp, 1)}}`));
}

/** An OCaml string literal (OCaml 4.06+ for `\u{...}`). OCaml has no interpolation: only quotes, backslashes and invisibles are escaped. */
export const ocamlStr = (text: string) => '"' + escapeMatches(text, QUOTED, escapeQuoted) + '"';

/**
 * Multi-line text as a quoted string `{|...|}`, which takes its text literally, with the shortest id (`{|`, `{x|`,
 * `{xx|`, ...) whose closing `|id}` the text does not hold. Text with a CR or another invisible stays an escaped string.
 */
export function ocamlText(text: string): string {
  if (!isPlainMultiline(text)) return ocamlStr(text);
  let id = '';
  while (text.includes(`|${id}}`)) id += 'x';
  return `{${id}|${text}|${id}}`;
}

export const helpers = { ocamlStr, ocamlText };
