import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { RequestInput } from '../src/index.js';
import { inlineRequest } from '../src/integrations/inline-blocks.js';

export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');

export interface Fixture {
  name: string;
  request: RequestInput;
}

/** The shared corpus of hard requests: snapshots, syntax checks and execution tests all use it. */
export const fixtures: Fixture[] = readdirSync(join(FIXTURES_DIR, 'requests'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ''), request: JSON.parse(readFileSync(join(FIXTURES_DIR, 'requests', f), 'utf8')) as RequestInput }));

/**
 * The requests written inline in examples/inline-guide.mdx (```` ```http snipforge ```` and ```` ```snipforge ````
 * blocks, as the remark and markdown-it plugins read them), named `inline-guide-<n>`: the execution suite runs them
 * like the fixtures.
 */
export const inlineFixtures: Fixture[] = (() => {
  const page = readFileSync(join(import.meta.dirname, '..', 'examples', 'inline-guide.mdx'), 'utf8');
  const blocks = fromMarkdown(page).children.flatMap((node) => (node.type === 'code' ? [inlineRequest(node.lang, node.meta, node.value)] : []));
  return blocks.flatMap((read) => (read === undefined ? [] : [read()])).map((request, index) => ({ name: `inline-guide-${index + 1}`, request }));
})();
