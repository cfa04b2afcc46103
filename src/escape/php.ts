import { escapeCodePoints, hex, isInvisible } from './literal.js';

/**
 * A PHP string literal. Single quotes (no interpolation; only `\\` and `\'` mean anything) when the
 * text is printable apart from line feeds and tabs; otherwise double quotes with every escape
 * spelled out and `$` escaped so nothing interpolates.
 */
export function phpStr(text: string): string {
  const printable = [...text].every((ch) => ch === '\n' || ch === '\t' || !isInvisible(ch.codePointAt(0)!));
  if (printable) return `'${text.replace(/[\\']/g, (c) => '\\' + c)}'`;
  return (
    '"' +
    escapeCodePoints(text, (cp, ch) => {
      if (ch === '\\') return '\\\\';
      if (ch === '"') return '\\"';
      if (ch === '$') return '\\$';
      if (ch === '\n') return '\\n';
      if (ch === '\r') return '\\r';
      if (ch === '\t') return '\\t';
      if (isInvisible(cp)) return cp < 0x80 ? '\\x' + hex(cp, 2) : `\\u{${hex(cp, 1)}}`;
      return undefined;
    }) +
    '"'
  );
}

export const helpers = { phpStr };
