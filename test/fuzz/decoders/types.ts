import type Parser from 'web-tree-sitter';

/**
 * How one language's string literals read back, written from the language's reference and
 * independent of the escapers (src/targets/<language>/escape.ts): a fuzz check that used our escapers to decode would prove nothing.
 */
export interface LiteralDecoder {
  /**
   * Node types that can be one string expression: plain literals, and the concatenations of them a
   * snippet may write (`"a" + "b"`, Python's implicit `"a" "b"`, PHP's `'a' . 'b'`, a shell word made
   * of quoted pieces). The scan does not look inside a node that decodes.
   */
  stringTypes: readonly string[];
  /** Node types that are comments. */
  commentTypes: readonly string[];
  /**
   * The value the program sees. Throws an Error saying why when the node is a literal that is not
   * plain data (an interpolation, an unknown escape, a raw line break where the language forbids it).
   * Returns undefined when the node is not a string expression after all (a `+` whose operands are
   * not all literals); the scan then looks at its children.
   */
  decode(node: Parser.SyntaxNode): string | undefined;
}
