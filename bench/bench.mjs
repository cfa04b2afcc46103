// Per-snippet generation time of snipforge against postman-code-generators and httpsnippet, on the
// same requests (test/fixtures/requests/*.json with {{baseUrl}} = https://api.example.com), in one
// process: warm-up, then each (tool, target) pair runs batches over all fixtures for a fixed time.
// Run with `npm run bench` (builds dist/ first).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generate, parseRequest, prepareRequest, render, targetIds } from '../dist/index.js';

const require = createRequire(import.meta.url);
const postman = require('postman-code-generators');
const { Request: PostmanRequest } = require('postman-collection');
const { HTTPSnippet } = require('httpsnippet');
const prettier = await import('prettier');

const root = join(import.meta.dirname, '..');
const VARS = { baseUrl: 'https://api.example.com', authPath: 'https://auth.example.com' };
/** Time spent measuring each (tool, target) pair, in ROUNDS slices; the whole bench stays well under a minute. */
const MEASURE_MS = 200;
const ROUNDS = 5;
/** Passes over all fixtures per tool and target before anything is timed, so every code path is compiled. */
const WARMUP_ROUNDS = 5;
const GOALS = { postman: 20, httpsnippet: 5 };

/** The other tools' language/client for each of our targets; a missing entry is a skipped pair. */
const EQUIVALENTS = {
  curl: { postman: ['curl', 'cURL'], httpsnippet: ['shell', 'curl'] },
  'csharp-restsharp': { postman: ['csharp', 'RestSharp'], httpsnippet: ['csharp', 'restsharp'] },
  'go-native': { postman: ['go', 'Native'], httpsnippet: ['go', 'native'] },
  http: { postman: ['http', 'HTTP'], httpsnippet: ['http', 'http1.1'] },
  'java-okhttp': { postman: ['java', 'OkHttp'], httpsnippet: ['java', 'okhttp'] },
  'javascript-jquery': { postman: ['javascript', 'jQuery'], httpsnippet: ['javascript', 'jquery'] },
  'nodejs-request': { postman: ['nodejs', 'Request'], httpsnippet: ['node', 'request'] },
  'python-requests': { postman: ['python', 'Requests'], httpsnippet: ['python', 'requests'] },
  'php-http-request2': { postman: ['php', 'HTTP_Request2'], httpsnippet: ['php', 'http2'] },
  'ruby-net-http': { postman: ['ruby', 'Net::HTTP'], httpsnippet: ['ruby', 'native'] },
  'swift-urlsession': { postman: ['swift', 'URLSession'], httpsnippet: ['swift', 'nsurlsession'] },
};

const uploadText = readFileSync(join(root, 'test/fixtures/files/upload.txt'), 'utf8');
const fixtures = readdirSync(join(root, 'test/fixtures/requests'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const input = JSON.parse(readFileSync(join(root, 'test/fixtures/requests', f), 'utf8'));
    // Substituted and validated once, outside the timing; snipforge's timed call still validates it again.
    const model = parseRequest(input, { vars: VARS });
    const prepared = prepareRequest(model);
    return { name: f.replace(/\.json$/, ''), model, prepared, postman: toPostmanDefinition(prepared), har: toHar(prepared) };
  });

/**
 * The request as a Postman collection's request JSON (auth folded into headers). Each tool is timed
 * from its own JSON input to the snippet: snipforge validates its model, httpsnippet builds its HAR
 * wrapper, and Postman builds its SDK Request from this.
 */
function toPostmanDefinition(prepared) {
  const body = prepared.body;
  const definition = { method: prepared.method, url: prepared.fullUrl, header: prepared.headers.map(({ name, value }) => ({ key: name, value })) };
  if (body.mode === 'raw') definition.body = { mode: 'raw', raw: body.text, options: { raw: { language: body.language } } };
  else if (body.mode === 'urlencoded') definition.body = { mode: 'urlencoded', urlencoded: body.params.map(({ key, value }) => ({ key, value })) };
  else if (body.mode === 'formdata') {
    definition.body = {
      mode: 'formdata',
      formdata: body.params.map((f) => (f.type === 'text' ? { key: f.key, value: f.value, type: 'text', contentType: f.contentType } : { key: f.key, src: f.src, type: 'file', contentType: f.contentType })),
    };
  } else if (body.mode === 'file') definition.body = { mode: 'file', file: { src: body.src } };
  return definition;
}

/** The same request as a HAR request for httpsnippet (HAR has no file body: its content goes inline). */
function toHar(prepared) {
  const body = prepared.body;
  const contentType = prepared.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  let postData;
  if (body.mode === 'raw') postData = { mimeType: contentType ?? 'text/plain', text: body.text };
  else if (body.mode === 'urlencoded') postData = { mimeType: 'application/x-www-form-urlencoded', params: body.params.map(({ key, value }) => ({ name: key, value })) };
  else if (body.mode === 'formdata') {
    postData = {
      mimeType: 'multipart/form-data',
      params: body.params.map((f) => (f.type === 'text' ? { name: f.key, value: f.value, contentType: f.contentType } : { name: f.key, fileName: f.src, contentType: f.contentType })),
    };
  } else if (body.mode === 'file') postData = { mimeType: contentType ?? 'application/octet-stream', text: uploadText };
  return {
    method: prepared.method,
    url: prepared.fullUrl,
    httpVersion: 'HTTP/1.1',
    headers: prepared.headers.map(({ name, value }) => ({ name, value })),
    queryString: [],
    cookies: [],
    headersSize: -1,
    bodySize: -1,
    ...(postData !== undefined ? { postData } : {}),
  };
}

/** One conversion per tool; each returns the snippet text or throws. */
const tools = {
  /** The whole pipeline per snippet: validation, preparation and rendering. The ratios use this. */
  snipforge: (targetId) => (fixture) => generate(fixture.model, targetId),
  /** Rendering only, from a request prepared once: the cost of each further target (`--target all`). */
  snipforgeRender: (targetId) => (fixture) => render(fixture.prepared, targetId).code,
  postman: (targetId) => {
    const [language, variant] = EQUIVALENTS[targetId]?.postman ?? [];
    if (language === undefined) return undefined;
    const options = {};
    return (fixture) => {
      let result;
      postman.convert(language, variant, new PostmanRequest(fixture.postman), options, (error, snippet) => {
        result = error ? { error } : { snippet };
      });
      // Every codegen we use answers synchronously; an answer that has not arrived would not be timed.
      if (result === undefined) throw new Error('the callback was not called synchronously');
      if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
      return result.snippet;
    };
  },
  httpsnippet: (targetId) => {
    const [target, client] = EQUIVALENTS[targetId]?.httpsnippet ?? [];
    if (target === undefined) return undefined;
    return (fixture) => {
      const snippet = new HTTPSnippet(fixture.har).convert(target, client);
      if (typeof snippet !== 'string') throw new Error(`convert returned ${JSON.stringify(snippet)}`);
      return snippet;
    };
  },
};

/** Converts every fixture once; those that fail are left out of the timing and counted. */
function usableFixtures(convert) {
  const usable = [];
  const failures = [];
  for (const fixture of fixtures) {
    try {
      if (convert(fixture).length === 0) throw new Error('empty snippet');
      usable.push(fixture);
    } catch (error) {
      const detail = error?.errors?.map((e) => `${e.instancePath} ${e.message}`).join('; ') ?? '';
      failures.push({ fixture: fixture.name, reason: `${String(error?.message ?? error).split('\n')[0].slice(0, 100)}${detail ? ` (${detail})` : ''}` });
    }
  }
  return { usable, failures };
}

/** µs per snippet of one batch of whole passes over `cases`, lasting about `ms`. */
function timeSlice(convert, cases, ms) {
  const budget = BigInt(Math.round(ms * 1e6));
  let elapsed = 0n;
  let snippets = 0;
  let sink = 0;
  while (elapsed < budget) {
    const start = process.hrtime.bigint();
    for (const fixture of cases) sink += convert(fixture).length;
    elapsed += process.hrtime.bigint() - start;
    snippets += cases.length;
  }
  if (sink === 0) throw new Error('nothing was generated');
  return Number(elapsed) / 1000 / snippets;
}

/**
 * The machine is shared, so load drifts: the contenders run in alternating slices (ROUNDS per pair)
 * and each gets the median of its slices, so a burst of load hits all of them alike.
 */
function measureInterleaved(contenders) {
  const slices = contenders.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    contenders.forEach(({ convert, cases }, i) => slices[i].push(timeSlice(convert, cases, MEASURE_MS / ROUNDS)));
  }
  return slices.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}

const OTHERS = ['postman', 'httpsnippet'];
const TOOL_NAMES = { postman: 'postman-code-generators', httpsnippet: 'httpsnippet' };
const cell = (micros) => (micros === undefined ? '-' : micros >= 100 ? micros.toFixed(0) : micros.toFixed(1)).padStart(10);
const times = (n) => (n === undefined ? '-' : `${n.toFixed(1)}×`).padStart(10);

// `node bench/bench.mjs --show <target> <fixture>` prints the three tools' snippets for one request,
// to check that they are given the same request.
const showAt = process.argv.indexOf('--show');
if (showAt !== -1) {
  const [targetId, fixtureName] = process.argv.slice(showAt + 1);
  const fixture = fixtures.find((f) => f.name === fixtureName);
  if (fixture === undefined || !targetIds.includes(targetId)) throw new Error('usage: --show <target> <fixture>');
  for (const tool of ['snipforge', ...OTHERS]) {
    const convert = tools[tool](targetId);
    let output;
    try {
      output = convert === undefined ? '(no equivalent)' : convert(fixture);
    } catch (error) {
      output = `(failed: ${error?.message ?? error})`;
    }
    console.log(`===== ${tool}\n${output}`);
  }
  process.exit(0);
}

const started = performance.now();
const failures = { snipforge: [], postman: [], httpsnippet: [] };
const skipped = [];

// Every pair to time. A tool that fails on some fixtures is compared with snipforge on the same fixtures.
const plans = targetIds.map((targetId) => {
  const ours = tools.snipforge(targetId);
  const ourRun = usableFixtures(ours);
  failures.snipforge.push(...ourRun.failures.map((f) => ({ targetId, ...f })));
  const contenders = [
    { role: 'snipforge', convert: ours, cases: ourRun.usable },
    { role: 'snipforgeRender', convert: tools.snipforgeRender(targetId), cases: ourRun.usable },
  ];
  for (const tool of OTHERS) {
    const convert = tools[tool](targetId);
    if (convert === undefined) {
      skipped.push(`${TOOL_NAMES[tool]} has no equivalent of ${targetId}`);
      continue;
    }
    const run = usableFixtures(convert);
    failures[tool].push(...run.failures.map((f) => ({ targetId, ...f })));
    const shared = run.usable.filter((f) => ourRun.usable.includes(f));
    if (shared.length === 0) continue;
    contenders.push({ role: tool, convert, cases: shared });
    if (shared.length !== ourRun.usable.length) contenders.push({ role: `snipforge-vs-${tool}`, convert: ours, cases: shared });
  }
  return { targetId, contenders };
});

for (let round = 0; round < WARMUP_ROUNDS; round++) {
  for (const { contenders } of plans) for (const { convert, cases } of contenders) for (const fixture of cases) convert(fixture);
}

console.log(`snipforge bench: ${fixtures.length} fixtures × ${targetIds.length} targets, node ${process.version}; per tool and target ${MEASURE_MS} ms in ${ROUNDS} interleaved slices (median) after ${WARMUP_ROUNDS} warm-up passes`);
console.log('mean µs per snippet (lower is better); (render) = snipforge rendering alone from a prepared request, for information;');
console.log('N× = how many times faster snipforge (whole pipeline) is, on the same fixtures\n');
console.log(`${'target'.padEnd(20)}${'snipforge'.padStart(10)}${'(render)'.padStart(10)}${'postman'.padStart(10)}${'httpsnip'.padStart(10)}${'×postman'.padStart(10)}${'×httpsnip'.padStart(10)}`);
const totals = { snipforge: { micros: 0, snippets: 0 }, snipforgeRender: { micros: 0, snippets: 0 }, postman: { ours: 0, theirs: 0 }, httpsnippet: { ours: 0, theirs: 0 } };
for (const { targetId, contenders } of plans) {
  const medians = measureInterleaved(contenders);
  const micros = Object.fromEntries(contenders.map((c, i) => [c.role, medians[i]]));
  const cases = Object.fromEntries(contenders.map((c) => [c.role, c.cases.length]));
  totals.snipforge.micros += micros.snipforge * cases.snipforge;
  totals.snipforge.snippets += cases.snipforge;
  totals.snipforgeRender.micros += micros.snipforgeRender * cases.snipforgeRender;
  totals.snipforgeRender.snippets += cases.snipforgeRender;
  const speedup = {};
  for (const tool of OTHERS) {
    if (micros[tool] === undefined) continue;
    const oursOnSame = micros[`snipforge-vs-${tool}`] ?? micros.snipforge;
    speedup[tool] = micros[tool] / oursOnSame;
    totals[tool].ours += oursOnSame * cases[tool];
    totals[tool].theirs += micros[tool] * cases[tool];
  }
  console.log(`${targetId.padEnd(20)}${cell(micros.snipforge)}${cell(micros.snipforgeRender)}${cell(micros.postman)}${cell(micros.httpsnippet)}${times(speedup.postman)}${times(speedup.httpsnippet)}`);
}

const overallMean = ({ micros, snippets }) => (micros / snippets).toFixed(1);
console.log(`\nsnipforge overall: ${overallMean(totals.snipforge)} µs per snippet (${totals.snipforge.snippets} snippets); rendering alone from a prepared request: ${overallMean(totals.snipforgeRender)} µs`);
for (const tool of OTHERS) {
  const { ours, theirs } = totals[tool];
  if (ours === 0) continue;
  const overall = theirs / ours;
  console.log(`overall: snipforge is ${overall.toFixed(1)}× faster than ${TOOL_NAMES[tool]} (goal ≥${GOALS[tool]}×: ${overall >= GOALS[tool] ? 'met' : 'NOT met'})`);
}

// Cost comparison: formatting one JavaScript snippet with prettier, against generating one.
const jsTarget = ['nodejs-request', 'javascript-jquery'].find((id) => targetIds.includes(id));
const jsFixture = fixtures.find((f) => f.name === 'json-pretty') ?? fixtures[0];
const jsSnippet = jsTarget !== undefined ? tools.snipforge(jsTarget)(jsFixture) : tools.httpsnippet('nodejs-request')(jsFixture);
const formatOnce = () => prettier.format(jsSnippet, { parser: 'babel' });
for (let round = 0; round < 20; round++) await formatOnce();
let prettierRuns = 0;
const prettierStart = process.hrtime.bigint();
while (process.hrtime.bigint() - prettierStart < BigInt(MEASURE_MS) * 1_000_000n) {
  await formatOnce();
  prettierRuns++;
}
const prettierMicros = Number(process.hrtime.bigint() - prettierStart) / 1000 / prettierRuns;
console.log(`cost comparison: prettier.format of one ${jsSnippet.length}-character JS snippet (${jsTarget ?? 'httpsnippet node/request'}, ${jsFixture.name}): ${prettierMicros.toFixed(0)} µs`);

console.log('');
for (const line of skipped) console.log(`skipped: ${line}`);
for (const [tool, list] of Object.entries(failures)) {
  // One line per fixture and reason, naming the targets it happened on.
  const byReason = new Map();
  for (const { targetId, fixture, reason } of list) byReason.set(`${fixture}: ${reason}`, [...(byReason.get(`${fixture}: ${reason}`) ?? []), targetId]);
  console.log(`${TOOL_NAMES[tool] ?? tool} failures: ${list.length}`);
  for (const [reason, targets] of byReason) console.log(`  ${reason} — on ${targets.length === targetIds.length ? `all ${targets.length} targets` : targets.join(', ')}`);
}
console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(1)} s`);
