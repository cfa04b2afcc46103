import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeTargets } from '../src/cli/main.js';
import { describeAllowed } from '../src/targets/options.js';

/**
 * The README's per-client options table is `snipforge targets --json` written as Markdown, checked here so
 * it stays true. After adding or changing an option: `SNIPFORGE_WRITE_README=1 npx vitest run test/readme-options.test.ts`.
 */
const README = join(import.meta.dirname, '..', 'README.md');
const START = '<!-- options-table: generated from snipforge targets --json by test/readme-options.test.ts -->\n';
const END = '<!-- options-table end -->\n';

export function optionsTable(): string {
  const rows = describeTargets()
    .filter((target) => Object.keys(target.options.properties ?? {}).length > 0)
    .map((target) => {
      const options = Object.entries(target.options.properties ?? {}).map(([name, field]) => `\`${name}\`: ${describeAllowed(field)} (default \`${JSON.stringify(field.default)}\`)`);
      return `| \`${target.id}\` | ${options.join('<br>')} |`;
    });
  return ['| client | options: allowed values (default) |', '|---|---|', ...rows].join('\n') + '\n';
}

describe('README options table', () => {
  it('is what snipforge targets --json says', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, 'the README has the options table markers').toBeGreaterThan(-1);
    const current = readme.slice(start + START.length, end);
    if (process.env.SNIPFORGE_WRITE_README === '1' && current !== optionsTable()) {
      writeFileSync(README, readme.slice(0, start + START.length) + optionsTable() + readme.slice(end));
      return;
    }
    expect(current).toBe(optionsTable());
  });
});
