import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { batchedBuilds, processScratchDir, runCommand, splitLeadingDirectives, type Runner } from '../runner.js';

/**
 * Crystal 1.6 (Debian's `crystal`), HTTP::Client from its standard library. Every case of a run is
 * compiled into one program (a cold `crystal build` takes about 12 s). The frame: the snippet's
 * `require` lines stay at the top of its file `case_N.cr`, its statements become the body of
 * `def snippet_N`; main.cr requires every case and calls the one named on the command line.
 */
const WORK = join(import.meta.dirname, '..', '.work');
const SCRATCH = processScratchDir(join(WORK, 'crystal-builds'));
/** Crystal's own build cache (the standard library's objects), kept between runs. */
const env = { CRYSTAL_CACHE_DIR: join(WORK, 'crystal-cache') };

export function caseSource(code: string, caseNumber: number): string {
  const { directives, statements } = splitLeadingDirectives(code, /^require "[^"]*"$/);
  return `${directives.trimEnd()}\n\ndef snippet_${caseNumber}\n${statements.trim()}\nend\n`;
}

function mainSource(count: number): string {
  const requires = Array.from({ length: count }, (_, i) => `require "./case_${i}"`).join('\n');
  const arms = Array.from({ length: count }, (_, i) => `when "${i}" then snippet_${i}`).join('\n');
  return `${requires}\n\ncase ARGV[0]\n${arms}\nelse raise "no case #{ARGV[0]}"\nend\n`;
}

const builds = batchedBuilds({
  sourceName: (caseNumber) => `case_${caseNumber}.cr`,
  buildDir: (key) => join(SCRATCH, key.startsWith('batch-') ? key : `${basename(dirname(key))}-${basename(key)}`),
  async compile(buildDir, snippets) {
    writeFileSync(join(buildDir, 'main.cr'), mainSource(snippets.length));
    snippets.forEach((code, i) => writeFileSync(join(buildDir, `case_${i}.cr`), caseSource(code, i)));
    await runCommand('crystal', ['build', '--no-color', 'main.cr', '-o', 'snippets'], { cwd: buildDir, timeoutMs: 600_000, env });
  },
});

export const runner: Runner = {
  requires: ['crystal'],
  prepareBatch: builds.prepareBatch,
  async run(code, workDir) {
    writeFileSync(join(workDir, 'main.cr'), code);
    const { buildDir, caseNumber } = await builds.compiled(code, workDir);
    await runCommand(join(buildDir, 'snippets'), [String(caseNumber)], { cwd: workDir });
  },
};
