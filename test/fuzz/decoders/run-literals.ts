import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type Parser from 'web-tree-sitter';
import { generate } from '../../../src/generate.js';
import { findTarget, targetIds } from '../../../src/targets/registry.js';
import { fixtures } from '../../fixtures.js';
import { grammarByLanguage } from '../../syntax/checkers.js';
import { parserFor, type GrammarName } from '../../syntax/tree-sitter.js';
import { scanLiterals } from '../literals.js';
import type { LiteralDecoder } from './types.js';

/**
 * Shared by the decoder tests: each decoder is checked against its real language. The literal
 * sources go into one program that prints, for each, the UTF-8 bytes of its value in hex; the
 * program itself is scanned with scanLiterals, and what the decoder read at each literal's place
 * must be what the program printed.
 */

const CI = process.env.CI === 'true';

/**
 * Why `command` cannot be used here, or undefined when it can. In CI a missing runtime must fail the
 * run rather than skip: `requireRuntime` throws there.
 */
export function missingRuntime(command: string, versionArgs: string[] = ['--version']): string | undefined {
  const probe = spawnSync(command, versionArgs, { stdio: 'ignore', timeout: 30_000 });
  if (probe.error !== undefined) return `${command} not found (${(probe.error as NodeJS.ErrnoException).code ?? probe.error.message})`;
  return probe.status === 0 ? undefined : `${command} ${versionArgs.join(' ')} exited with ${probe.status}`;
}

/** Skip locally when the runtime is missing (the test name says why); in CI, run and fail. */
export function runtimeGate(command: string, versionArgs?: string[]): { skip: boolean; note: string; check: () => void } {
  const missing = missingRuntime(command, versionArgs);
  const skip = missing !== undefined && !CI;
  return {
    skip,
    note: skip ? ` (skipped: ${missing})` : '',
    check: () => {
      if (missing !== undefined) throw new Error(`runtime missing in CI: ${missing} (scripts/install-runtimes.sh installs it)`);
    },
  };
}

/** How to write and run one language's literal-printing program. */
export interface LiteralLanguage {
  grammar: GrammarName;
  /** File name of the program, written to a fresh temporary directory that is the working directory. */
  file: string;
  prelude: string;
  /** The source around one literal; the program prints each literal's value in order. */
  place: (literal: string) => [before: string, after: string];
  postlude: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** One lowercase hex string per literal from what the program wrote; default: one hex line each. */
  readOutput?: (stdout: Buffer) => string[];
}

export interface LiteralCheck {
  /** Hex of the value the decoder read at each literal (via scanLiterals), or a note why none. */
  decoded: string[];
  /** Hex of the value the real program printed for each literal. */
  printed: string[];
  /** What scanLiterals reported as not plain data, anywhere in the program. */
  problems: string[];
}

export const utf8Hex = (text: string): string => Buffer.from(text, 'utf8').toString('hex');

/** Builds the program, decodes its literals with the decoder and runs it once. */
export async function checkLiterals(language: LiteralLanguage, sources: readonly string[]): Promise<LiteralCheck> {
  let text = language.prelude;
  const spans: { start: number; end: number }[] = [];
  for (const source of sources) {
    const [before, after] = language.place(source);
    text += before;
    spans.push({ start: text.length, end: text.length + source.length });
    text += source + after;
  }
  text += language.postlude;

  const scan = await scanLiterals(language.grammar, text);
  const decoded = spans.map(({ start, end }) => {
    const inside = scan.literals.filter((literal) => literal.start >= start && literal.end <= end);
    return inside.length === 1 ? utf8Hex(inside[0]!.value) : `<${inside.length} literals decoded here>`;
  });
  return { decoded, printed: runProgram(language, text), problems: scan.problems };
}

function runProgram(language: LiteralLanguage, program: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), `snipforge-literals-${language.grammar}-`));
  try {
    writeFileSync(join(dir, language.file), program);
    const run = spawnSync(language.command, language.args, { cwd: dir, env: { ...process.env, ...language.env }, maxBuffer: 64 << 20, timeout: 120_000 });
    if (run.error !== undefined) throw run.error;
    if (run.status !== 0) throw new Error(`${language.command} ${language.args.join(' ')} exited with ${run.status}:\n${run.stderr.toString().slice(0, 2000)}`);
    return language.readOutput?.(run.stdout) ?? run.stdout.toString('utf8').split('\n').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The decoder's reading of `literal` where it stands in `code`: the outermost node of one of its
 * string types inside the literal's span (for a here-document, its body). Throws what the decoder throws.
 */
export async function decodeIn(grammar: GrammarName, code: string, literal: string): Promise<string | undefined> {
  const [parser, { decoder }] = await Promise.all([parserFor(grammar), import(/* @vite-ignore */ `./${grammar}.js`) as Promise<{ decoder: LiteralDecoder }>]);
  const start = code.indexOf(literal);
  if (start < 0) throw new Error(`${JSON.stringify(literal)} is not in the code`);
  const end = start + literal.length;
  const tree = parser.parse(code);
  try {
    const find = (node: Parser.SyntaxNode): Parser.SyntaxNode | undefined => {
      if (node.startIndex >= start && node.endIndex <= end && decoder.stringTypes.includes(node.type)) return node;
      for (const child of node.children) {
        const found = find(child);
        if (found !== undefined) return found;
      }
      return undefined;
    };
    const node = find(tree.rootNode);
    if (node === undefined) throw new Error(`no string node for ${JSON.stringify(literal)} in: ${tree.rootNode.toString()}`);
    return decoder.decode(node);
  } finally {
    tree.delete();
  }
}

/** Every fixture's snippet for every target written in `grammar`. */
export function snippetsIn(grammar: GrammarName): { target: string; fixture: string; code: string }[] {
  return targetIds
    .filter((id) => grammarByLanguage[findTarget(id)!.info.language] === grammar)
    .flatMap((target) => fixtures.map((fixture) => ({ target, fixture: fixture.name, code: generate(fixture.request, target) })));
}

/**
 * Random text weighted to what breaks literals: every quote, backslashes, interpolation openers of
 * all our languages, line breaks, NUL and other controls, line/paragraph separators, bidi controls,
 * BOM, astral characters; mixed with any Unicode text.
 */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('\\', '"', "'", '`', '"""', "'''", '$', '${', '$(', '#{', '\\(', '{', '}', '%', '!', '#', '~', '*', '?', '@', '\n', '\r', '\r\n', '\t', '\0', '\x01', '\x1b', '\x7f', '\u0085', '\u00e9', '\u2028', '\u2029', '\u202e', '\ufeff', '\u{1F600}', '\u{10FFFF}', '\\u0022', '\\x41', '\\n'),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 8 }),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

/**
 * `runs` random texts, each written as a literal by `encode`, which picks a form for each character
 * with `choose(n)` (0 ≤ result < n) so every escape form the encoder knows gets used. Deterministic.
 */
export function sampleLiterals(
  encode: (text: string, choose: (count: number) => number) => string,
  options: { runs: number; seed: number; text?: fc.Arbitrary<string> },
): { text: string; source: string }[] {
  const choices = fc.array(fc.nat({ max: 1 << 16 }), { minLength: 32, maxLength: 32 });
  return fc.sample(fc.tuple(options.text ?? hostileText, choices), { numRuns: options.runs, seed: options.seed }).map(([text, picks]) => {
    let next = 0;
    const choose = (count: number) => picks[next++ % picks.length]! % count;
    return { text, source: encode(text, choose) };
  });
}
