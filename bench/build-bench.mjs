// `snipforge build` on a 1,000-request Postman collection × 11 targets, timed as a docs build runs it:
// a real process (`node dist/cli.js build ...`), cold (empty --out), warm (nothing changed) and
// with one request changed; side by side with the same work done by postman-code-generators in a
// loop (each request converted to each target, one file per snippet), also as a real process.
// Run with `npm run bench` (builds dist/ first); writes reports/bench-build.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseRequest, prepareRequest, targetInfos as allTargetInfos } from '../dist/index.js';
import { comparedTargets, toPostmanDefinition, writePostmanSnippets } from './equivalents.mjs';

const targetInfos = comparedTargets(allTargetInfos);

const root = join(import.meta.dirname, '..');
const CLI = join(root, 'dist/cli.js');
const VARS = { baseUrl: 'https://api.example.com', authPath: 'https://auth.example.com' };
const REQUESTS = 1000;
/** Each snipforge scenario runs this many times; the median is reported. */
const RUNS = 3;
const GOALS_MS = { cold: 5000, warm: 2000 };
/** The request edited in the "one request changed" scenario. */
const CHANGED_INDEX = 500;
/**
 * Loaded into each timed process: prints its own CPU time (user + system) as it exits, so the figures
 * can be told apart from time spent waiting for a CPU that other processes hold.
 */
const CPU_HOOK = `data:text/javascript,process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\ncpu-ms ' + Math.round((u.user + u.system) / 1000) + '\\n'); })`;

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
const items = collectionItems();
const folderCount = new Set(items.map((item) => item.folders.join('/'))).size;
const writeCollection = (changeMarker) => writeFileSync(collectionPath, JSON.stringify(postmanCollection(items, changeMarker), null, 2));
writeCollection('original');

console.log(`snipforge build bench: ${REQUESTS} requests (drawn from ${new Set(items.map((i) => i.fixture)).size} fixtures, ${folderCount} folders) × ${targetInfos.length} targets, node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'})`);
console.log(`each snipforge figure: median of ${RUNS} runs of the CLI as a process, startup included; wall time (CPU time of the process); load average before: ${loadBefore.toFixed(1)}\n`);

/*
 * Every cold run writes into a directory of its own, and all of them are deleted only at the end, after
 * `sync` before each timed run: deleting 11,000 files, or the writeback of the previous run, would
 * otherwise slow down whichever run comes next (this disk is mounted with `discard`). snipforge and the
 * postman loop take turns, so both meet the same disk.
 */
const runs = { cold: [], warm: [], changed: [], coldMdx: [], warmMdx: [], postmanCold: [], postmanAgain: [] };
// Untimed: the first 11,000 files written after a while (or after a big delete) can take several times
// longer for either tool; one round of each first keeps that out of the comparison.
snipforgeBuild(join(work, 'warm-up'), [], (s) => s.files.written.length === REQUESTS * targetInfos.length + 1);
postmanRun(join(work, 'postman-warm-up'));
let out;
for (let run = 0; run < RUNS; run++) {
  out = join(work, `snipforge-out-${run}`);
  writeCollection('original');
  flushDisk();
  runs.cold.push(snipforgeBuild(out, [], (s) => s.files.written.length === REQUESTS * targetInfos.length + 1));
  runs.warm.push(snipforgeBuild(out, [], (s) => s.files.written.length === 0));
  writeCollection(`changed-${run}`);
  // The changed request's snippets and the manifest, nothing else.
  runs.changed.push(snipforgeBuild(out, [], (s) => s.files.written.length === targetInfos.length + 1));

  const postmanOut = join(work, `postman-out-${run}`);
  flushDisk();
  runs.postmanCold.push(postmanRun(postmanOut));
  runs.postmanAgain.push(postmanRun(postmanOut));

  const mdxOut = join(work, `snipforge-mdx-out-${run}`);
  flushDisk();
  runs.coldMdx.push(snipforgeBuild(mdxOut, ['--format', 'mdx'], (s) => s.files.written.length === REQUESTS * (targetInfos.length + 1) + 1));
  runs.warmMdx.push(snipforgeBuild(mdxOut, ['--format', 'mdx'], (s) => s.files.written.length === 0));
}

// What creating that many files costs on this disk at all: snipforge's cold output copied by a bare loop.
flushDisk();
const floor = timedProcess([import.meta.filename, '--write-floor', out, join(work, 'floor-out')]);
const postmanCold = median(runs.postmanCold);
const postmanAgain = median(runs.postmanAgain);

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const timing = ({ ms, cpuMs }) => `${seconds(ms)} (cpu ${seconds(cpuMs)})`;
const rows = [
  { scenario: 'cold (empty --out)', ours: median(runs.cold), postman: postmanCold, goal: GOALS_MS.cold },
  { scenario: 'warm (nothing changed)', ours: median(runs.warm), postman: postmanAgain, goal: GOALS_MS.warm },
  { scenario: 'one request changed', ours: median(runs.changed), postman: postmanAgain, goal: GOALS_MS.warm },
  { scenario: 'cold, --format mdx', ours: median(runs.coldMdx) },
  { scenario: 'warm, --format mdx', ours: median(runs.warmMdx) },
  { scenario: 'disk floor: the cold files, bare loop', ours: { ms: floor.summary.ms, cpuMs: floor.summary.cpuMs } },
];
const header = ['scenario', 'snipforge', 'postman loop', 'ratio', 'goal'];
const table = rows.map((row) => [
  row.scenario,
  timing(row.ours),
  row.postman === undefined ? '-' : timing(row.postman),
  row.postman === undefined ? '-' : `${(row.postman.ms / row.ours.ms).toFixed(1)}×`,
  row.goal === undefined ? '-' : `< ${seconds(row.goal)}: ${row.ours.ms < row.goal ? 'met' : 'NOT met'}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
console.log([header, ...table].map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n'));
const wallTimes = (list) => list.map(({ ms }) => Math.round(ms)).join(', ');
const notes = [
  `wall times of all runs (ms): cold ${wallTimes(runs.cold)}; warm ${wallTimes(runs.warm)}; one changed ${wallTimes(runs.changed)}; postman cold ${wallTimes(runs.postmanCold)}`,
  `load average (1 min) before ${loadBefore.toFixed(1)}, after ${loadavg()[0].toFixed(1)}: with more runnable processes than CPUs, wall time exceeds CPU time`,
  `postman loop: ${postmanCold.summary.snippets} snippets written per run, ${postmanCold.summary.failures} conversions failed; it has no cache, so "warm" and "one changed" are a full rerun into the existing directory; median of ${RUNS} runs too`,
  `disk floor: the ${floor.summary.files} files of a cold build written by mkdirSync + writeFileSync in one loop, nothing else (timed inside the process, contents read beforehand)`,
  'before timing, one untimed cold build of each tool: the first burst of file creation on this VM can be several times slower for both',
  'ratio = how many times faster snipforge is',
];
for (const note of notes) console.log(note);

mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(
  join(root, 'reports/bench-build.md'),
  `# \`snipforge build\` benchmark\n\nWritten by \`npm run bench\` (bench/build-bench.mjs). ${REQUESTS} requests drawn from test/fixtures/requests ` +
    `(${folderCount} folders) in one Postman collection × ${targetInfos.length} targets; node ${process.version}, ${availableParallelism()} CPUs. ` +
    `Both tools run as a process, startup included; snipforge figures are the median of ${RUNS} runs.\n\n` +
    `| ${header.join(' | ')} |\n|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|\n` +
    table.map((r) => `| ${r.join(' | ')} |`).join('\n') +
    `\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`,
);
console.log(`\nwritten to reports/bench-build.md`);
rmSync(work, { recursive: true, force: true });

/** The run with the median wall time. */
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
  const result = spawnSync(process.execPath, ['--import', CPU_HOOK, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const cpuMs = Number(/\ncpu-ms (\d+)\n$/.exec(result.stderr)?.[1]);
  return { ms, cpuMs, summary: JSON.parse(result.stdout) };
}

/** Runs the CLI once and checks its --json summary with `expected`. */
function snipforgeBuild(outDir, extraArgs, expected) {
  const run = timedProcess([CLI, 'build', collectionPath, '--out', outDir, '--json', '--targets', targetInfos.map((t) => t.id).join(','), ...extraArgs]);
  const { summary } = run;
  if (summary.requests !== REQUESTS || !expected(summary)) {
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

/** Writes every file of the build in `fromDir` to `toDir` and prints how long the writing alone took. */
function writeFloor(fromDir, toDir) {
  const manifest = JSON.parse(readFileSync(join(fromDir, 'manifest.json'), 'utf8'));
  const files = manifest.requests.flatMap((request) => request.snippets.map(({ file }) => ({ file, content: readFileSync(join(fromDir, file)) })));
  files.push({ file: 'manifest.json', content: readFileSync(join(fromDir, 'manifest.json')) });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const { file, content } of files) {
    const path = join(toDir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  const cpu = process.cpuUsage(cpuBefore);
  console.log(JSON.stringify({ files: files.length, ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 }));
}

/** REQUESTS requests cycling through the fixtures, each made distinct by a header, in nested folders. */
function collectionItems() {
  const directory = join(root, 'test/fixtures/requests');
  const fixtures = readdirSync(directory)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), definition: toPostmanDefinition(prepareRequest(parseRequest(JSON.parse(readFileSync(join(directory, f), 'utf8')), { vars: VARS }))) }));
  return Array.from({ length: REQUESTS }, (_, i) => {
    const fixture = fixtures[i % fixtures.length];
    return { fixture: fixture.name, name: `${fixture.name} ${i + 1}`, folders: [`Area ${(i % 10) + 1}`, `Group ${(Math.floor(i / 10) % 4) + 1}`], definition: fixture.definition, index: i };
  });
}

/** The collection, folders nested as Postman exports them; `changeMarker` is the edited request's header value. */
function postmanCollection(requestItems, changeMarker) {
  const rootFolder = { item: [] };
  for (const { name, folders, definition, index } of requestItems) {
    let folder = rootFolder;
    for (const folderName of folders) {
      let next = folder.item.find((entry) => entry.name === folderName && entry.item !== undefined);
      if (next === undefined) folder.item.push((next = { name: folderName, item: [] }));
      folder = next;
    }
    const marker = { key: 'X-Request-Index', value: index === CHANGED_INDEX ? `${index}-${changeMarker}` : String(index) };
    folder.item.push({ name, request: { ...definition, header: [...definition.header, marker] } });
  }
  return { info: { name: 'Build bench', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: rootFolder.item };
}
