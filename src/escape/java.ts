import { escapeCodePoints, hex, isInvisible, isPlainMultiline } from './literal.js';

/**
 * A Java string literal. Java turns `\uXXXX` into a character before it lexes the source, so a
 * `\u000a` or `\u0022` escape would end the literal: controls up to U+00FF use octal escapes, and
 * only characters that are harmless in a literal (U+2028 and the like) use `\u`.
 */
export function javaStr(text: string): string {
  return (
    '"' +
    escapeCodePoints(text, (cp, ch) => {
      if (ch === '\\') return '\\\\';
      if (ch === '"') return '\\"';
      if (ch === '\n') return '\\n';
      if (ch === '\r') return '\\r';
      if (ch === '\t') return '\\t';
      if (isInvisible(cp)) return cp <= 0xff ? '\\' + cp.toString(8).padStart(3, '0') : '\\u' + hex(cp, 4);
      return undefined;
    }) +
    '"'
  );
}

/**
 * Multi-line text as one literal per line joined with `+` (Java 8 has no text blocks), wrapped in
 * parentheses so that the result, like a single literal, can take a method call (`.getBytes(...)`).
 * javac folds the constant concatenation back into one string.
 */
export function javaText(text: string): string {
  const lines = text.split(/(?<=\n)/);
  if (!isPlainMultiline(text) || lines.length < 2) return javaStr(text);
  return '(' + lines.map(javaStr).join('\n    + ') + ')';
}

export const helpers = { javaStr, javaText };
