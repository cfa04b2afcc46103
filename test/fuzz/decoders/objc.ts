import type Parser from 'web-tree-sitter';
import { decodeCLiteral } from './c.js';
import type { LiteralDecoder } from './types.js';

/**
 * Objective-C string literals: `@"…"` NSString literals and plain C `"…"` literals, both read by C's
 * rules (the Objective-C grammar adds only the `@`), and adjacent literals, which the compiler joins
 * (`@"a" @"b"`, `@"a" "b"`). An NSString literal's text is its bytes read as UTF-8, as clang builds it.
 */
export function decodeObjcLiteral(source: string): string {
  return decodeCLiteral(source.startsWith('@') ? source.slice(1) : source);
}

function decodeExpression(node: Parser.SyntaxNode): string | undefined {
  switch (node.type) {
    case 'string_literal':
      return decodeObjcLiteral(node.text);
    case 'concatenated_string': {
      const pieces = node.namedChildren.map((child) => (child.type === 'string_literal' ? decodeObjcLiteral(child.text) : undefined));
      return pieces.includes(undefined) ? undefined : pieces.join('');
    }
    default:
      return undefined;
  }
}

export const decoder: LiteralDecoder = {
  stringTypes: ['string_literal', 'concatenated_string'],
  commentTypes: ['comment'],
  decode: decodeExpression,
};
