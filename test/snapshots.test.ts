import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTarget, generate, targetIds } from '../src/index.js';
import { fixtures } from './fixtures.js';

/**
 * One golden file per fixture and target, with the target's real extension so a reviewer reads it as
 * code: test/snapshots/<fixture>/<target>.<ext>. In CI a missing file fails (vitest --ci).
 */
describe.each(targetIds)('%s', (targetId) => {
  const extension = findTarget(targetId)!.info.extension;
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const code = generate(fixture.request, targetId);
    await expect(code).toMatchFileSnapshot(join('snapshots', fixture.name, `${targetId}.${extension}`));
  });
});
