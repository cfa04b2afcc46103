import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTarget, generate, targetIds } from '../src/index.js';

const OUTPUT = join(import.meta.dirname, '..', 'output', 'get-the-access-token');
const seedRequest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'examples', 'token-request.json'), 'utf8'));

/** output/ is committed for reviewers; it must be what `npm run generate` produces today. */
describe('output/ holds the current snippets of the seed token POST', () => {
  it('has exactly one file per target', () => {
    expect(readdirSync(OUTPUT).sort()).toEqual(targetIds.map((id) => `${id}.${findTarget(id)!.info.extension}`).sort());
  });
  it.each(targetIds)('%s is up to date (run `npm run generate` if this fails)', (id) => {
    const file = join(OUTPUT, `${id}.${findTarget(id)!.info.extension}`);
    expect(readFileSync(file, 'utf8')).toBe(generate(seedRequest, id));
  });
});
