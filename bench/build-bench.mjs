// `snipforge build` on a 1,000-request Postman collection × 11 targets, timed as a docs build runs it:
// a real process (`node dist/cli.cjs build ...`), cold (empty --out), warm (nothing changed), with one
// request changed, and a `--watch` rebuild after one request changed; side by side with the same work
// done by postman-code-generators in a loop (each request converted to each target, one file per
// snippet), also as a real process, and with a plain Node script writing the very same files. Then the
// same collection scaled to 10,000 requests: time per request and peak memory. Exits non-zero only on
// a crash, never because a goal is not met.
// Run with `npm run bench` (builds dist/ first); writes reports/bench-build.md. BUILD_BENCH_ONLY=<groups> (comma-separated:
// cold, mdx, no-files, watch, scale) runs only those scenarios and prints their rows, writing no report.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { targetInfos as allTargetInfos } from '../dist/index.js';
import { comparedTargets, writePostmanSnippets } from './equivalents.mjs';
import { collectionItems, postmanCollection } from './workload.mjs';

const targetInfos = comparedTargets(allTargetInfos);
const GROUPS = ['cold', 'mdx', 'no-files', 'watch', 'scale'];
const only = process.env.BUILD_BENCH_ONLY?.split(',').map((group) => group.trim());
for (const group of only ?? []) if (!GROUPS.includes(group)) throw new Error(`BUILD_BENCH_ONLY: unknown group "${group}"; choose from: ${GROUPS.join(', ')}`);
/** Whether the scenarios of `group` run. */
const runs = (group) => only === undefined || only.includes(group);

const root = join(import.meta.dirname, '..');
const CLI = join(root, 'dist/cli.cjs');
const REQUESTS = 1000;
/** The scale run: the same collection this many times larger. */
const SCALE_REQUESTS = 10_000;
/** Each snipforge scenario runs this many times; the median is reported. */
const RUNS = 3;
/** Issue 15: cold at most this many times the plain script; warm and a watch rebuild within this many ms; peak memory at 10k. */
const GOALS = { coldRatio: 1.5, warmMs: 300, watchMs: 300, scaleRssMb: 400 };
/** The request edited in the "one request changed" scenario. */
const CHANGED_INDEX = 500;
/** Loaded into each timed process: its CPU time and peak memory, printed as it exits. */
const CPU_HOOK = join(import.meta.dirname, 'cpu-hook.cjs');

if (process.argv[2] === '--postman-loop') {
  postmanLoop(process.argv[3], process.argv[4]);
  process.exit(0);
}
if (process.argv[2] === '--write-floor') {
  writeFloor(process.argv[3], process.argv[4]);
  process.exit(0);
}

const loadBefore = loadavg()[0];
const work = mkdtempSync(join(tmpdir(), 'snipforge-build-bench-'));
const collectionPath = join(work, 'api.postman_collection.json');
const items = collectionItems(REQUESTS);
const folderCount = new Set(items.map((item) => item.folders.join('/'))).size;
const writeCollection = (changeMarker) => writeFileSync(collectionPath, JSON.stringify(postmanCollection(items, { changedIndex: CHANGED_INDEX, changeMarker }), null, 2));
writeCollection('original');

console.log(`snipforge build bench: ${REQUESTS} requests (drawn from ${new Set(items.map((i) => i.fixture)).size} fixtures, ${folderCount} folders) × ${targetInfos.length} targets, node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'})`);
console.log(`each snipforge figure: median of ${RUNS} runs of the CLI as a process, startup included; wall time (CPU time of the process); load average before: ${loadBefore.toFixed(1)}\n`);

/*
 * Every cold run writes into a directory of its own, and all of them are deleted only at the end, after
 * `sync` before each timed run: deleting 11,000 files, or the writeback of the previous run, would
 * otherwise slow down whichever run comes next (this disk is mounted with `discard`). snipforge, the
 * plain script and the postman loop take turns, so all meet the same disk.
 */
const times = { cold: [], warm: [], changed: [], coldMdx: [], warmMdx: [], coldNoFiles: [], warmNoFiles: [], floor: [], postmanCold: [], postmanAgain: [] };
const coldFiles = REQUESTS * targetInfos.length + 1;
// Untimed: the first 11,000 files written after a while (or after a big delete) can take several times
// longer for either tool; one round of each first keeps that out of the comparison.
const warmUp = join(work, 'warm-up');
snipforgeBuild(warmUp, [], (s) => s.files.written.length === coldFiles);
if (runs('cold')) postmanRun(join(work, 'postman-warm-up'));
// What the plain script writes: the cold build's files with their contents, read here, once.
const floorInput = join(work, 'floor-input.json');
writeFileSync(floorInput, JSON.stringify(outputFiles(warmUp)));
for (let run = 0; run < RUNS; run++) {
  if (runs('cold')) {
    const out = join(work, `snipforge-out-${run}`);
    writeCollection('original');
    flushDisk();
    times.cold.push(snipforgeBuild(out, [], (s) => s.files.written.length === coldFiles));
    times.warm.push(snipforgeBuild(out, [], (s) => s.files.written.length === 0));
    writeCollection(`changed-${run}`);
    // The changed request's snippets and the manifest, nothing else.
    times.changed.push(snipforgeBuild(out, [], (s) => s.files.written.length === targetInfos.length + 1));
    writeCollection('original');

    flushDisk();
    times.floor.push(timedProcess([import.meta.filename, '--write-floor', floorInput, join(work, `floor-out-${run}`)]));

    const postmanOut = join(work, `postman-out-${run}`);
    flushDisk();
    times.postmanCold.push(postmanRun(postmanOut));
    times.postmanAgain.push(postmanRun(postmanOut));
  }

  if (runs('mdx')) {
    const mdxOut = join(work, `snipforge-mdx-out-${run}`);
    flushDisk();
    times.coldMdx.push(snipforgeBuild(mdxOut, ['--format', 'mdx'], (s) => s.files.written.length === REQUESTS * (targetInfos.length + 1) + 1));
    times.warmMdx.push(snipforgeBuild(mdxOut, ['--format', 'mdx'], (s) => s.files.written.length === 0));
  }

  if (runs('no-files')) {
    // A site that includes the md only: one document per request and the manifest.
    const mdOut = join(work, `snipforge-md-only-out-${run}`);
    flushDisk();
    times.coldNoFiles.push(snipforgeBuild(mdOut, ['--format', 'md', '--no-files'], (s) => s.files.written.length === REQUESTS + 1));
    times.warmNoFiles.push(snipforgeBuild(mdOut, ['--format', 'md', '--no-files'], (s) => s.files.written.length === 0));
  }
}
writeCollection('original');
const watch = runs('watch') ? await watchRebuilds(join(work, 'watch-out')) : undefined;

// Scale: the same fixtures, ten times as many requests; one cold build and one unchanged rebuild.
let scaleCold;
let scaleWarm;
if (runs('scale')) {
  const scalePath = join(work, 'scale.postman_collection.json');
  writeFileSync(scalePath, JSON.stringify(postmanCollection(collectionItems(SCALE_REQUESTS))));
  const scaleOut = join(work, 'scale-out');
  flushDisk();
  scaleCold = snipforgeBuild(scaleOut, [], (s) => s.files.written.length === SCALE_REQUESTS * targetInfos.length + 1, scalePath, SCALE_REQUESTS);
  scaleWarm = snipforgeBuild(scaleOut, [], (s) => s.files.written.length === 0, scalePath, SCALE_REQUESTS);
}

const postmanCold = median(times.postmanCold);
const postmanAgain = median(times.postmanAgain);
const floor = median(times.floor);
const cold = median(times.cold);
const warm = median(times.warm);

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const timing = ({ ms, cpuMs }) => `${seconds(ms)} (cpu ${seconds(cpuMs)})`;
const met = (ok) => (ok ? 'met' : 'NOT met');
const perRequest = (run, count) => `${((run.ms / count) * 1000).toFixed(0)} µs/request`;
const rows = [
  ...(runs('cold')
    ? [
        { scenario: 'cold (empty --out)', ours: cold, postman: postmanCold, goal: `≤ ${GOALS.coldRatio}× plain script: ${(cold.ms / floor.ms).toFixed(1)}×, ${met(cold.ms <= GOALS.coldRatio * floor.ms)}` },
        { scenario: 'plain Node script writing the same files', ours: floor },
        { scenario: 'warm (nothing changed)', ours: warm, postman: postmanAgain, goal: `≤ ${seconds(GOALS.warmMs)}: ${met(warm.ms <= GOALS.warmMs)}` },
        { scenario: 'one request changed', ours: median(times.changed), postman: postmanAgain },
      ]
    : []),
  ...(watch === undefined
    ? []
    : [
        { scenario: '--watch: one request changed (build time)', ours: { ms: watch.buildMs, cpuMs: NaN }, goal: `≤ ${seconds(GOALS.watchMs)}: ${met(watch.buildMs <= GOALS.watchMs)}` },
        { scenario: '--watch: save to summary (150 ms debounce included)', ours: { ms: watch.wallMs, cpuMs: NaN } },
      ]),
  ...(runs('mdx')
    ? [
        { scenario: 'cold, --format mdx', ours: median(times.coldMdx) },
        { scenario: 'warm, --format mdx', ours: median(times.warmMdx) },
      ]
    : []),
  ...(runs('no-files')
    ? [
        { scenario: 'cold, --format md --no-files', ours: median(times.coldNoFiles), goal: runs('cold') ? `${(median(times.coldNoFiles).ms / cold.ms).toFixed(2)}× the cold build with the files` : undefined },
        { scenario: 'warm, --format md --no-files', ours: median(times.warmNoFiles) },
      ]
    : []),
  ...(runs('cold') ? [{ scenario: `scale: ${REQUESTS.toLocaleString('en-US')} requests, cold`, ours: cold, goal: perRequest(cold, REQUESTS) }] : []),
  ...(scaleCold === undefined
    ? []
    : [
        { scenario: `scale: ${SCALE_REQUESTS.toLocaleString('en-US')} requests, cold`, ours: scaleCold, goal: `${perRequest(scaleCold, SCALE_REQUESTS)}; peak RSS ${scaleCold.rssMb.toFixed(0)} MB ≤ ${GOALS.scaleRssMb} MB: ${met(scaleCold.rssMb <= GOALS.scaleRssMb)}` },
        { scenario: `scale: ${SCALE_REQUESTS.toLocaleString('en-US')} requests, unchanged`, ours: scaleWarm, goal: `peak RSS ${scaleWarm.rssMb.toFixed(0)} MB` },
      ]),
];
const header = ['scenario', 'snipforge', 'postman loop', 'ratio', 'goal / per request'];
const cpuText = (run) => (Number.isNaN(run.cpuMs) ? seconds(run.ms) : timing(run));
const table = rows.map((row) => [
  row.scenario,
  cpuText(row.ours),
  row.postman === undefined ? '-' : timing(row.postman),
  row.postman === undefined ? '-' : `${(row.postman.ms / row.ours.ms).toFixed(1)}×`,
  row.goal ?? '-',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
console.log([header, ...table].map((r) => r.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n'));
const wallTimes = (list) => list.map(({ ms }) => Math.round(ms)).join(', ');
if (only !== undefined) {
  console.log(`\nload average (1 min) before ${loadBefore.toFixed(1)}, after ${loadavg()[0].toFixed(1)}; wall times (ms): ${Object.entries(times).filter(([, list]) => list.length > 0).map(([name, list]) => `${name} ${wallTimes(list)}`).join('; ')}${watch === undefined ? '' : `; watch rebuilds ${watch.builds.join(', ')}`}`);
  console.log(`BUILD_BENCH_ONLY=${only.join(',')}: not every scenario ran, so reports/bench-build.md is left as it is`);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
const notes = [
  `wall times of all runs (ms): cold ${wallTimes(times.cold)}; plain script ${wallTimes(times.floor)}; warm ${wallTimes(times.warm)}; one changed ${wallTimes(times.changed)}; postman cold ${wallTimes(times.postmanCold)}; watch rebuilds ${watch.builds.join(', ')} (build time); --format md --no-files cold ${wallTimes(times.coldNoFiles)}, warm ${wallTimes(times.warmNoFiles)}`,
  `peak RSS (MB): cold ${cold.rssMb.toFixed(0)}, warm ${warm.rssMb.toFixed(0)}, ${SCALE_REQUESTS.toLocaleString('en-US')} requests cold ${scaleCold.rssMb.toFixed(0)}`,
  `load average (1 min) before ${loadBefore.toFixed(1)}, after ${loadavg()[0].toFixed(1)}: with more runnable processes than CPUs, wall time exceeds CPU time`,
  `postman loop: ${postmanCold.summary.snippets} snippets written per run, ${postmanCold.summary.failures} conversions failed; it has no cache, so "warm" and "one changed" are a full rerun into the existing directory; median of ${RUNS} runs too`,
  `plain script: a Node process that reads the ${floor.summary.files} files of a cold build (contents included) from one JSON file and writes them with mkdirSync + writeFileSync in one loop, nothing else; its wall time, startup included, as snipforge's (${seconds(floor.summary.ms)} of it writing)`,
  `--watch: \`build --watch --json\` running, the collection saved with one request changed ${watch.builds.length} times; build time is the rebuild's own durationMs, save to summary adds the 150 ms debounce and the watcher`,
  'before timing, one untimed cold build of each tool: the first burst of file creation on this VM can be several times slower for both',
  'ratio = how many times faster snipforge is',
];
for (const note of notes) console.log(note);

mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(
  join(root, 'reports/bench-build.md'),
  `# \`snipforge build\` benchmark\n\nWritten by \`npm run bench\` (bench/build-bench.mjs). ${REQUESTS} requests drawn from test/fixtures/requests ` +
    `(${folderCount} folders) in one Postman collection × ${targetInfos.length} targets; node ${process.version}, ${availableParallelism()} CPUs. ` +
    `Every tool runs as a process, startup included; snipforge figures are the median of ${RUNS} runs.\n\n` +
    `| ${header.join(' | ')} |\n|${header.map((_, i) => (i === 0 || i === 4 ? ' --- ' : ' ---: ')).join('|')}|\n` +
    table.map((r) => `| ${r.join(' | ')} |`).join('\n') +
    `\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`,
);
console.log(`\nwritten to reports/bench-build.md`);
rmSync(work, { recursive: true, force: true });

/** The run with the median wall time (undefined for a scenario that did not run). */
function median(list) {
  return [...list].sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)];
}

/** Writes dirty pages back now, so the next timed run does not pay for the previous one's writes. */
function flushDisk() {
  spawnSync('sync');
}

/** Runs `node args` as a process: its wall time, its own CPU time, and its parsed stdout. */
function timedProcess(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', CPU_HOOK, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const [, cpuMs, rssKb] = /\ncpu-ms (\d+) rss-kb (\d+)\n$/.exec(result.stderr) ?? [];
  return { ms, cpuMs: Number(cpuMs), rssMb: Number(rssKb) / 1024, summary: JSON.parse(result.stdout) };
}

function buildArgs(input, outDir, extraArgs) {
  return [CLI, 'build', input, '--out', outDir, '--json', '--targets', targetInfos.map((t) => t.id).join(','), ...extraArgs];
}

/** Runs the CLI once and checks its --json summary with `expected`. */
function snipforgeBuild(outDir, extraArgs, expected, input = collectionPath, requests = REQUESTS) {
  const run = timedProcess(buildArgs(input, outDir, extraArgs));
  const { summary } = run;
  if (summary.requests !== requests || !expected(summary)) {
    throw new Error(`unexpected build: ${summary.requests} requests, written ${summary.files.written.length}, unchanged ${summary.files.unchanged.length}`);
  }
  return run;
}

function postmanRun(outDir) {
  return timedProcess([import.meta.filename, '--postman-loop', collectionPath, outDir]);
}

/**
 * What a docs build does with postman-code-generators: load the collection with the Postman SDK, then
 * for each request convert it to each target's equivalent and write the snippet to its own file.
 */
function postmanLoop(collectionFile, outDir) {
  const { Collection } = createRequire(import.meta.url)('postman-collection');
  console.log(JSON.stringify(writePostmanSnippets(new Collection(JSON.parse(readFileSync(collectionFile, 'utf8'))), outDir, targetInfos)));
}

/** Every file a build wrote into `outDir` (the manifest included) with its content, as the plain script is given them. */
function outputFiles(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  const files = manifest.requests.flatMap((request) => [...request.snippets, ...request.documents].map(({ file }) => [file, readFileSync(join(outDir, file), 'utf8')]));
  return [...files, ['manifest.json', readFileSync(join(outDir, 'manifest.json'), 'utf8')]];
}

/** The plain script: writes the files listed in `inputFile` below `toDir` and prints how long the writing alone took. */
function writeFloor(inputFile, toDir) {
  const files = JSON.parse(readFileSync(inputFile, 'utf8'));
  const started = performance.now();
  for (const [file, content] of files) {
    const path = join(toDir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  console.log(JSON.stringify({ files: files.length, ms: performance.now() - started }));
}

/**
 * `build --watch --json` into `outDir`: after its first build, the collection is saved RUNS times with one request
 * changed; each rebuild's durationMs and the wall time from the save to its summary line.
 */
async function watchRebuilds(outDir) {
  const child = spawn(process.execPath, buildArgs(collectionPath, outDir, ['--watch']), { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  let waiting;
  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\n'); end !== -1; end = buffered.indexOf('\n')) {
      lines.push(JSON.parse(buffered.slice(0, end)));
      buffered = buffered.slice(end + 1);
      waiting?.();
    }
  });
  child.stderr.resume();
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const nextSummary = async (count) => {
    while (lines.length < count) {
      const crashed = await Promise.race([new Promise((resolve) => (waiting = () => resolve(false))), exited.then(() => true)]);
      if (crashed) throw new Error('build --watch exited');
    }
    return lines[count - 1];
  };
  try {
    await nextSummary(1);
    // Watches are set up once the first build is done; give them a moment, as an editor's user would.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const builds = [];
    const walls = [];
    for (let run = 0; run < RUNS; run++) {
      const saved = performance.now();
      writeCollection(`watch-${run}`);
      const summary = await nextSummary(run + 2);
      walls.push(performance.now() - saved);
      if (summary.files.written.length !== targetInfos.length + 1) throw new Error(`unexpected watch rebuild: written ${summary.files.written.length}`);
      builds.push(summary.durationMs);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return { buildMs: median(builds.map((ms) => ({ ms }))).ms, wallMs: median(walls.map((ms) => ({ ms }))).ms, builds };
  } finally {
    child.kill('SIGINT');
    await exited;
  }
}

