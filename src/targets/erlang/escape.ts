import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS } from '../literal.js';

/** Erlang strings have no interpolation: only quotes, backslashes and invisible characters are escaped. */
const STRING = escapePattern(`"\\\\${INVISIBLE_CLASS}`);

const codePointEscape = (cp: number) => `\\x{${hex(cp, 1)}}`;
const escapeInString = (ch: string) => backslashEscape(ch, codePointEscape);
const quoted = (text: string) => '"' + escapeMatches(text, STRING, escapeInString) + '"';

/** A UTF-8 binary, `<<"..."/utf8>>`: what `httpc` sends byte for byte as a body. */
export const erlBin = (text: string) => (text === '' ? '<<>>' : `<<${quoted(text)}/utf8>>`);

/**
 * A string (a list of characters) as `httpc` takes URLs and headers: it writes each element as one
 * byte, so a string of code points sends Latin-1. ASCII text is a `"..."` string; other text is the
 * bytes of its UTF-8, `binary_to_list(<<"..."/utf8>>)`.
 */
export const erlStr = (text: string) => (/[^\x00-\x7f]/.test(text) ? `binary_to_list(${erlBin(text)})` : quoted(text));

export const helpers = { erlBin, erlStr };
