#!/usr/bin/env node
// The long fuzz run (npm run fuzz): 10,000 generated requests per target unless told otherwise.
//   --runs <n>           requests per target (or FUZZ_RUNS)
//   --target <id>[,...]  only these targets (repeatable)
//   --seed <n>|random    the seed (or FUZZ_SEED); fixed by default so a run can be repeated
//   --importers          fuzz the importers instead (Postman, OpenAPI, Swagger, HAR documents; --runs per importer, 2,000 by default)
// A failure prints the shrunk request as a fixture ready to add; the exit code is then 1.
import { register } from 'tsx/esm/api';

register();
const { targetIds } = await import('../src/index.ts');
const { DEFAULT_SEED, fuzzTarget } = await import('../test/fuzz/run.ts');
const { IMPORTER_KINDS } = await import('../test/fuzz/importer-documents.ts');
const { ImporterChecker, fuzzImporter } = await import('../test/fuzz/importer-run.ts');

const usage = 'usage: npm run fuzz -- [--runs <n>] [--target <id>[,<id>...]] [--seed <n>|random] [--importers]';
const options = { runs: undefined, seed: process.env.FUZZ_SEED ?? String(DEFAULT_SEED), targets: [], importers: false };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split(/=(.*)/s);
  const value = () => inline ?? args[++i] ?? '';
  if (flag === '--runs') options.runs = Number(value());
  else if (flag === '--target') options.targets.push(...value().split(',').filter((t) => t !== ''));
  else if (flag === '--seed') options.seed = value();
  else if (flag === '--importers' && inline === undefined) options.importers = true;
  else fail(`unknown option ${args[i]}`);
}
options.runs ??= Number(process.env.FUZZ_RUNS ?? (options.importers ? 2_000 : 10_000));
if (!Number.isInteger(options.runs) || options.runs < 1) fail('--runs takes a positive whole number');
const seed = options.seed === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(options.seed);
if (!Number.isInteger(seed)) fail('--seed takes a whole number or "random"');
const unknown = options.targets.filter((t) => !targetIds.includes(t));
if (unknown.length > 0) fail(`unknown target ${unknown.join(', ')}; known: ${targetIds.join(', ')}`);
const targets = options.targets.length > 0 ? [...new Set(options.targets)] : targetIds;
if (options.importers) await fuzzImporters();

console.log(`fuzz: ${options.runs} requests per target, ${targets.length} targets, seed ${seed}`);
const results = [];
for (const targetId of targets) {
  const every = Math.max(1, Math.round(options.runs / 5));
  const result = await fuzzTarget(targetId, {
    runs: options.runs,
    seed,
    every,
    onProgress: (checked) => console.log(`  ${targetId}: ${checked} checked`),
  });
  results.push(result);
  console.log(`${targetId}: ${result.runs} runs, ${result.failure === undefined ? 'ok' : 'FAILED'}, ${(result.ms / 1000).toFixed(1)} s`);
}

const width = Math.max(6, ...targets.map((t) => t.length));
console.log(`\n${'target'.padEnd(width)}  ${'runs'.padStart(6)}  failures  ${'time'.padStart(8)}`);
for (const r of results) console.log(`${r.targetId.padEnd(width)}  ${String(r.runs).padStart(6)}  ${String(r.failure === undefined ? 0 : 1).padStart(8)}  ${`${(r.ms / 1000).toFixed(1)} s`.padStart(8)}`);
const failed = results.filter((r) => r.failure !== undefined);
for (const r of failed) console.log(`\n${r.failure}`);
console.log(failed.length === 0 ? `\nfuzz: no failure (seed ${seed})` : `\nfuzz: ${failed.length} target(s) failed (seed ${seed})`);
process.exit(failed.length === 0 ? 0 : 1);

/** Each importer on `options.runs` generated documents, each loaded and rendered for every target within a second. */
async function fuzzImporters() {
  console.log(`fuzz: ${options.runs} documents per importer, ${IMPORTER_KINDS.length} importers, seed ${seed}`);
  const checker = new ImporterChecker();
  const results = [];
  for (const kind of IMPORTER_KINDS) {
    const every = Math.max(1, Math.round(options.runs / 5));
    const result = await fuzzImporter(kind, { runs: options.runs, seed, checker, every, onProgress: (checked) => console.log(`  ${kind}: ${checked} checked`) });
    results.push(result);
    console.log(`${kind}: ${result.runs} documents, ${result.failure === undefined ? 'ok' : 'FAILED'}, ${(result.ms / 1000).toFixed(1)} s, slowest ${result.slowestMs.toFixed(0)} ms`);
  }
  checker.close();
  const failed = results.filter((r) => r.failure !== undefined);
  for (const r of failed) console.log(`\n${r.failure}`);
  console.log(failed.length === 0 ? `\nfuzz: no failure (seed ${seed})` : `\nfuzz: ${failed.length} importer(s) failed (seed ${seed})`);
  process.exit(failed.length === 0 ? 0 : 1);
}

function fail(message) {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}
