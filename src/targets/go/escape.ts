import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, isPlainMultiline } from '../literal.js';

const INTERPRETED = escapePattern(`"\\\\${INVISIBLE_CLASS}`);

function escapeInterpreted(ch: string): string {
  return backslashEscape(ch, (cp) => (cp < 0x80 ? '\\x' + hex(cp, 2) : '\\u' + hex(cp, 4)));
}

/** A Go interpreted string literal. `\x` writes a byte, so only ASCII controls use it. */
export const goStr = (text: string) => '"' + escapeMatches(text, INTERPRETED, escapeInterpreted) + '"';

/**
 * Multi-line text as a raw string literal when it has no backtick (it can't be escaped there) and
 * no invisible character; Go drops CR from raw strings, so text with CR stays interpreted.
 */
export function goText(text: string): string {
  return isPlainMultiline(text) && !text.includes('`') ? '`' + text + '`' : goStr(text);
}

export const helpers = { goStr, goText };
