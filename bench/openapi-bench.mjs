// `snipforge build` on a 1,000-operation OpenAPI 3.0 spec × 11 targets: parse (YAML + $ref dereferencing),
// map (operations onto requests, values from examples or sampled from schemas), generate (every snippet),
// peak memory, and the whole CLI build as a process; side by side with Postman's path for the same spec
// (openapi-to-postmanv2 converts it to a collection, then postman-code-generators writes each snippet),
// also as a process, and a plain Node script writing the very files the build wrote (build-bench.mjs's): on
// this disk, writing ~12,000 small files is most of the build. The three take turns, each after `sync`, so all
// meet the same disk. The spec is made here, deterministically: the same for every run and both tools.
// Run with `npm run bench` (builds dist/ first); writes reports/bench-openapi.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { comparedTargets, writePostmanSnippets } from './equivalents.mjs';

const root = join(import.meta.dirname, '..');
const CLI = join(root, 'dist/cli.cjs');
const OPERATIONS = 1000;
/** Each process figure is the median of this many runs. */
const RUNS = 3;
/** Issue 15: the whole cold build of the spec, as a process. */
const GOAL_BUILD_MS = 3000;

if (process.argv[2] === '--phases' || process.argv[2] === '--parse') {
  await phases(process.argv[3], process.argv[2] === '--parse');
  process.exit(0);
}
if (process.argv[2] === '--postman') {
  await postmanSnippets(process.argv[3], process.argv[4]);
  process.exit(0);
}

const loadBefore = loadavg()[0];
const work = mkdtempSync(join(tmpdir(), 'snipforge-openapi-bench-'));
const specPath = join(work, 'api.yaml');
writeFileSync(specPath, stringify(makeSpec(OPERATIONS), { aliasDuplicateObjects: false }));
const targetInfos = comparedTargets((await import('../dist/index.js')).targetInfos);
console.log(`snipforge OpenAPI bench: ${OPERATIONS} operations (${(readFileSync(specPath).length / 1024).toFixed(0)} KB of YAML) × ${targetInfos.length} targets, node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'})\n`);

const phaseRuns = Array.from({ length: RUNS }, () => ({ ...JSON.parse(node(['--phases', specPath]).stdout), ...JSON.parse(node(['--parse', specPath]).stdout) }));
const phase = (key) => median(phaseRuns.map((run) => (key === 'mapMs' ? run.loadMs - run.parseMs : run[key])));
// Untimed: the first ~12,000 files written after a while can take several times longer for any writer.
snipforgeBuild(join(work, 'warm-up'));
postmanPath(join(work, 'postman-warm-up'));
// What the plain script writes: every file of a build, contents included, read here once.
const floorInput = join(work, 'floor-input.json');
writeFileSync(floorInput, JSON.stringify(outputFiles(join(work, 'warm-up'))));
const runs = { builds: [], noFiles: [], floors: [], postman: [] };
for (let i = 0; i < RUNS; i++) {
  runs.builds.push(snipforgeBuild(join(work, `out-${i}`)));
  runs.noFiles.push(snipforgeBuild(join(work, `no-files-${i}`), ['--no-files']));
  runs.floors.push(timed(() => node([join(import.meta.dirname, 'build-bench.mjs'), '--write-floor', floorInput, join(work, `floor-${i}`)], false)));
  runs.postman.push(postmanPath(join(work, `postman-${i}`)));
}
const build = median(runs.builds.map((run) => run.ms));
const noFiles = median(runs.noFiles.map((run) => run.ms));
const noFilesCount = readdirSync(join(work, 'no-files-0'), { recursive: true }).filter((file) => statSync(join(work, 'no-files-0', file)).isFile()).length;
const floor = median(runs.floors.map((run) => run.ms));
const postman = median(runs.postman.map((run) => run.ms));
const files = JSON.parse(readFileSync(floorInput, 'utf8')).length;
rmSync(work, { recursive: true, force: true });

const rows = [
  ['parse: YAML + $ref dereferencing (module loading included)', ms(phase('parseMs'))],
  ['map: operations → requests (examples, sampled values)', ms(phase('mapMs'))],
  [`generate: ${phaseRuns[0].snippets.toLocaleString('en-US')} snippets`, ms(phase('generateMs'))],
  ['peak memory (RSS) of that process', `${phase('peakRssMb').toFixed(0)} MB`],
  [`**snipforge build --format json** as a process (cold, start-up included; ${files.toLocaleString('en-US')} files: ${phaseRuns[0].snippets.toLocaleString('en-US')} snippets, one snippets.json per operation, manifest, cache)`, `**${ms(build)}**; goal ≤ ${ms(GOAL_BUILD_MS)}: ${build <= GOAL_BUILD_MS ? 'met' : 'NOT met'}`],
  [`snipforge build --format json --no-files, for a site that shows the snippets from snippets.json (${noFilesCount.toLocaleString('en-US')} files: the per-target files left out)`, `${ms(noFiles)}; ${noFiles <= GOAL_BUILD_MS ? 'within' : 'over'} the ${ms(GOAL_BUILD_MS)} goal`],
  [`plain Node script writing the same ${files.toLocaleString('en-US')} files (build-bench.mjs's: mkdirSync + writeFileSync, start-up included)`, `${ms(floor)} (snipforge ${(build / floor).toFixed(1)}× it)`],
  [`Postman's path as a process: openapi-to-postmanv2 + postman-code-generators, files written (${runs.postman[0].snippets.toLocaleString('en-US')} snippets, ${runs.postman[0].failures} failed)`, `${ms(postman)} (${(postman / build).toFixed(1)}× snipforge)`],
];
const markdown = `# OpenAPI bench

\`npm run bench\` (bench/openapi-bench.mjs): a generated ${OPERATIONS}-operation OpenAPI 3.0 spec (path, query, header and cookie
parameters of every style, JSON, form and multipart bodies, $ref'd and circular schemas, four security schemes) × ${targetInfos.length}
targets, node ${process.version}, ${availableParallelism()} CPUs, load average before ${loadBefore.toFixed(1)}. Medians of ${RUNS} runs, each in a fresh
process; the phases from the modules in dist/ (not the bundle) and the build from dist/cli.cjs, what a user runs.

| phase | time |
|---|---|
${rows.map(([name, value]) => `| ${name} | ${value} |`).join('\n')}

Wall times of all runs (ms), in the order run: build ${wallTimes(runs.builds)}; build --no-files ${wallTimes(runs.noFiles)}; plain script ${wallTimes(runs.floors)}; Postman ${wallTimes(runs.postman)}.
Creating ~12,000 files on this VM's disk can take several times longer in one run than in the next, for every writer
alike (the plain script too), so the medians move with it; the fastest runs show what the disk allows.
`;
console.log(markdown);
writeFileSync(join(root, 'reports/bench-openapi.md'), markdown);
console.log('written to reports/bench-openapi.md');

/**
 * In a fresh process: loading the spec (parse, dereference, map), rendering every snippet, peak memory.
 * With `parseOnly`, only the parse and dereference, so that `map` is the difference of two cold runs.
 */
async function phases(spec, parseOnly) {
  const started = performance.now();
  if (parseOnly) {
    // The YAML reader and dereferencing src/importers/load.ts uses for a spec.
    const [{ dereferenceSpec }, { parseYaml }] = await Promise.all([import('../dist/importers/openapi/document.js'), import('../dist/importers/yaml.js')]);
    await dereferenceSpec(parseYaml(readFileSync(spec, 'utf8')), spec);
    console.log(JSON.stringify({ parseMs: performance.now() - started }));
    return;
  }
  const { loadInput } = await import('../dist/importers/load.js');
  const loaded = await loadInput(spec);
  const loadMs = performance.now() - started;
  const { prepareRequest, render, targetInfos } = await import('../dist/index.js');
  // The targets the build below is run with.
  const targetIds = comparedTargets(targetInfos).map((info) => info.id);
  const generateStarted = performance.now();
  let snippets = 0;
  for (const { request } of loaded.requests) {
    const prepared = prepareRequest(request);
    for (const target of targetIds) {
      render(prepared, target);
      snippets++;
    }
  }
  const generateMs = performance.now() - generateStarted;
  console.log(JSON.stringify({ loadMs, generateMs, snippets, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

/** Postman's own path from a spec to snippets: import into a collection, then each code generator per request. */
async function postmanSnippets(spec, outDir) {
  const require = createRequire(import.meta.url);
  const converter = require('openapi-to-postmanv2');
  const { Collection } = require('postman-collection');
  const targetInfos = comparedTargets((await import('../dist/index.js')).targetInfos);
  const converted = await new Promise((resolve, reject) =>
    converter.convert({ type: 'string', data: readFileSync(spec, 'utf8') }, { folderStrategy: 'Tags' }, (error, result) => (error ? reject(error) : resolve(result))),
  );
  if (!converted.result) throw new Error(`openapi-to-postmanv2: ${converted.reason}`);
  console.log(JSON.stringify(writePostmanSnippets(new Collection(converted.output[0].data), outDir, targetInfos)));
}

/**
 * A spec shaped like a large public API: resources with CRUD operations, every parameter location and
 * style, bodies of three media types, shared schemas through $ref (one of them circular), security.
 */
function makeSpec(operationCount) {
  const paths = {};
  const styles = [
    { in: 'query', style: 'form', explode: true, schema: { type: 'array', items: { type: 'string', enum: ['a', 'b', 'c'] } } },
    { in: 'query', style: 'form', explode: false, schema: { type: 'array', items: { type: 'integer', minimum: 1 } } },
    { in: 'query', style: 'spaceDelimited', explode: false, schema: { type: 'array', items: { type: 'string', format: 'date' } } },
    { in: 'query', style: 'pipeDelimited', explode: false, schema: { type: 'array', items: { type: 'number' } } },
    { in: 'query', style: 'deepObject', explode: true, schema: { type: 'object', properties: { from: { type: 'string', format: 'date-time' }, size: { type: 'integer', maximum: 100 } } } },
    { in: 'header', schema: { type: 'string', format: 'uuid' } },
    { in: 'cookie', schema: { type: 'string', pattern: '^[a-z]{8}$' } },
  ];
  const bodies = [
    { 'application/json': { schema: { $ref: '#/components/schemas/Resource' } } },
    { 'application/x-www-form-urlencoded': { schema: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 3 }, tags: { type: 'array', items: { type: 'string' } } } } } },
    { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, meta: { $ref: '#/components/schemas/Owner' } } } } },
  ];
  const security = [[{ apiKey: [] }], [{ bearer: [] }], [{ basic: [] }], [{ oauth: ['read'] }]];
  // Five operations per resource.
  for (let i = 0; i * 5 < operationCount; i++) {
    const resource = `resources${i}`;
    const parameter = (n) => ({ name: `p${n}`, required: n % 2 === 0, ...styles[(i + n) % styles.length] });
    paths[`/${resource}`] = {
      get: { operationId: `list${i}`, tags: [`group${i % 40}`], summary: `List resources ${i}`, parameters: [0, 1, 2].map(parameter), security: security[i % 4], responses: { 200: { description: 'ok' } } },
      post: { operationId: `create${i}`, tags: [`group${i % 40}`], summary: `Create a resource ${i}`, requestBody: { required: true, content: bodies[i % 3] }, security: security[(i + 1) % 4], responses: { 201: { description: 'created' } } },
    };
    paths[`/${resource}/{id}`] = {
      parameters: [{ name: 'id', in: 'path', required: true, style: ['simple', 'label', 'matrix'][i % 3], schema: { type: 'integer', format: 'int64', minimum: 1 } }],
      get: { operationId: `get${i}`, tags: [`group${i % 40}`], parameters: [3, 4].map(parameter), responses: { 200: { description: 'ok' } } },
      put: { operationId: `replace${i}`, tags: [`group${i % 40}`], requestBody: { required: true, content: bodies[0] }, responses: { 200: { description: 'ok' } } },
      delete: { operationId: `delete${i}`, tags: [`group${i % 40}`], parameters: [5, 6].map(parameter), responses: { 204: { description: 'gone' } } },
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Bench API', version: '1.0.0' },
    servers: [{ url: 'https://{region}.api.example.com/v1', variables: { region: { default: 'eu' } } }],
    paths,
    components: {
      schemas: {
        Owner: { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' }, manager: { $ref: '#/components/schemas/Owner' } } },
        Resource: {
          type: 'object',
          required: ['name', 'kind'],
          properties: {
            id: { type: 'integer', readOnly: true },
            name: { type: 'string', example: 'alpha' },
            kind: { type: 'string', enum: ['small', 'large'] },
            owner: { $ref: '#/components/schemas/Owner' },
            created: { type: 'string', format: 'date-time' },
            labels: { type: 'object', additionalProperties: { type: 'string' } },
          },
        },
      },
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        bearer: { type: 'http', scheme: 'bearer' },
        basic: { type: 'http', scheme: 'basic' },
        oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: 'read' } } } },
      },
    },
  };
}

/** `node` on this script with `args` (or on `args` alone, `self` false); throws if it fails. */
function node(args, self = true) {
  const result = spawnSync('node', [...(self ? [import.meta.filename] : []), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return result;
}

/** `run`'s wall time after `sync` (so no run pays for the previous one's writeback), with its JSON output if any. */
function timed(run) {
  spawnSync('sync');
  const started = performance.now();
  const { stdout } = run();
  return { ...(stdout.trim() === '' ? {} : JSON.parse(stdout)), ms: performance.now() - started };
}

/** The CLI as a user runs it, cold, into `out`. */
function snipforgeBuild(out, flags = []) {
  return timed(() => node([CLI, 'build', specPath, '--out', out, '--format', 'json', ...flags, '--quiet', '--targets', targetInfos.map((t) => t.id).join(',')], false));
}

function postmanPath(out) {
  return timed(() => node(['--postman', specPath, out]));
}

/** Every file a build wrote below `outDir`, with its content, as the plain script is given them. */
function outputFiles(outDir) {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(outDir.length + 1), readFileSync(path, 'utf8')];
    });
}

function wallTimes(list) {
  return list.map((run) => run.ms.toFixed(0)).join(', ');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function ms(value) {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}
