import type Parser from 'web-tree-sitter';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Text built from characters and from escapes that stand for single bytes (`\xHH` in Go, bash and
 * Python bytes, octal escapes), read as UTF-8 once complete: `"\xc3\xa9"` is `é`. The languages
 * themselves would keep invalid UTF-8 as bytes; a model value is text, so that is an error here.
 */
export class ByteText {
  private done = '';
  /** Bytes from escapes since the last character, decoded together. */
  private pending: number[] = [];

  text(text: string): void {
    this.flush();
    this.done += text;
  }

  byte(value: number): void {
    this.pending.push(value);
  }

  /** A Unicode scalar value given by an escape; a surrogate or a value above U+10FFFF is an error. */
  codePoint(value: number): void {
    this.text(scalar(value));
  }

  toString(): string {
    this.flush();
    if (/\p{Cs}/u.test(this.done)) throw new Error('a lone surrogate');
    return this.done;
  }

  /** A character between escaped bytes ends their sequence, so they must be complete UTF-8 by then. */
  private flush(): void {
    if (this.pending.length === 0) return;
    try {
      this.done += STRICT_UTF8.decode(Uint8Array.from(this.pending));
    } catch {
      throw new Error(`the bytes the escapes stand for are not valid UTF-8 (${Buffer.from(this.pending).toString('hex')})`);
    }
    this.pending = [];
  }
}

/** The character for a Unicode scalar value written in an escape; surrogates and values above U+10FFFF are errors. */
export function scalar(value: number): string {
  if (value > 0x10ffff) throw new Error(`escape above U+10FFFF (${value.toString(16)})`);
  if (value >= 0xd800 && value <= 0xdfff) throw new Error(`escape of a surrogate (U+${value.toString(16).toUpperCase()})`);
  return String.fromCodePoint(value);
}

/** The hex number written with `count` digits at `at` (or from `atLeast` up to `count` digits), or undefined. */
export function hexDigits(text: string, at: number, count: number, atLeast = count): { value: number; length: number } | undefined {
  const match = new RegExp(`^[0-9A-Fa-f]{${atLeast},${count}}`).exec(text.slice(at, at + count));
  return match === null ? undefined : { value: parseInt(match[0], 16), length: match[0].length };
}

/**
 * `left + right` as one string when every operand is a string expression (`decodeOperand` returns
 * undefined for an operand that is not one, e.g. a variable or a number); undefined otherwise.
 * Parentheses around an operand (`parenthesized`, holding one expression) are looked through.
 */
export function decodeSum(
  node: Parser.SyntaxNode,
  fields: { left: string; operator: string; right: string },
  parenthesized: string,
  decodeOperand: (node: Parser.SyntaxNode) => string | undefined,
): string | undefined {
  if (node.childForFieldName(fields.operator)?.text !== '+') return undefined;
  const operand = (side: string): string | undefined => {
    let child = node.childForFieldName(side);
    while (child !== null && child.type === parenthesized && child.namedChildCount === 1) child = child.namedChild(0);
    return child === null ? undefined : decodeOperand(child);
  };
  const left = operand(fields.left);
  if (left === undefined) return undefined;
  const right = operand(fields.right);
  return right === undefined ? undefined : left + right;
}
