/**
 * Issue 16, Reliability: `build --watch` through broken, half-saved and deleted inputs; two builds into one output
 * directory (the lock); builds killed with SIGKILL or stopped with SIGINT part-way, then repaired by the next build.
 * Every case runs the real CLI in a child process.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, InputError, type BuildOptions, type Manifest } from '../../src/index.js';
import { run } from '../../src/cli/main.js';
import { displayPath } from '../../src/site/writers/files.js';
import { requestFiles } from '../../src/site/build/cache.js';

const ROOT = join(import.meta.dirname, '../..');
const LOCK = '.snipforge.lock';
const JOURNAL = '.snipforge.journal';
const TARGETS = ['curl', 'python-requests', 'http'];
/** Enough requests that writing them takes a while (4 files each): a kill or a second build lands in the middle. */
const REQUESTS = 300;

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
}, 60_000);

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'snipforge-reliability-'));
  temporary.push(dir);
  return dir;
}

/**
 * Request models of one version: `v2` changes every request in place by as many characters (so each file keeps its
 * size and only its content hash tells the versions apart), drops every seventh request and adds twenty.
 */
function requests(version: 'v1' | 'v2') {
  const request = (name: string, i: number) => ({
    name,
    method: 'POST',
    url: `https://api.example.com/${version}/items/${i}`,
    headers: [{ name: 'X-Version', value: version }],
    body: { mode: 'raw', language: 'json', text: JSON.stringify({ id: i, version }) },
  });
  const kept = Array.from({ length: REQUESTS }, (_, i) => i).filter((i) => version === 'v1' || i % 7 !== 0);
  const added = version === 'v2' ? Array.from({ length: 20 }, (_, i) => request(`Added ${i}`, REQUESTS + i)) : [];
  return [...kept.map((i) => request(`Request ${String(i).padStart(4, '0')}`, i)), ...added];
}

/** Every file below `root` (dot-files too) with its content, by `/`-separated path. */
function contents(root: string): Map<string, string> {
  const files = (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));
}

/** The curl snippet of the watch tests' request, '' while a build has not written it (read while builds run). */
function snippet(out: string): string {
  try {
    return readFileSync(join(out, 'ping', 'curl.sh'), 'utf8');
  } catch {
    return '';
  }
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('hex')}`;
}

function listedFiles(manifest: Manifest): { file: string; hash: string }[] {
  return [...manifest.requests.flatMap(requestFiles), ...manifest.documents];
}

function journalEntries(out: string): string[] {
  const path = join(out, JOURNAL);
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((line) => line !== '') : [];
}

interface Cli {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startCli(args: string[]): Cli {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => stderr, exited };
}

async function waitFor(condition: () => boolean, what: string, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; stderr so far:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('build --watch (real process)', () => {
  /** Starts `build <input> --watch` into `out` and waits for the first build; stopped with Ctrl-C by `stop`. */
  async function watching(input: string, out: string) {
    const cli = startCli(['build', input, '--out', out, '-t', 'curl', '--watch']);
    await waitFor(() => cli.stderr().includes('(Ctrl-C to stop)'), 'the watch to start', cli.stderr);
    return {
      ...cli,
      stop: async () => {
        cli.child.kill('SIGINT');
        expect((await cli.exited).code).toBe(0);
        expect(cli.stderr()).not.toMatch(/\n\s+at /);
      },
    };
  }
  const request = (path: string) => JSON.stringify({ name: 'Ping', url: `https://api.example.com/${path}` });

  it('keeps the last good output through a half-saved and a broken input, reports each on one line, and rebuilds on the next save', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'requests'));
    const input = join(dir, 'requests', 'ping.json');
    const out = join(dir, 'out');
    writeFileSync(input, request('first'));
    const cli = await watching(join(dir, 'requests'), out);
    try {
      const good = contents(out);
      expect(good.get('ping/curl.sh')).toContain('/first');

      // Written in place, cut short: what a watcher sees while an editor (or a slow copy) is still writing.
      writeFileSync(input, request('second').slice(0, 30));
      await waitFor(() => /snipforge: [^\n]*ping\.json:1:\d+: invalid JSON[^\n]*\n/.test(cli.stderr()), 'the error of the half-saved file', cli.stderr);
      expect(contents(out)).toEqual(good);

      writeFileSync(input, request('second').replace('}', ',}'));
      await waitFor(() => /snipforge: [^\n]*ping\.json:1:\d+: invalid JSON[^\n]*\n[^]*snipforge: [^\n]*ping\.json:1:\d+: invalid JSON/.test(cli.stderr()), 'the error of the broken edit', cli.stderr);
      expect(contents(out)).toEqual(good);

      writeFileSync(input, request('second'));
      await waitFor(() => snippet(out).includes('/second'), 'the rebuild after the fix', cli.stderr);
    } finally {
      await cli.stop();
    }
    // Each error is one `snipforge:` line: no line of stderr continues one.
    for (const line of cli.stderr().split('\n')) expect(line).toMatch(/^(snipforge: |Built |Watching |\S+ changed; rebuilding$|$)/);
  }, 120_000);

  it('reports a deleted input file, keeps the output, and builds it again when it reappears', async () => {
    const dir = tempDir();
    const input = join(dir, 'ping.json');
    const out = join(dir, 'out');
    writeFileSync(input, request('first'));
    const cli = await watching(input, out);
    try {
      const good = contents(out);
      unlinkSync(input);
      await waitFor(() => /snipforge: [^\n]*ping\.json: no such file\n/.test(cli.stderr()), 'the deleted input reported', cli.stderr);
      expect(contents(out)).toEqual(good);

      writeFileSync(input, request('back'));
      await waitFor(() => snippet(out).includes('/back'), 'the rebuild of the file back in place', cli.stderr);
    } finally {
      await cli.stop();
    }
  }, 120_000);

  it('reports a deleted input directory, keeps the output, and watches it again when it is created anew', async () => {
    const dir = tempDir();
    const inputs = join(dir, 'requests');
    const out = join(dir, 'out');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'ping.json'), request('first'));
    const cli = await watching(inputs, out);
    try {
      const good = contents(out);
      rmSync(inputs, { recursive: true });
      await waitFor(() => /snipforge: [^\n]*requests: no such file\n/.test(cli.stderr()), 'the deleted directory reported', cli.stderr);
      expect(contents(out)).toEqual(good);

      mkdirSync(inputs);
      writeFileSync(join(inputs, 'ping.json'), request('back'));
      await waitFor(() => snippet(out).includes('/back'), 'the rebuild of the directory created anew', cli.stderr);
      // Watched as a tree again, not only by its name: a later save inside it is seen.
      writeFileSync(join(inputs, 'ping.json'), request('later'));
      await waitFor(() => snippet(out).includes('/later'), 'the rebuild after a save inside it', cli.stderr);
    } finally {
      await cli.stop();
    }
  }, 120_000);
});

/** Inputs of both versions and their reference outputs, built once into directories of their own. */
let fixture: { dir: string; input: Record<'v1' | 'v2', string>; reference: Record<'v1' | 'v2', Map<string, string>>; referenceDir: Record<'v1' | 'v2', string> };

beforeAll(async () => {
  const dir = tempDir();
  const input = { v1: join(dir, 'v1.json'), v2: join(dir, 'v2.json') };
  const referenceDir = { v1: join(dir, 'reference-v1'), v2: join(dir, 'reference-v2') };
  for (const version of ['v1', 'v2'] as const) {
    writeFileSync(input[version], JSON.stringify(requests(version)));
    await build(buildOptions(input[version], referenceDir[version]));
  }
  fixture = { dir, input, referenceDir, reference: { v1: contents(referenceDir.v1), v2: contents(referenceDir.v2) } };
}, 120_000);

function buildOptions(input: string, outDir: string): BuildOptions {
  return { inputs: [input], outDir, targets: TARGETS, formats: ['md'] };
}

function cliArgs(version: 'v1' | 'v2', out: string, ...extra: string[]): string[] {
  return ['build', fixture.input[version], '--out', out, '-t', TARGETS.join(','), '-f', 'md', '--progress-after', '600000', ...extra];
}

/** An output directory holding a complete v1 build. */
function v1Output(): string {
  const out = join(tempDir(), 'out');
  cpSync(fixture.referenceDir.v1, out, { recursive: true });
  return out;
}

/**
 * What must hold whenever a build stopped: manifest.json is the previous build's or the new one's, whole; every file
 * it lists is on disk with its hash, except files the journal names (written by the unfinished build, which the next
 * build rewrites). No lock of a live process is left.
 */
function expectConsistent(out: string): 'v1' | 'v2' {
  const text = readFileSync(join(out, 'manifest.json'), 'utf8');
  const version = text === fixture.reference.v1.get('manifest.json') ? 'v1' : text === fixture.reference.v2.get('manifest.json') ? 'v2' : undefined;
  expect(version, 'manifest.json is neither the previous build nor the new one').toBeDefined();
  const journal = new Set(journalEntries(out).map((line) => JSON.parse(line) as string));
  for (const { file, hash } of listedFiles(JSON.parse(text) as Manifest)) {
    if (journal.has(file)) continue;
    const path = join(out, file);
    expect(existsSync(path) ? sha256(readFileSync(path, 'utf8')) : 'missing', file).toBe(hash);
  }
  return version!;
}

describe('two builds into one output directory', () => {
  it('run one after the other: the second waits for the lock of the first, names its pid, and the output is the second one', async () => {
    const out = join(tempDir(), 'out');
    // The first build is paused as soon as it holds the lock, so the second meets it whatever the machine's speed
    // (writing is fast enough now that a first build left running may finish before the second has rendered).
    const first = startCli(cliArgs('v1', out, '--lock-timeout', '300'));
    await waitFor(() => first.child.exitCode !== null || existsSync(join(out, LOCK)), 'the first build to take the lock', first.stderr);
    first.child.kill('SIGSTOP');
    const second = startCli(cliArgs('v2', out, '--lock-timeout', '300'));
    try {
      await waitFor(() => second.stderr().includes('waiting up to 300 s'), 'the second build to wait', second.stderr);
    } finally {
      first.child.kill('SIGCONT');
    }
    const [a, b] = await Promise.all([first.exited, second.exited]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(first.stderr()).not.toContain('waiting up to');
    expect(second.stderr()).toMatch(new RegExp(`^snipforge: waiting up to 300 s for another build writing to \\S+ \\(pid ${first.child.pid}, started \\S+\\)$`, 'm'));
    // The build that waited wrote last: the output is exactly its own, with no lock or journal left.
    expect(contents(out)).toEqual(fixture.reference.v2);
  }, 180_000);

  it('fails with exit 1 naming the lock and the pid holding it when the wait is over', async () => {
    const out = v1Output();
    const started = new Date().toISOString();
    // This test process is the live holder.
    writeFileSync(join(out, LOCK), JSON.stringify({ pid: process.pid, host: hostname(), started }));
    let stderr = '';
    const code = await run(cliArgs('v2', out, '--lock-timeout', '0.3'), { stdout: () => {}, stderr: (text) => (stderr += text) });
    expect(code).toBe(1);
    const lockPath = displayPath(join(out, LOCK));
    expect(stderr).toContain(`snipforge: waiting up to 0.3 s for another build writing to`);
    expect(stderr).toContain(`snipforge: ${lockPath}: another snipforge build (pid ${process.pid}, started ${started}) is writing to this output directory; waited 0.3 s. If no build is running, delete the lock file\n`);
    const { [LOCK]: lock, ...rest } = Object.fromEntries(contents(out));
    expect(lock).toBeDefined();
    expect(new Map(Object.entries(rest))).toEqual(fixture.reference.v1);
  }, 60_000);

  it('takes over the lock of a build that was killed, and leaves a lock of another host to its owner', async () => {
    const out = v1Output();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(out, LOCK), JSON.stringify({ pid: dead, host: hostname(), started: '2026-01-01T00:00:00.000Z' }));
    await build(buildOptions(fixture.input.v2, out));
    expect(contents(out)).toEqual(fixture.reference.v2);

    writeFileSync(join(out, LOCK), JSON.stringify({ pid: dead, host: 'build-agent-7', started: '2026-01-01T00:00:00.000Z' }));
    const refused = build({ ...buildOptions(fixture.input.v1, out), lockWaitMs: 0 });
    await expect(refused).rejects.toThrow(InputError);
    await expect(refused).rejects.toThrow(`another snipforge build (pid ${dead} on build-agent-7, started 2026-01-01T00:00:00.000Z) is writing to this output directory. If no build is running, delete the lock file`);
  }, 60_000);
});

describe('a build stopped part-way', () => {
  it('killed with SIGKILL at several points leaves the old or the new manifest with its files, and the next build repairs the output', async () => {
    // Points: as soon as the lock is taken, after the first file, a quarter and three quarters of the way.
    const points = [0, 1, 300, 900];
    let stoppedMidway = 0;
    for (const [index, afterFiles] of points.entries()) {
      const out = v1Output();
      const cli = startCli(cliArgs('v2', out));
      await waitFor(
        () => cli.child.exitCode !== null || (afterFiles === 0 ? existsSync(join(out, LOCK)) : journalEntries(out).length >= afterFiles),
        `the build to reach ${afterFiles} files`,
        cli.stderr,
      );
      cli.child.kill('SIGKILL');
      await cli.exited;
      if (expectConsistent(out) === 'v1') stoppedMidway++;

      // The next build, of either version (going back to v1 rewrites the files the killed build changed, though they
      // kept their size), leaves exactly what a build from scratch writes: no temp file, journal or lock.
      const next = index % 2 === 0 ? 'v2' : 'v1';
      let stderr = '';
      const code = await run(cliArgs(next, out), { stdout: () => {}, stderr: (text) => (stderr += text) });
      expect(code, stderr).toBe(0);
      expect(contents(out)).toEqual(fixture.reference[next]);
    }
    // The kills landed before the new manifest, where there is something to repair (not all: the machine may be slow).
    expect(stoppedMidway).toBeGreaterThanOrEqual(2);
  }, 300_000);

  it('stopped with SIGINT finishes the file it is writing, keeps the previous manifest, exits 130 with one line, and the next build completes it', async () => {
    const out = v1Output();
    const cli = startCli(cliArgs('v2', out));
    await waitFor(() => journalEntries(out).length >= 100, 'the build to write 100 files', cli.stderr);
    cli.child.kill('SIGINT');
    const { code } = await cli.exited;
    expect(code, cli.stderr()).toBe(130);
    const manifestPath = displayPath(join(out, 'manifest.json'));
    expect(cli.stderr()).toBe(`snipforge: interrupted; ${manifestPath} still describes the previous build, and the next build completes the output\n`);
    expect(expectConsistent(out)).toBe('v1');
    // The lock is released; the journal stays for the next build, which is told what the interrupted one wrote.
    expect(existsSync(join(out, LOCK))).toBe(false);
    const journal = journalEntries(out);
    expect(journal.length).toBeGreaterThanOrEqual(100);
    expect(readdirSync(join(out, JSON.parse(journal[0]!) as string, '..')).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const next = await build(buildOptions(fixture.input.v2, out));
    expect(next.files.written.length).toBeGreaterThan(0);
    expect(contents(out)).toEqual(fixture.reference.v2);
  }, 120_000);

  it('removes the temp files and the files of an unfinished build that no manifest lists', async () => {
    const out = v1Output();
    // What a build killed in the middle of two writes leaves: a temp file, and a new request's file written before it.
    writeFileSync(join(out, 'request-0001', '.4242.k3x9.tmp'), 'half a snippet');
    mkdirSync(join(out, 'brand-new'));
    writeFileSync(join(out, 'brand-new', 'curl.sh'), 'curl ...');
    writeFileSync(join(out, 'brand-new', '.4242.p0q1.tmp'), 'half of another');
    writeFileSync(join(out, JOURNAL), `${JSON.stringify('brand-new/curl.sh')}\n${JSON.stringify('request-0001/curl.sh')}\n"request-0002/cu`);
    // A file nobody wrote stays: only what the journal or a manifest names is ever deleted.
    writeFileSync(join(out, 'request-0001', 'notes.txt'), 'mine');
    await build(buildOptions(fixture.input.v1, out));
    expect(contents(out)).toEqual(new Map([...fixture.reference.v1, ['request-0001/notes.txt', 'mine']]));
    expect(existsSync(join(out, 'brand-new')), 'the directory the leftovers leave empty').toBe(false);
  }, 60_000);
});
