import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { batchedBuilds, processScratchDir, runCommand, type Runner } from './runner.js';

/**
 * The Rust runners: snippets built offline against Debian's crates (librust-*-dev in
 * `/usr/share/cargo/registry`). Every case of a run is one module of one program, so a run pays one
 * build. The frame: the snippet is the module's file as printed, its `fn main` made `pub fn main` so
 * the program's own main can call the case it is given (`#[tokio::main]` works on any function). The
 * dependencies are built once into a target dir kept between runs (cargo locks it, so runs may overlap).
 *
 * A client whose crate major is only in Debian 13 (ureq 3) is built and run in the Debian 13 root
 * that scripts/install-runtimes.sh makes (its rustc, cargo and crates; same network), unless this
 * machine's own registry has it.
 */

const REGISTRY = '/usr/share/cargo/registry';
const DEBIAN13_ROOT = process.env.SNIPFORGE_DEBIAN13_ROOT ?? '/var/lib/snipforge/debian13';

/** RUNTIMES.md, appendix C: crates from Debian's packages only. */
const CARGO_CONFIG = `[source.debian-packages]
directory = "${REGISTRY}"

[source.crates-io]
replace-with = "debian-packages"

[net]
offline = true
`;

interface RustClient {
  /** The crate directory prefix the snippets need in the registry, e.g. `reqwest-0.` or `ureq-3.`. */
  crate: string;
  /** Cargo.toml `[dependencies]` lines, as a reader of the snippet writes them. */
  dependencies: string;
}

const caseFile = (caseNumber: number) => `case_${caseNumber}.rs`;

/** The snippet as the module of case N: only its entry point changes. */
export function caseSource(code: string): string {
  if (!/^(async )?fn main\(/m.test(code)) throw new Error('a Rust snippet must have a `fn main(` at the start of a line');
  return code.replace(/^(async )?fn main\(/m, 'pub $1fn main(');
}

function mainSource(count: number): string {
  const modules = Array.from({ length: count }, (_, i) => `mod case_${i};`).join('\n');
  const arms = Array.from({ length: count }, (_, i) => `        ${i} => case_${i}::main(),`).join('\n');
  return `${modules}

fn main() {
    let case: usize = std::env::args().nth(1).expect("a case number").parse().expect("a case number");
    let result = match case {
${arms}
        _ => panic!("no case {case}"),
    };
    if let Err(error) = result {
        eprintln!("{error}");
        std::process::exit(1);
    }
}
`;
}

const hasCrate = (registry: string, crate: string) => existsSync(registry) && readdirSync(registry).some((dir) => dir.startsWith(crate));

export function rustRunner(client: RustClient): Runner {
  const useRoot = !hasCrate(REGISTRY, client.crate);
  const root = useRoot ? DEBIAN13_ROOT : '';
  /** Inside the root, builds and runs happen under its /tmp, the only place both sides see. */
  const work = useRoot ? join(root, 'tmp') : join(import.meta.dirname, '.work');
  const targetDir = join(work, 'snipforge-rust-target');
  const scratch = processScratchDir(join(work, 'snipforge-rust-builds'));
  /** A path as the toolchain sees it. */
  const inToolchain = (path: string) => path.slice(root.length);
  const toolchain = (cwd: string, command: string[], timeoutMs?: number, env: Record<string, string> = {}) =>
    useRoot
      ? runCommand('chroot', [root, '/usr/bin/env', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), '/bin/sh', '-c', 'cd "$1" && shift && exec "$@"', 'sh', inToolchain(cwd), ...command], { cwd, timeoutMs })
      : runCommand(command[0]!, command.slice(1), { cwd, timeoutMs, env });

  let builds = 0;
  const batched = batchedBuilds({
    sourceName: (caseNumber) => `src/${caseFile(caseNumber)}`,
    buildDir: (key) => join(scratch, key.startsWith('batch-') ? key : `${basename(dirname(key))}-${basename(key)}`),
    async compile(buildDir, snippets) {
      // A package name per build (and client: two may share a target dir): each build's binary is its own there.
      const name = `snippets_${client.crate.replace(/\W/g, '')}_${process.pid}_${++builds}`;
      mkdirSync(join(buildDir, '.cargo'));
      mkdirSync(join(buildDir, 'src'));
      writeFileSync(join(buildDir, '.cargo', 'config.toml'), CARGO_CONFIG);
      writeFileSync(join(buildDir, 'Cargo.toml'), `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${client.dependencies}`);
      writeFileSync(join(buildDir, 'src', 'main.rs'), mainSource(snippets.length));
      snippets.forEach((code, i) => writeFileSync(join(buildDir, 'src', caseFile(i)), caseSource(code)));
      try {
        await toolchain(buildDir, ['cargo', 'build', '--quiet'], 900_000, { CARGO_TARGET_DIR: inToolchain(targetDir), CARGO_INCREMENTAL: '0' });
        copyFileSync(join(targetDir, 'debug', name), join(buildDir, 'snippets'));
      } finally {
        removeArtifacts(targetDir, name);
      }
    },
  });
  return {
    requires: useRoot ? ['chroot'] : ['cargo'],
    missing() {
      if (!useRoot) return undefined;
      if (!hasCrate(join(root, REGISTRY), client.crate)) return `no ${client.crate}* crate in ${REGISTRY} nor in the Debian 13 root ${root} (scripts/install-runtimes.sh installs it)`;
      if (!existsSync(join(root, 'usr', 'bin', 'cargo'))) return `no cargo in the Debian 13 root ${root} (scripts/install-runtimes.sh installs it)`;
      if (process.getuid?.() !== 0) return `running Rust in the Debian 13 root ${root} needs root (chroot)`;
      if (!existsSync(join(root, 'proc', 'self')) || !existsSync(join(root, 'dev', 'null'))) return `proc or dev is not mounted in the Debian 13 root ${root} (scripts/install-runtimes.sh mounts them)`;
      return undefined;
    },
    prepareBatch: batched.prepareBatch,
    async run(code, workDir) {
      writeFileSync(join(workDir, 'main.rs'), code);
      const { buildDir, caseNumber } = await batched.compiled(code, workDir);
      // The snippet reads its files (upload.txt) from the current directory, which must be visible to it.
      const runDir = useRoot ? join(scratch, 'run', basename(dirname(workDir)), basename(workDir)) : workDir;
      if (runDir !== workDir) {
        rmSync(runDir, { recursive: true, force: true });
        cpSync(workDir, runDir, { recursive: true });
      }
      await toolchain(runDir, [inToolchain(join(buildDir, 'snippets')), String(caseNumber)]);
    },
  };
}

/** The build's own files in the shared target dir (the dependencies stay). */
function removeArtifacts(targetDir: string, name: string): void {
  const debug = join(targetDir, 'debug');
  for (const dir of [debug, join(debug, 'deps'), join(debug, '.fingerprint')]) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) if (entry === name || entry.startsWith(`${name}-`) || entry.startsWith(`${name}.`)) rmSync(join(dir, entry), { recursive: true, force: true });
  }
}
