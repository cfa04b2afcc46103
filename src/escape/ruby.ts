import { escapeCodePoints, hex, isInvisible, isPlainMultiline } from './literal.js';

/**
 * A Ruby double-quoted string literal. `#` is escaped where it would start interpolation
 * (`#{`, `#$`, `#@`): without that a request value could run code in the reader's process.
 */
export function rbStr(text: string): string {
  return (
    '"' +
    escapeCodePoints(text, (cp, ch, next) => {
      if (ch === '\\') return '\\\\';
      if (ch === '"') return '\\"';
      if (ch === '#' && (next === '{' || next === '$' || next === '@')) return '\\#';
      if (ch === '\n') return '\\n';
      if (ch === '\r') return '\\r';
      if (ch === '\t') return '\\t';
      if (isInvisible(cp)) return `\\u{${hex(cp, 1)}}`;
      return undefined;
    }) +
    '"'
  );
}

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
  for (let n = 2; lines.some((line) => line.trim() === terminator); n++) terminator = `BODY${n}`;
  const chomp = text.endsWith('\n') ? '' : '.chomp';
  return `<<'${terminator}'${chomp}\n${text}${chomp === '' ? '' : '\n'}${terminator}`;
}

export const helpers = { rbStr, rbText };
