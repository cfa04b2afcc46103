import { escapeMatches, escapePattern, hex, INVISIBLE_CLASS, quotedPieces, utf8Bytes } from '../literal.js';

/*
 * Perl snippets are written without `use utf8`, so every string is a byte string: a character outside
 * ASCII typed in the (UTF-8) source is its UTF-8 bytes, which is exactly what HTTP::Tiny, LWP and
 * Mojo must be given to send (a string of wide characters makes them die or encode it again). An
 * escape spells those same UTF-8 bytes (`\xE2\x80\xA8`), never a code point (`\x{2028}` would be one
 * wide character).
 */

const SINGLE_QUOTED = escapePattern("\\\\'");
/** `$` and `@` interpolate variables in double quotes. */
const DOUBLE_QUOTED = escapePattern(`\\\\"$@${INVISIBLE_CLASS}`);
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', $: '\\$', '@': '\\@', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Two hex digits per UTF-8 byte: Perl's `\xHH` reads at most two, so a following hex letter stays a letter. */
const escapeInDoubleQuoted = (ch: string) => NAMED_ESCAPES[ch] ?? utf8Bytes(ch).map((b) => '\\x' + hex(b, 2)).join('');

const singleQuoted = (text: string) => `'${escapeMatches(text, SINGLE_QUOTED, '\\$&')}'`;
const doubleQuoted = (text: string) => '"' + escapeMatches(text, DOUBLE_QUOTED, escapeInDoubleQuoted) + '"';

/**
 * A Perl string expression. Single quotes (no interpolation; only `\\` and `\'` mean anything; line
 * feeds and tabs as they are) when the text is printable; otherwise double quotes with every escape
 * spelled out and `$`, `@` escaped so nothing interpolates. A placeholder holding `$` (`{{$guid}}`)
 * would then read `{{\$guid}}`, so it goes single-quoted, joined with `.`.
 */
export function plStr(text: string): string {
  return quotedPieces(text, singleQuoted, doubleQuoted, ' . ');
}

export const helpers = { plStr };
