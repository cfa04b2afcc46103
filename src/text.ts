/**
 * Linear text operations on request data. Regexes such as `/[ \t]+$/` or `/\{([^}]+)\}/g` look harmless but
 * backtrack quadratically on a long run that does not end where they expect (160,000 spaces took 40 s).
 */

/** `text` without the leading and trailing characters that are in `chars`. */
export function trimChars(text: string, chars: string): string {
  return trimCharsStart(trimCharsEnd(text, chars), chars);
}

export function trimCharsStart(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return text.slice(start);
}

export function trimCharsEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * The pieces of a `{name}` template in order: literal text and names (a name runs from a `{` to the next `}`, so it
 * may hold `{`; a `{` with no `}` after it is literal). `allowEmpty: false` keeps `{}` literal.
 */
export function templatePieces(template: string, allowEmpty: boolean): { literal?: string; name?: string; whole: string }[] {
  const pieces: { literal?: string; name?: string; whole: string }[] = [];
  let literal = '';
  let position = 0;
  while (position < template.length) {
    const open = template.indexOf('{', position);
    const close = open < 0 ? -1 : template.indexOf('}', open + 1);
    if (close < 0) break;
    if (close === open + 1 && !allowEmpty) {
      literal += template.slice(position, close + 1);
      position = close + 1;
      continue;
    }
    literal += template.slice(position, open);
    if (literal !== '') pieces.push({ literal, whole: literal });
    literal = '';
    pieces.push({ name: template.slice(open + 1, close), whole: template.slice(open, close + 1) });
    position = close + 1;
  }
  literal += template.slice(position);
  if (literal !== '') pieces.push({ literal, whole: literal });
  return pieces;
}
