import { escapeCodePoints, hex, isInvisible } from './literal.js';

/** A Swift string literal; escaping every backslash also disarms `\(...)` interpolation. */
export function swiftStr(text: string): string {
  return (
    '"' +
    escapeCodePoints(text, (cp, ch) => {
      if (ch === '\\') return '\\\\';
      if (ch === '"') return '\\"';
      if (ch === '\n') return '\\n';
      if (ch === '\r') return '\\r';
      if (ch === '\t') return '\\t';
      if (isInvisible(cp)) return `\\u{${hex(cp, 1)}}`;
      return undefined;
    }) +
    '"'
  );
}

export const helpers = { swiftStr };
