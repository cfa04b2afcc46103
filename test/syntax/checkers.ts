import type { TargetInfo } from '../../src/index.js';
import type { LiteralScan } from '../fuzz/literals.js';
import { clojureProblems, clojureReady, scanClojure } from './clojure.js';
import { dartProblems, dartReady, scanDart } from './dart.js';
import { erlangProblems, erlangReady, scanErlang } from './erlang.js';
import { httpMessageProblems } from './http-message.js';
import { crystalProblems, crystalReady, scanCrystal } from './crystal.js';
import { fsharpProblems, fsharpReady, scanFSharp } from './fsharp.js';
import { perlProblems, perlReady, scanPerl } from './perl.js';
import { powershellProblems, powershellReady, scanPowerShell } from './powershell.js';
import { rProblems, rReady, scanR } from './r.js';
import { excerpt, parserFor, treeSitterProblems, type GrammarName, type SyntaxProblem, type TreeRule } from './tree-sitter.js';

export type SyntaxChecker = (code: string) => Promise<SyntaxProblem[]>;

/**
 * The grammar for each `TargetInfo.language`. The C# and Java snippets are statements only, like the
 * docs; both grammars accept top-level statements (C# 9 global statements, tree-sitter-java's
 * `program: repeat(statement)`), so they are parsed as printed and positions need no mapping.
 */
export const grammarByLanguage: Readonly<Record<string, GrammarName>> = {
  shell: 'bash',
  c: 'c',
  cpp: 'cpp',
  csharp: 'c_sharp',
  elixir: 'elixir',
  go: 'go',
  java: 'java',
  kotlin: 'kotlin',
  lua: 'lua',
  ocaml: 'ocaml',
  objectivec: 'objc',
  javascript: 'javascript',
  php: 'php',
  python: 'python',
  ruby: 'ruby',
  rust: 'rust',
  swift: 'swift',
};

/**
 * PHP code is only what follows `<?php`: anything else is text echoed as it is, and a `?>` (say in a
 * `//` comment holding request data) leaves PHP mode silently, turning the rest into output that
 * still parses. So a PHP snippet starts with `<?php` and has no text outside PHP mode.
 */
const phpStaysInPhpMode: TreeRule = (root) => {
  const found: ReturnType<TreeRule> = [];
  if (root.firstChild?.type !== 'php_tag') found.push({ node: root, message: 'a PHP snippet must start with <?php' });
  for (const node of root.descendantsOfType(['text', 'text_interpolation'])) {
    if (node.parent?.type === 'text_interpolation') continue; // reported with its enclosing node
    if (node.text.trim() !== '') found.push({ node, message: `text outside PHP mode (after a ?>): ${excerpt(node.text)}` });
  }
  return found;
};

const rules: Partial<Record<GrammarName, TreeRule>> = { php: phpStaysInPhpMode };

export function grammarChecker(grammar: GrammarName): SyntaxChecker {
  return async (code) => treeSitterProblems(await parserFor(grammar), code, rules[grammar]);
}

export const httpChecker: SyntaxChecker = async (code) => httpMessageProblems(code);

/** How a target's snippets are checked, by its language (the raw HTTP target has no grammar). */
/**
 * Languages with no tree-sitter grammar in tree-sitter-wasms, checked by their own parser instead: its
 * syntax errors, and the literal scan of the fuzz property read from its AST.
 */
export const parsedByOwnParser: Readonly<Record<string, { check: SyntaxChecker; scan: (code: string) => Promise<LiteralScan>; ready: () => Promise<void> }>> = {
  clojure: { check: clojureProblems, scan: scanClojure, ready: clojureReady },
  dart: { check: dartProblems, scan: scanDart, ready: dartReady },
  erlang: { check: erlangProblems, scan: scanErlang, ready: erlangReady },
  crystal: { check: crystalProblems, scan: scanCrystal, ready: crystalReady },
  fsharp: { check: fsharpProblems, scan: scanFSharp, ready: fsharpReady },
  perl: { check: perlProblems, scan: scanPerl, ready: perlReady },
  powershell: { check: powershellProblems, scan: scanPowerShell, ready: powershellReady },
  r: { check: rProblems, scan: scanR, ready: rReady },
};

export function checkerFor(info: TargetInfo): SyntaxChecker | undefined {
  if (info.language === 'http') return httpChecker;
  const ownParser = parsedByOwnParser[info.language];
  if (ownParser !== undefined) return ownParser.check;
  const grammar = grammarByLanguage[info.language];
  return grammar === undefined ? undefined : grammarChecker(grammar);
}

/** Each problem as `line:column message`, followed by the source line and a caret under the column. */
export function formatProblems(code: string, problems: SyntaxProblem[]): string {
  const lines = code.split('\n');
  return problems
    .map(({ line, column, message }) => {
      const source = (lines[line - 1] ?? '').replace(/\r$/, '');
      const caretIndent = source.slice(0, column - 1).replace(/[^\t]/g, ' '); // tabs kept so the caret lines up
      return `${line}:${column} ${message}\n    ${source}\n    ${caretIndent}^`;
    })
    .join('\n');
}
