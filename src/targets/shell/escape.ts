import { escapeMatches, escapePattern, hex, INVISIBLE_CLASS, isPrintable, utf8Bytes } from '../literal.js';

const ANSI_C = escapePattern(`'\\\\${INVISIBLE_CLASS}`);

function escapeInAnsiC(ch: string): string {
  if (ch === '\\') return '\\\\';
  if (ch === "'") return "\\'";
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return utf8Bytes(ch).map((b) => '\\x' + hex(b, 2)).join('');
}

/**
 * A bash word that is exactly `text`. Single quotes keep everything literal (no `$`, backtick or
 * `!` expansion); text with a CR or another invisible character uses ANSI-C quoting `$'...'` so the
 * character is visible. NUL cannot be passed in an argument at all; callers check `hasNul` first.
 */
export function shQuote(text: string): string {
  if (isPrintable(text) && !text.includes('\t')) return `'${text.replaceAll("'", `'\\''`)}'`;
  return "$'" + escapeMatches(text, ANSI_C, escapeInAnsiC) + "'";
}

/** A bash word left bare when it is plain (`PUT`, `--head`), quoted otherwise. */
export const shWord = (text: string) => (/^[A-Za-z0-9_.\-]+$/.test(text) ? text : shQuote(text));

export const hasNul = (text: string) => text.includes('\0');

export const helpers = { shQuote, shWord };
