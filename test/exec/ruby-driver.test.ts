import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rubyRunner } from './ruby.js';

const hasRuby = (() => {
  try {
    execFileSync('ruby', ['-e', '0'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The long-lived ruby that runs the Ruby gem clients' snippets must behave as `ruby snippet.rb` does, case after case. */
describe.skipIf(!hasRuby)('rubyRunner (one ruby for every case, a fork per case)', () => {
  const runner = rubyRunner('json', 'ruby');
  const workDir = (file?: [string, string]) => {
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-ruby-'));
    if (file !== undefined) writeFileSync(join(dir, file[0]), file[1]);
    return dir;
  };

  it('runs each snippet in its own work dir, with nothing left from the case before', async () => {
    const first = workDir(['data.txt', 'one']);
    await runner.run('$seen = 1\nLEFT = 2\ndef helper; end\nraise "wrong dir" unless File.read("data.txt") == "one"\n', first);
    const second = workDir(['data.txt', 'two']);
    await runner.run('raise "state leaked" if $seen || defined?(LEFT) || respond_to?(:helper, true)\nraise "wrong dir" unless File.read("data.txt") == "two"\n', second);
  });

  it('fails a snippet that raises or exits non-zero, with its output, and keeps running the next ones', async () => {
    await expect(runner.run('puts "before"\nraise ArgumentError, "boom"\n', workDir())).rejects.toThrow(/before[\s\S]*boom \(ArgumentError\)/);
    await expect(runner.run('exit 3\n', workDir())).rejects.toThrow(/snippet\.rb ended with pid \d+ exit 3/);
    await runner.run('exit 0\n', workDir());
    await runner.run('print "still here, no line break"\n', workDir());
  });

  it('runs cases handed to it at once one after another', async () => {
    const log = join(workDir(), 'order.txt');
    await Promise.all([1, 2, 3].map((n) => runner.run(`sleep 0.05\nFile.write(${JSON.stringify(log)}, "${n}", mode: "a")\n`, workDir())));
    expect(execFileSync('cat', [log]).toString()).toBe('123');
  });
});
