// `snipforge build` on a 1,000-request Postman collection × 11 targets, timed as a docs build runs it:
// a real process (`node dist/cli/main.js build ...`), cold (empty --out), warm (nothing changed) and
// with one request changed; side by side with the same work done by postman-code-generators in a
// loop (each request converted to each target, one file per snippet), also as a real process.
// Run with `npm run bench` (builds dist/ first); writes reports/bench-build.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRequest, prepareRequest, targetInfos } from '../dist/index.js';
import { EQUIVALENTS, toPostmanDefinition } from './equivalents.mjs';

const root = join(import.meta.dirname, '..');
const CLI = join(root, 'dist/cli/main.js');
const VARS = { baseUrl: 'https://api.example.com', authPath: 'https://auth.example.com' };
const REQUESTS = 1000;
/** Each snipforge scenario runs this many times; the median is reported. */
const RUNS = 3;
const GOALS_MS = { cold: 5000, warm: 2000 };
/** The request edited in the "one request changed" scenario. */
const CHANGED_INDEX = 500;

if (process.argv[2] === '--postman-loop') {
  postmanLoop(process.argv[3], process.argv[4]);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'snipforge-build-bench-'));
const collectionPath = join(work, 'api.postman_collection.json');
const items = collectionItems();
const folderCount = new Set(items.map((item) => item.folders.join('/'))).size;
const writeCollection = (changeMarker) => writeFileSync(collectionPath, JSON.stringify(postmanCollection(items, changeMarker), null, 2));
writeCollection('original');

console.log(`snipforge build bench: ${REQUESTS} requests (drawn from ${new Set(items.map((i) => i.fixture)).size} fixtures, ${folderCount} folders) × ${targetInfos.length} targets, node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'})`);
console.log(`each snipforge figure: median of ${RUNS} runs of the CLI as a process, startup included\n`);

const out = join(work, 'snipforge-out');
const runs = { cold: [], warm: [], changed: [], coldMdx: [], warmMdx: [] };
for (let run = 0; run < RUNS; run++) {
  rmSync(out, { recursive: true, force: true });
  writeCollection('original');
  runs.cold.push(snipforgeBuild(out, [], (s) => s.files.written.length === REQUESTS * targetInfos.length + 1));
  runs.warm.push(snipforgeBuild(out, [], (s) => s.files.written.length === 0));
  writeCollection(`changed-${run}`);
  // The changed request's snippets and the manifest, nothing else.
  runs.changed.push(snipforgeBuild(out, [], (s) => s.files.written.length === targetInfos.length + 1));
}
const mdxOut = join(work, 'snipforge-mdx-out');
for (let run = 0; run < RUNS; run++) {
  rmSync(mdxOut, { recursive: true, force: true });
  runs.coldMdx.push(snipforgeBuild(mdxOut, ['--format', 'mdx'], (s) => s.files.written.length === REQUESTS * (targetInfos.length + 1) + 1));
  runs.warmMdx.push(snipforgeBuild(mdxOut, ['--format', 'mdx'], (s) => s.files.written.length === 0));
}

const postmanOut = join(work, 'postman-out');
const postmanCold = postmanRun(postmanOut);
const postmanAgain = postmanRun(postmanOut);

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rows = [
  { scenario: 'cold (empty --out)', ms: median(runs.cold), postman: postmanCold.ms, goal: GOALS_MS.cold },
  { scenario: 'warm (nothing changed)', ms: median(runs.warm), postman: postmanAgain.ms, goal: GOALS_MS.warm },
  { scenario: 'one request changed', ms: median(runs.changed), postman: postmanAgain.ms, goal: GOALS_MS.warm },
  { scenario: 'cold, --format mdx', ms: median(runs.coldMdx) },
  { scenario: 'warm, --format mdx', ms: median(runs.warmMdx) },
];
const header = ['scenario', 'snipforge', 'postman loop', 'ratio', 'goal'];
const table = rows.map((row) => [
  row.scenario,
  seconds(row.ms),
  row.postman === undefined ? '-' : seconds(row.postman),
  row.postman === undefined ? '-' : `${(row.postman / row.ms).toFixed(1)}×`,
  row.goal === undefined ? '-' : `< ${seconds(row.goal)}: ${row.ms < row.goal ? 'met' : 'NOT met'}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
console.log([header, ...table].map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n'));
const notes = [
  `runs (ms): cold ${runs.cold.map(Math.round).join(', ')}; warm ${runs.warm.map(Math.round).join(', ')}; one changed ${runs.changed.map(Math.round).join(', ')}`,
  `postman loop: ${postmanCold.snippets} snippets written per run, ${postmanCold.failures} conversions failed; it has no cache, so "warm" and "one changed" are a full rerun into the existing directory (timed once)`,
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

/** Runs the CLI once, checks its --json summary with `expected`, and returns the wall time in ms. */
function snipforgeBuild(outDir, extraArgs, expected) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [CLI, 'build', collectionPath, '--out', outDir, '--json', ...extraArgs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`snipforge build exited ${result.status}: ${result.stderr}`);
  const summary = JSON.parse(result.stdout);
  if (summary.requests !== REQUESTS || !expected(summary)) {
    throw new Error(`unexpected build: ${summary.requests} requests, written ${summary.files.written.length}, unchanged ${summary.files.unchanged.length}`);
  }
  return ms;
}

function postmanRun(outDir) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [import.meta.filename, '--postman-loop', collectionPath, outDir], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`postman loop exited ${result.status}: ${result.stderr}`);
  return { ms, ...JSON.parse(result.stdout) };
}

/**
 * What a docs build does with postman-code-generators: load the collection with the Postman SDK, then
 * for each request convert it to each target's equivalent and write the snippet to its own file.
 */
function postmanLoop(collectionFile, outDir) {
  const require = createRequire(import.meta.url);
  const codegen = require('postman-code-generators');
  const { Collection } = require('postman-collection');
  const collection = new Collection(JSON.parse(readFileSync(collectionFile, 'utf8')));
  let index = 0;
  let snippets = 0;
  let failures = 0;
  collection.forEachItem((item) => {
    const dir = join(outDir, String(index++).padStart(4, '0'));
    mkdirSync(dir, { recursive: true });
    for (const { id, extension } of targetInfos) {
      const [language, variant] = EQUIVALENTS[id].postman;
      codegen.convert(language, variant, item.request, {}, (error, snippet) => {
        if (error) failures++;
        else {
          writeFileSync(join(dir, `${id}.${extension}`), snippet);
          snippets++;
        }
      });
    }
  });
  console.log(JSON.stringify({ snippets, failures }));
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
