import { backslashEscape, escapeMatches, escapePattern, hex, INVISIBLE_CLASS, isPlainMultiline } from '../literal.js';

/** `#` only where it would start interpolation (`#{`, `#$`, `#@`). */
const DOUBLE_QUOTED = escapePattern(`"\\\\${INVISIBLE_CLASS}`, '#(?=[{$@])');

function escapeInDoubleQuoted(ch: string): string {
  return ch === '#' ? '\\#' : backslashEscape(ch, (cp) => `\\u{${hex(cp, 1)}}`);
}

/**
 * A Ruby double-quoted string literal. `#` is escaped where it would start interpolation
 * (`#{`, `#$`, `#@`): without that a request value could run code in the reader's process.
 */
export const rbStr = (text: string) => '"' + escapeMatches(text, DOUBLE_QUOTED, escapeInDoubleQuoted) + '"';

/**
 * Multi-line text as a single-quoted heredoc, which takes every character literally (no escapes, no
 * interpolation), so the text reads as it is sent. A heredoc always ends with a newline: `.chomp`
 * removes it when the text has none. Text with CR or another invisible stays an escaped string.
 * The result ends the line: nothing may follow it in the template.
 */
export function rbText(text: string): string {
  if (!isPlainMultiline(text)) return rbStr(text);
  const terminator = text.includes('BODY') ? freeTerminator(text.split('\n')) : 'BODY';
  const chomp = text.endsWith('\n') ? '' : '.chomp';
  return `<<'${terminator}'${chomp}\n${text}${chomp === '' ? '' : '\n'}${terminator}`;
}

/**
 * A heredoc terminator no line of the text starts with (most text has no `BODY` at all: the caller checks that first).
 */
function freeTerminator(lines: readonly string[]): string {
  // Ruby ends the heredoc only at a line that is exactly the terminator, but no line even starts with it
  // here: a reader (and tree-sitter-ruby) should not have to tell `BODY` from `BODYBODY`. A line `BODY123x`
  // starts with BODY, BODY1, BODY12 and BODY123: collected once, so the search stays linear. A line rules out one
  // number of each length; there are more numbers one digit longer than the line count than lines, so longer prefixes never matter.
  const taken = new Set<string>();
  const longest = 'BODY'.length + String(lines.length).length + 1;
  for (const line of lines) {
    const start = line.trimStart();
    if (!start.startsWith('BODY')) continue;
    taken.add('BODY');
    for (let end = 5; end <= Math.min(start.length, longest) && start[end - 1]! >= '0' && start[end - 1]! <= '9'; end++) taken.add(start.slice(0, end));
  }
  let terminator = 'BODY';
  for (let n = 2; taken.has(terminator); n++) terminator = `BODY${n}`;
  return terminator;
}

export const helpers = { rbStr, rbText };
