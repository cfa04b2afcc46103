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

/**
 * Multi-line text as one regular literal per line, joined with `+`. Not a verbatim `@"..."` string:
 * that one takes the line endings of the file it is pasted into, so CRLF could replace LF.
 */
export function csText(text: string): string {
  const lines = text.split(/(?<=\n)/);
  return lines.length < 2 ? csStr(text) : lines.map(csStr).join(' +\n    ');
}

export const helpers = { csStr, csText };
