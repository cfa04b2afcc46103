import type { LiteralScan, LiteralSpan } from '../fuzz/literals.js';
import type { SyntaxProblem } from './tree-sitter.js';

/**
 * What a small lexer of a language without a tree-sitter grammar (Clojure, Erlang) reads: its string
 * literals with their values, its comments, literals that are not plain data, and syntax problems
 * (an unterminated literal, unbalanced brackets). The real readers check every snapshot in
 * test/syntax/beam-clojure-readers.test.ts; the lexers serve the fuzz property, which needs no runtime.
 */
export interface Lexed extends LiteralScan {
  syntax: SyntaxProblem[];
}

export function emptyLexed(): Lexed {
  return { literals: [] as LiteralSpan[], comments: [], problems: [], syntax: [] };
}

/** The 1-based line and column (UTF-16 units) of `offset`. */
export function positionOf(code: string, offset: number): { line: number; column: number } {
  const before = code.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Brackets that must nest; the caller pushes and pops at their offsets. */
export class Brackets {
  private readonly open: { close: string; at: number }[] = [];

  constructor(
    private readonly code: string,
    private readonly lexed: Lexed,
  ) {}

  push(close: string, at: number): void {
    this.open.push({ close, at });
  }

  pop(close: string, at: number): void {
    const top = this.open.pop();
    if (top?.close !== close) this.lexed.syntax.push({ ...positionOf(this.code, at), message: top === undefined ? `an unopened ${close}` : `${close} where ${top.close} was expected` });
  }

  end(): void {
    for (const { close, at } of this.open) this.lexed.syntax.push({ ...positionOf(this.code, at), message: `never closed (expected ${close})` });
  }
}
