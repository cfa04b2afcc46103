import { backslashEscape, escapePattern, hex, INVISIBLE_CLASS, isPrintable } from './literal.js';

const SINGLE_QUOTED = /[\\']/g;
const DOUBLE_QUOTED = escapePattern(`\\\\"$${INVISIBLE_CLASS}`);

function escapeInDoubleQuoted(ch: string): string {
  if (ch === '$') return '\\$';
  // Two hex digits always, so a following hex letter is not read into the escape.
  return backslashEscape(ch, (cp) => (cp < 0x80 ? '\\x' + hex(cp, 2) : `\\u{${hex(cp, 1)}}`));
}

/**
 * A PHP string literal. Single quotes (no interpolation; only `\\` and `\'` mean anything) when the
 * text is printable apart from line feeds and tabs; otherwise double quotes with every escape
 * spelled out and `$` escaped so nothing interpolates.
 */
export function phpStr(text: string): string {
  if (isPrintable(text)) return `'${text.replace(SINGLE_QUOTED, '\\$&')}'`;
  return '"' + text.replace(DOUBLE_QUOTED, escapeInDoubleQuoted) + '"';
}

export const helpers = { phpStr };
