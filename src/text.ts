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

/**
 * Characters a terminal or CI log acts on rather than shows: C0 controls (ESC starts a terminal sequence, CR and LF
 * start a line where `::error::` or `##vso[` become commands), DEL, C1 controls, bidi controls that reorder what is
 * shown, and the Unicode line and paragraph separators.
 */
const TERMINAL_UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function hexEscape(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text for one line of a message on stderr or stdout: every character in TERMINAL_UNSAFE shown as an escape (`\n`, `\x1b`, `\u202e`). */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (char) => SHORT_ESCAPES[char] ?? hexEscape(char));
}

/**
 * A message of one or more problems (one a line, as InputError messages are) as terminal lines, each starting with
 * `prefix` so no text from the input can start a line.
 */
export function terminalLines(prefix: string, message: string): string {
  return message
    .split('\n')
    .map((line) => `${prefix}${terminalText(line)}\n`)
    .join('');
}

/** A value as one line of JSON that a terminal shows as it is: JSON.stringify leaves DEL, C1, bidi controls and U+2028/9 raw. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value).replace(TERMINAL_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Orders strings by UTF-16 code unit, as `<` compares them: the same order on every machine and locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Lone UTF-16 surrogates have no UTF-8 encoding, so no client could send them. ES2024's native check (Node 20 has it,
 * TypeScript's ES2022 lib does not declare it): it answers at once for the usual one-byte string, where a regex scans.
 */
export const wellFormed = (s: string) => (s as unknown as { isWellFormed(): boolean }).isWellFormed();
