import { backslashEscape, escapePattern, hex, INVISIBLE_CLASS, isPlainMultiline } from './literal.js';

/** `#` only where it would start interpolation (`#{`, `#$`, `#@`). */
const DOUBLE_QUOTED = escapePattern(`"\\\\${INVISIBLE_CLASS}`, '#(?=[{$@])');

function escapeInDoubleQuoted(ch: string): string {
  return ch === '#' ? '\\#' : backslashEscape(ch, (cp) => `\\u{${hex(cp, 1)}}`);
}

/**
 * A Ruby double-quoted string literal. `#` is escaped where it would start interpolation
 * (`#{`, `#$`, `#@`): without that a request value could run code in the reader's process.
 */
export const rbStr = (text: string) => '"' + text.replace(DOUBLE_QUOTED, escapeInDoubleQuoted) + '"';

/**
 * Multi-line text as a single-quoted heredoc, which takes every character literally (no escapes, no
 * interpolation), so the text reads as it is sent. A heredoc always ends with a newline: `.chomp`
 * removes it when the text has none. Text with CR or another invisible stays an escaped string.
 * The result ends the line: nothing may follow it in the template.
 */
export function rbText(text: string): string {
  if (!isPlainMultiline(text)) return rbStr(text);
  const lines = text.split('\n');
  let terminator = 'BODY';
  // Ruby ends the heredoc only at a line that is exactly the terminator, but no line even starts with it
  // here: a reader (and tree-sitter-ruby) should not have to tell `BODY` from `BODYBODY`.
  for (let n = 2; lines.some((line) => line.trimStart().startsWith(terminator)); n++) terminator = `BODY${n}`;
  const chomp = text.endsWith('\n') ? '' : '.chomp';
  return `<<'${terminator}'${chomp}\n${text}${chomp === '' ? '' : '\n'}${terminator}`;
}

export const helpers = { rbStr, rbText };
