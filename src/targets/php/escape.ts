import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, quotedPieces } from '../literal.js';

const SINGLE_QUOTED = escapePattern("\\\\'");
const DOUBLE_QUOTED = escapePattern(`\\\\"$${INVISIBLE_CLASS}`);

function escapeInDoubleQuoted(ch: string): string {
  if (ch === '$') return '\\$';
  // Two hex digits always, so a following hex letter is not read into the escape.
  return backslashEscape(ch, (cp) => (cp < 0x80 ? '\\x' + hex(cp, 2) : `\\u{${hex(cp, 1)}}`));
}

const singleQuoted = (text: string) => `'${escapeMatches(text, SINGLE_QUOTED, '\\$&')}'`;
const doubleQuoted = (text: string) => '"' + escapeMatches(text, DOUBLE_QUOTED, escapeInDoubleQuoted) + '"';

/**
 * A PHP string expression. Single quotes (no interpolation; only `\\` and `\'` mean anything) when the
 * text is printable apart from line feeds and tabs; otherwise double quotes with every escape
 * spelled out and `$` escaped so nothing interpolates. A placeholder holding `$` (Postman's
 * `{{$guid}}`) would then read `{{\$guid}}`, so it goes single-quoted, joined with `.`.
 */
export function phpStr(text: string): string {
  return quotedPieces(text, singleQuoted, doubleQuoted, ' . ');
}

export const helpers = { phpStr };
