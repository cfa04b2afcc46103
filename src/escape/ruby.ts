import { escapeCodePoints, hex, isInvisible } from './literal.js';

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

export const helpers = { rbStr };
