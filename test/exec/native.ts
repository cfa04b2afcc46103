import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchedBuilds, processScratchDir, runCommand, type Runner } from './runner.js';

/**
 * A runner for C and C++ clients: the snippets are complete programs (`#include`s and `int main`), so
 * a reader compiles the file as shown (`gcc -o snippet snippet.c -lcurl`). All cases of a run are
 * compiled as ONE translation unit, one compiler call per run: the frame around case N is
 * `#define main snippet_case_N` and `#line 1 "caseN.c"` before its text (so its `main` becomes an
 * ordinary function and the compiler names its own file and lines) and `#undef main` after; a
 * dispatcher `main` at the end calls the case named on the command line. Repeated `#include`s are
 * no-ops (include guards), and the snippets declare nothing at file scope but their `main`.
 */
export function nativeRunner(options: {
  id: string;
  compiler: 'gcc' | 'g++';
  /** The file a reader saves the snippet as, in its work dir (for a reader of a failure). */
  snippetFile: string;
  /** The pkg-config package the client's flags come from. */
  pkgConfig: string;
  /** Compiler flags before the sources (a language standard). */
  flags: readonly string[];
}): Runner {
  const extension: 'c' | 'cpp' = options.compiler === 'gcc' ? 'c' : 'cpp';
  const scratch = processScratchDir(join(import.meta.dirname, '.work', `${options.id}-builds`));
  let pkgFlags: string[] | undefined;
  const clientFlags = () => (pkgFlags ??= execFileSync('pkg-config', ['--cflags', '--libs', options.pkgConfig], { encoding: 'utf8' }).trim().split(/\s+/).filter(Boolean));

  const builds = batchedBuilds({
    sourceName: (caseNumber) => `case${caseNumber}.${extension}`,
    buildDir: (key) => (key.startsWith('batch-') ? join(scratch, key) : join(key, 'build')),
    async compile(buildDir, snippets) {
      writeFileSync(join(buildDir, `snippets.${extension}`), batchSource(snippets, extension));
      await runCommand(options.compiler, [...options.flags, '-o', 'snippets', `snippets.${extension}`, ...clientFlags()], { cwd: buildDir, timeoutMs: 600_000 });
    },
  });

  return {
    requires: [options.compiler, 'pkg-config'],
    missing() {
      try {
        clientFlags();
        return undefined;
      } catch {
        return `pkg-config finds no ${options.pkgConfig} (scripts/install-runtimes.sh installs it)`;
      }
    },
    prepareBatch: builds.prepareBatch,
    async run(code, workDir) {
      writeFileSync(join(workDir, options.snippetFile), code);
      const { buildDir, caseNumber } = await builds.compiled(code, workDir);
      await runCommand(join(buildDir, 'snippets'), [String(caseNumber)], { cwd: workDir });
    },
  };
}

/** The one translation unit of a batch: each snippet in its frame, then the dispatcher. */
export function batchSource(snippets: readonly string[], extension: 'c' | 'cpp'): string {
  return snippets.map((code, i) => caseSource(code, i, extension)).join('') + dispatcher(snippets.length, extension);
}

/** The frame around case N: its `main` renamed by the preprocessor, its own file name and lines for the compiler's messages. */
export function caseSource(code: string, caseNumber: number, extension: 'c' | 'cpp'): string {
  return `#define main snippet_case_${caseNumber}\n#line 1 "case${caseNumber}.${extension}"\n${code}\n#undef main\n`;
}

function dispatcher(count: number, extension: string): string {
  const arms = Array.from({ length: count }, (_, i) => `    case ${i}: return snippet_case_${i}();\n`).join('');
  return `#line 1 "dispatch.${extension}"\n#include <stdlib.h>\nint main(int argc, char **argv)\n{\n    if (argc < 2) return 2;\n    switch (atoi(argv[1])) {\n${arms}    }\n    return 2;\n}\n`;
}
