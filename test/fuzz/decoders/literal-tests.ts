import { expect, it } from 'vitest';
import type { GrammarName } from '../../syntax/tree-sitter.js';
import { scanLiterals } from '../literals.js';
import { checkLiterals, decodeIn, runtimeGate, snippetsIn, utf8Hex, type LiteralLanguage } from './run-literals.js';

/**
 * The three checks every decoder's tests make (against the real language, the cases that must
 * throw, every fixture snippet of the grammar), and the small helpers their random encoders use.
 */

export const hex2 = (value: number) => value.toString(16).padStart(2, '0');
export const hex4 = (value: number) => value.toString(16).padStart(4, '0');
export const hex8 = (value: number) => value.toString(16).padStart(8, '0');
export const utf8Bytes = (ch: string) => [...Buffer.from(ch, 'utf8')];

/** Pairs each source with its hex, so a failure names the literal. */
const rows = (sources: readonly string[], hex: readonly string[]) => sources.map((source, i) => `${source} → ${hex[i] ?? '<nothing printed>'}`);

/**
 * The runtime check: what the decoder read is what the program printed, and (generated cases) what
 * was encoded. `runtime` names the language's implementation in the test name.
 */
export function describeRuntime(language: LiteralLanguage, gate: ReturnType<typeof runtimeGate>, sources: () => { source: string; text?: string }[], runtime = language.command): void {
  it.skipIf(gate.skip)(`reads every literal as ${runtime} does${gate.note}`, { timeout: 60_000 }, async () => {
    gate.check();
    const cases = sources();
    const list = cases.map((c) => c.source);
    const result = await checkLiterals(language, list);
    expect(result.problems).toEqual([]);
    expect(rows(list, result.decoded)).toEqual(rows(list, result.printed));
    const generated = cases.filter((c) => c.text !== undefined);
    expect(generated.length).toBeGreaterThan(0);
    const printedByGenerated = cases.flatMap((c, i) => (c.text === undefined ? [] : [result.printed[i]!]));
    expect(rows(generated.map((c) => c.source), printedByGenerated)).toEqual(rows(generated.map((c) => c.source), generated.map((c) => utf8Hex(c.text!))));
  });
}

export function describeThrows(grammar: GrammarName, wrap: (literal: string) => string, cases: [string, RegExp][]): void {
  it.each(cases)('throws on %j', async (literal, reason) => {
    await expect(decodeIn(grammar, wrap(literal), literal)).rejects.toThrow(reason);
  });
}

export function describeSnippets(grammar: GrammarName): void {
  it.each(snippetsIn(grammar).map((s) => [s.target, s.fixture, s.code] as const))('%s × %s scans with no problem', async (_target, _fixture, code) => {
    const scan = await scanLiterals(grammar, code);
    expect(scan.problems).toEqual([]);
    expect(scan.literals.length).toBeGreaterThan(0);
  });
}

/** One character, picked among the forms `forms` offers for it (undefined: not available). */
export function pick(choose: (count: number) => number, forms: (string | undefined)[]): string {
  const available = forms.filter((form): form is string => form !== undefined);
  return available[choose(available.length)]!;
}
