/**
 * Shared building blocks for the per-language string-literal escapers. Every escaper maps code
 * points: it either keeps a character or returns its escape. Invisible characters are always
 * escaped so that a snippet shows what it sends and nothing can hide in it.
 */
export type CodePointEscape = (cp: number, ch: string, next: string | undefined) => string | undefined;

export function escapeCodePoints(text: string, escape: CodePointEscape): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    out += escape(ch.codePointAt(0)!, ch, chars[i + 1]) ?? ch;
  }
  return out;
}

/**
 * C0 and C1 controls, DEL, line/paragraph separators, bidi overrides ("Trojan Source") and the BOM:
 * characters a reader cannot see or that some languages treat as line ends.
 */
export function isInvisible(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff
  );
}

export const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/** True when the text can go into a literal that keeps line breaks as they are (no other invisibles). */
export function isPlainMultiline(text: string): boolean {
  return text.includes('\n') && [...text].every((ch) => ch === '\n' || ch === '\t' || !isInvisible(ch.codePointAt(0)!));
}

export function utf8Bytes(ch: string): number[] {
  return [...Buffer.from(ch, 'utf8')];
}
