import { escapeCodePoints, hex, isInvisible, isPlainMultiline } from './literal.js';

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

/**
 * Multi-line text as a multi-line literal that keeps its line breaks readable; otherwise a one-line
 * literal. The delimiters sit on their own lines at column 0, so Swift strips no indentation and the
 * line breaks next to them are not part of the text. A quote followed by another is escaped so that
 * no `"""` can close the literal early.
 */
export function swiftText(text: string): string {
  if (!isPlainMultiline(text)) return swiftStr(text);
  const body = escapeCodePoints(text, (_cp, ch, next) => {
    if (ch === '\\') return '\\\\';
    if (ch === '"' && next === '"') return '\\"';
    return undefined;
  });
  return `"""\n${body}\n"""`;
}

export const helpers = { swiftStr, swiftText };
