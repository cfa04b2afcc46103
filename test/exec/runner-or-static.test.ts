import { describe, expect, it } from 'vitest';
import { findTarget, targetIds } from '../../src/index.js';
import { availableTargets } from './targets.js';

/** The execution suite covers a client by its runner; the only other way to be absent from it is a `staticOnly` mark. */
describe('every target is executed or marked static', () => {
  it.each(targetIds)('%s', (id) => {
    const hasRunner = availableTargets.includes(id);
    const staticOnly = findTarget(id)!.info.staticOnly;
    expect(hasRunner || staticOnly !== undefined, `${id}: add test/exec/runners/${id}.ts, or info.staticOnly saying why no runtime can run it`).toBe(true);
    // A runner makes the mark wrong: the report would show STATIC for a client that runs.
    expect(hasRunner && staticOnly !== undefined, `${id}: has a runner and is marked staticOnly`).toBe(false);
  });

  it('has runners only for registered targets', () => {
    for (const id of availableTargets) expect(targetIds, `test/exec/runners/${id}.ts`).toContain(id);
  });
});
