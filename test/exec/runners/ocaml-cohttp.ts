import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchedBuilds, processScratchDir, runCommand, type Runner } from '../runner.js';

const scratch = processScratchDir(join(import.meta.dirname, '..', '.work', 'ocaml-cohttp-builds'));

/**
 * cohttp-lwt-unix 4.0 on OCaml 4.13 (Debian): a snippet is a complete program, which a reader builds with
 * `ocamlfind ocamlopt -thread -package cohttp-lwt-unix -linkpkg main.ml -o main`. All cases of a run are compiled by
 * ONE such call, as one file: case N is the body of a generative functor `module Case_N () = struct ... end`, its
 * text after a line directive `# 1 "caseN.ml"` (so the compiler names its own file and lines), and a dispatcher
 * applies the functor of the case named on the command line, which runs that case's top-level `let () = ...`.
 */
const builds = batchedBuilds({
  sourceName: (caseNumber) => `"case${caseNumber}.ml"`,
  buildDir: (key) => (key.startsWith('batch-') ? join(scratch, key) : join(key, 'build')),
  async compile(buildDir, snippets) {
    const cases = snippets.map((code, i) => `module Case_${i} () = struct\n# 1 "case${i}.ml"\n${code}\nend\n`);
    const arms = snippets.map((_, i) => `  | "${i}" -> let module M = Case_${i} () in ()\n`).join('');
    writeFileSync(join(buildDir, 'snippets.ml'), `${cases.join('')}# 1 "dispatch.ml"\nlet () =\n  match Sys.argv.(1) with\n${arms}  | _ -> exit 2\n`);
    await runCommand('ocamlfind', ['ocamlopt', '-thread', '-package', 'cohttp-lwt-unix', '-linkpkg', '-w', '-a', 'snippets.ml', '-o', 'snippets'], { cwd: buildDir, timeoutMs: 600_000 });
  },
});

export const runner: Runner = {
  requires: ['ocamlfind'],
  missing() {
    const probe = spawnSync('ocamlfind', ['query', 'cohttp-lwt-unix'], { stdio: 'ignore' });
    return probe.status === 0 ? undefined : 'ocamlfind finds no cohttp-lwt-unix (apt libcohttp-lwt-unix-ocaml-dev)';
  },
  prepareBatch: builds.prepareBatch,
  async run(code, workDir) {
    writeFileSync(join(workDir, 'main.ml'), code);
    const { buildDir, caseNumber } = await builds.compiled(code, workDir);
    await runCommand(join(buildDir, 'snippets'), [String(caseNumber)], { cwd: workDir });
  },
};
