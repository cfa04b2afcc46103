import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYTHON, pythonRunner } from './python.js';

/** The long-lived python3 that runs the Python clients' snippets must behave as `python3 snippet.py` does, case after case. */
describe.skipIf(!existsSync(PYTHON))('pythonRunner (one python3 for every case)', () => {
  const runner = pythonRunner('json', undefined);
  const workDir = (file?: [string, string]) => {
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-python-'));
    if (file !== undefined) writeFileSync(join(dir, file[0]), file[1]);
    return dir;
  };

  it('runs each snippet as __main__ in its own work dir and a fresh namespace', async () => {
    const first = workDir(['data.txt', 'one']);
    await runner.run('x = 1\nassert __name__ == "__main__"\nassert open("data.txt").read() == "one"\n', first);
    const second = workDir(['data.txt', 'two']);
    await runner.run('assert "x" not in globals()\nassert open("data.txt").read() == "two"\n', second);
  });

  it('fails a snippet that raises, with its traceback, and keeps running the next ones', async () => {
    await expect(runner.run('print("before")\nraise ValueError("boom")\n', workDir())).rejects.toThrow(/before[\s\S]*ValueError: boom/);
    await expect(runner.run('import sys\nsys.exit(3)\n', workDir())).rejects.toThrow(/snippet\.py failed/);
    await runner.run('print("still here")\n', workDir());
  });

  it('runs cases handed to it at once one after another', async () => {
    await Promise.all([1, 2, 3].map((n) => runner.run(`import time\ntime.sleep(0.05)\nprint(${n})\n`, workDir())));
  });
});
