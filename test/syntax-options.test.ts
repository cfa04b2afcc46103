import { describe, expect, it } from 'vitest';
import { findTarget, generate, targetIds } from '../src/index.js';
import { optionsJsonSchema } from '../src/targets/options.js';
import { fixtures } from './fixtures.js';
import { valuesToRun } from './option-values.js';
import { checkerFor, formatProblems, grammarByLanguage } from './syntax/checkers.js';

/**
 * Every non-default value of every client option keeps every fixture's snippet parsing in the client's
 * language (tree-sitter grammars; languages checked by their own slower parser are covered by the exec
 * suite's option runs). Options come from the schemas, so new clients are covered without a line here.
 * Options that change the language itself (curl's cmd and PowerShell profiles) are checked elsewhere:
 * test/escape/cmd.test.ts and test/exec/options-exec.test.ts.
 */
const OTHER_LANGUAGE: Readonly<Record<string, unknown>> = { 'curl.shell': 'bash' };

const cases = targetIds.flatMap((targetId) => {
  const { info, options } = findTarget(targetId)!;
  if (grammarByLanguage[info.language] === undefined) return [];
  return Object.entries(optionsJsonSchema(options).properties ?? {}).flatMap(([name, field]) =>
    valuesToRun(field)
      .filter((value) => !(`${targetId}.${name}` in OTHER_LANGUAGE))
      .map((value) => [`${targetId} ${name}=${String(value)}`, targetId, { [name]: value }] as const),
  );
});

describe.each(cases)('%s', (_name, targetId, options) => {
  const check = checkerFor(findTarget(targetId)!.info)!;
  it('parses for every fixture', async () => {
    for (const fixture of fixtures) {
      const code = generate(fixture.request, targetId, {}, options);
      expect(formatProblems(code, await check(code)), `${fixture.name}`).toBe('');
    }
  });
});
