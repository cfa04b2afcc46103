import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeGate } from '../fuzz/decoders/run-literals.js';
import { perlRunner } from './perl.js';
import { rRunner } from './r.js';

/** The long-lived Rscript and perl that run the R and Perl clients' snippets must behave as `Rscript snippet.R` and `perl snippet.pl` do, case after case. */
const workDir = (file?: [string, string]) => {
  const dir = mkdtempSync(join(tmpdir(), 'snipforge-driver-'));
  if (file !== undefined) writeFileSync(join(dir, file[0]), file[1]);
  return dir;
};

const rGate = runtimeGate('Rscript', ['--version']);
describe.skipIf(rGate.skip)(`rRunner (one Rscript for every case)${rGate.note}`, () => {
  const runner = rRunner('utils', 'r-base-core');

  it('sources each snippet in its own work dir and a fresh environment', { timeout: 30_000 }, async () => {
    await runner.run('x <- 1\nstopifnot(readLines("data.txt") == "one")\n', workDir(['data.txt', 'one']));
    await runner.run('stopifnot(!exists("x"))\nstopifnot(readLines("data.txt") == "two")\n', workDir(['data.txt', 'two']));
  });

  it('fails a snippet that stops, with what it printed, and keeps running the next ones', { timeout: 30_000 }, async () => {
    await expect(runner.run('cat("before\\n")\nstop("boom")\n', workDir())).rejects.toThrow(/before[\s\S]*boom/);
    await expect(runner.run('f(\n', workDir())).rejects.toThrow(/Rscript snippet\.R failed/);
    await Promise.all([1, 2, 3].map((n) => runner.run(`Sys.sleep(0.05)\ncat(${n})\n`, workDir())));
  });
});

const perlGate = runtimeGate('perl', ['-v']);
describe.skipIf(perlGate.skip)(`perlRunner (one perl, a forked child per case)${perlGate.note}`, () => {
  const runner = perlRunner('strict', undefined);

  it('runs each snippet in its own work dir and a fresh process', { timeout: 30_000 }, async () => {
    await runner.run("our $x = 1;\nopen my $f, '<', 'data.txt' or die $!;\ndie 'wrong file' unless <$f> eq 'one';\n", workDir(['data.txt', 'one']));
    await runner.run("die 'leaked' if defined $main::x;\nopen my $f, '<', 'data.txt' or die $!;\ndie 'wrong file' unless <$f> eq 'two';\n", workDir(['data.txt', 'two']));
  });

  it('fails a snippet that dies or does not compile, with what it printed, and keeps running the next ones', { timeout: 30_000 }, async () => {
    await expect(runner.run('print "before\\n";\ndie "boom\\n";\n', workDir())).rejects.toThrow(/before[\s\S]*boom/);
    await expect(runner.run("use strict;\nmy $x = 'it's';\n", workDir())).rejects.toThrow(/perl snippet\.pl failed/);
    await Promise.all([1, 2, 3].map((n) => runner.run(`select(undef, undef, undef, 0.05);\nprint ${n};\n`, workDir())));
  });
});
