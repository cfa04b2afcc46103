import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Parser from 'web-tree-sitter';

/** The grammars we parse snippets with, by their file name in tree-sitter-wasms (`tree-sitter-<name>.wasm`). */
export type GrammarName = 'bash' | 'c' | 'cpp' | 'c_sharp' | 'elixir' | 'go' | 'java' | 'javascript' | 'kotlin' | 'lua' | 'objc' | 'ocaml' | 'php' | 'python' | 'ruby' | 'rust' | 'swift';

/** One syntax problem, positioned in the checked text (1-based line and column, columns in UTF-16 code units). */
export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

const grammarsDir = join(dirname(createRequire(import.meta.url).resolve('tree-sitter-wasms/package.json')), 'out');

interface EmscriptenRuntime {
  HEAPU8: Uint8Array;
}
let runtime: EmscriptenRuntime | undefined;

/**
 * tree-sitter-wasms 0.1.13 grammars were linked against a newer runtime than web-tree-sitter 0.20.8,
 * whose tree-sitter.wasm does not export a few libc functions their external scanners import (ruby:
 * iswupper, bash: isalpha + strcmp, php: iswxdigit). An unresolved import only fails when first called,
 * in the middle of a parse ("Cannot read properties of undefined (reading 'apply')"). The runtime looks
 * unresolved imports up on its Module object as `_<name>`, so we supply them there.
 */
const libcShims = {
  _iswupper: (c: number) => Number(isLetter(c) && String.fromCodePoint(c) !== String.fromCodePoint(c).toLowerCase()),
  _isalpha: (c: number) => Number((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)),
  _iswxdigit: (c: number) => Number((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)),
  _strcmp: (left: number, right: number) => {
    const heap = runtime!.HEAPU8; // read at call time: growing the memory replaces the view
    while (heap[left] !== 0 && heap[left] === heap[right]) {
      left++;
      right++;
    }
    return heap[left]! - heap[right]!;
  },
  ___assert_fail: () => {
    throw new Error('assertion failed inside a tree-sitter scanner');
  },
};

function isLetter(c: number): boolean {
  return c >= 0 && c <= 0x10ffff && /\p{L}/u.test(String.fromCodePoint(c));
}

let initialised: Promise<void> | undefined;
const parsers = new Map<GrammarName, Promise<Parser>>();

/** A parser for one grammar; the runtime and each grammar are loaded once per process. */
export function parserFor(grammar: GrammarName): Promise<Parser> {
  initialised ??= loadRuntime();
  let parser = parsers.get(grammar);
  if (parser === undefined) {
    parser = initialised.then(() => loadParser(grammar));
    parsers.set(grammar, parser);
  }
  return parser;
}

/**
 * The runtime, then the Lua grammar. tree-sitter-lua.wasm keeps a stack pointer of its own (it does not import
 * __stack_pointer, unlike the other grammars): loaded after another grammar, its parses go wrong (`local x =
 * require("y")` reads as an error); loaded first, every grammar parses right. So it is loaded before any other.
 */
function loadRuntime(): Promise<void> {
  const lua = Parser.init({ ...libcShims, preRun: [(module: EmscriptenRuntime) => (runtime = module)] }).then(() => loadParser('lua'));
  parsers.set('lua', lua);
  return lua.then(() => undefined);
}

async function loadParser(grammar: GrammarName): Promise<Parser> {
  const language = await Parser.Language.load(readFileSync(join(grammarsDir, `tree-sitter-${grammar}.wasm`)));
  const created = new Parser();
  created.setLanguage(language);
  return created;
}

/** A grammar-specific rule on a tree that parsed: code that is valid but not what a snippet may be. */
export type TreeRule = (root: Parser.SyntaxNode) => { node: Parser.SyntaxNode; message: string }[];

/**
 * Every ERROR and MISSING node of the parse. An ERROR that contains another one is reported through
 * the inner one, which points closer to the cause. Then what `rule` finds.
 */
export function treeSitterProblems(parser: Parser, code: string, rule?: TreeRule): SyntaxProblem[] {
  const tree = parser.parse(code);
  const problems: SyntaxProblem[] = [];
  const visit = (node: Parser.SyntaxNode): void => {
    if (node.isMissing()) {
      problems.push({ ...positionOf(code, node.startIndex), message: `missing ${JSON.stringify(node.type)}` });
      return;
    }
    const innerProblems = node.children.filter((child) => child.hasError() || child.isMissing());
    if (node.type === 'ERROR' && innerProblems.length === 0) {
      problems.push({ ...positionOf(code, node.startIndex), message: `unexpected ${excerpt(code.slice(node.startIndex, node.endIndex))}` });
      return;
    }
    innerProblems.forEach(visit);
  };
  if (tree.rootNode.hasError()) visit(tree.rootNode);
  for (const { node, message } of rule?.(tree.rootNode) ?? []) problems.push({ ...positionOf(code, node.startIndex), message });
  tree.delete();
  return problems;
}

/** 1-based line and column of a UTF-16 offset (web-tree-sitter's indices are UTF-16 code units). */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** The offending text, quoted so invisible characters show, and cut short. */
export function excerpt(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}
