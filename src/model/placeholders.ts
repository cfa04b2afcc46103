/**
 * `{{name}}` placeholders (Postman's variable syntax). Names are limited to characters that need no
 * escaping in a URL, a form body or a string literal (but for `$` in PHP's double quotes, which phpStr
 * works around), so a placeholder can be left verbatim wherever it stands and stays readable.
 */
export const PLACEHOLDER = /\{\{[A-Za-z0-9_.$\-]+\}\}/g;

/** Splits text into alternating literal and placeholder pieces; `isPlaceholder` marks which is which. */
export function splitPlaceholders(text: string): { text: string; isPlaceholder: boolean }[] {
  // Most request text has no placeholder: skip the regex iterator, the costliest step of preparing a request.
  if (!text.includes('{{')) return text === '' ? [] : [{ text, isPlaceholder: false }];
  const pieces: { text: string; isPlaceholder: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), isPlaceholder: false });
    pieces.push({ text: match[0], isPlaceholder: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), isPlaceholder: false });
  return pieces;
}

/** PLACEHOLDER without the global flag: `test` keeps no lastIndex between texts. Made once, not per call. */
const ANY_PLACEHOLDER = new RegExp(PLACEHOLDER.source);

export function hasPlaceholder(text: string): boolean {
  return ANY_PLACEHOLDER.test(text);
}

/**
 * An empty map of variables by name. Without a prototype: a variable may be named `__proto__` (assigning it on `{}`
 * would set the prototype and lose the variable) or `constructor`.
 */
export function variablesByName(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** Replaces the placeholders whose names are in `vars`; unknown ones stay as they are. */
export function substitute(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole) => {
    const name = whole.slice(2, -2);
    return Object.hasOwn(vars, name) ? vars[name]! : whole;
  });
}
