import { escapeCodePoints, hex, isInvisible } from './literal.js';

/** A C# regular string literal. `\x` takes one to four hex digits, so only fixed-width `\u` is used. */
export function csStr(text: string): string {
  return (
    '"' +
    escapeCodePoints(text, (cp, ch) => {
      if (ch === '\\') return '\\\\';
      if (ch === '"') return '\\"';
      if (ch === '\n') return '\\n';
      if (ch === '\r') return '\\r';
      if (ch === '\t') return '\\t';
      if (isInvisible(cp)) return '\\u' + hex(cp, 4);
      return undefined;
    }) +
    '"'
  );
}

export const helpers = { csStr };
