import type Parser from 'web-tree-sitter';
import { parserFor, type GrammarName } from '../syntax/tree-sitter.js';
import type { LiteralDecoder } from './decoders/types.js';

/** A string expression of a snippet: where it is (UTF-16 offsets) and the value it holds. */
export interface LiteralSpan {
  start: number;
  end: number;
  value: string;
}

export interface LiteralScan {
  literals: LiteralSpan[];
  comments: { start: number; end: number }[];
  /** Literals that are not plain data, with the decoder's reason and where. */
  problems: string[];
}

const decoders = new Map<GrammarName, Promise<LiteralDecoder>>();

function decoderFor(grammar: GrammarName): Promise<LiteralDecoder> {
  let decoder = decoders.get(grammar);
  if (decoder === undefined) {
    // @vite-ignore: vitest otherwise rewrites this import to a glob of `./decoders/*.js`, which
    // matches none of the .ts files ("Unknown variable dynamic import").
    decoder = import(/* @vite-ignore */ `./decoders/${grammar}.js`).then((module: { decoder: LiteralDecoder }) => module.decoder);
    decoders.set(grammar, decoder);
  }
  return decoder;
}

/** Every string expression and comment of `code`, outermost first, in source order. */
export async function scanLiterals(grammar: GrammarName, code: string): Promise<LiteralScan> {
  const [parser, decoder] = await Promise.all([parserFor(grammar), decoderFor(grammar)]);
  const tree = parser.parse(code);
  const scan: LiteralScan = { literals: [], comments: [], problems: [] };
  const visit = (node: Parser.SyntaxNode): void => {
    if (decoder.commentTypes.includes(node.type)) {
      scan.comments.push({ start: node.startIndex, end: node.endIndex });
      return;
    }
    if (decoder.stringTypes.includes(node.type)) {
      try {
        const value = decoder.decode(node);
        if (value !== undefined) {
          scan.literals.push({ start: node.startIndex, end: node.endIndex, value });
          return;
        }
      } catch (error) {
        scan.problems.push(`${node.startPosition.row + 1}:${node.startPosition.column + 1} ${(error as Error).message}: ${JSON.stringify(node.text.slice(0, 80))}`);
        return;
      }
    }
    for (const child of node.children) visit(child);
  };
  visit(tree.rootNode);
  tree.delete();
  return scan;
}

/** The snippet with every literal and comment blanked out: the code that runs, minus its data. */
export function codeOutsideLiterals(code: string, scan: LiteralScan): string {
  const spans = [...scan.literals, ...scan.comments].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    if (start < at) continue;
    out += code.slice(at, start) + ' ';
    at = end;
  }
  return out + code.slice(at);
}
