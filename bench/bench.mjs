// Per-snippet generation time of snipforge against postman-code-generators and httpsnippet, on the
// same requests (test/fixtures/requests/*.json with {{baseUrl}} = https://api.example.com), in one
// process. Headline: the docs-build workload, where each tool builds its request object once per
// request from JSON and converts it to every target. Run with `npm run bench` (builds dist/ first).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseRequest, prepareRequest, render, targetIds } from '../dist/index.js';
import { EQUIVALENTS, toPostmanDefinition } from './equivalents.mjs';

const require = createRequire(import.meta.url);
const postman = require('postman-code-generators');
const { Request: PostmanRequest } = require('postman-collection');
const { HTTPSnippet } = require('httpsnippet');
const prettier = await import('prettier');

const root = join(import.meta.dirname, '..');
const VARS = { baseUrl: 'https://api.example.com', authPath: 'https://auth.example.com' };
/** Time spent on each contender of the headline, and of each per-target comparison, in ROUNDS slices. */
const HEADLINE_MS = 1500;
const MEASURE_MS = 150;
const ROUNDS = 5;
/**
 * How long each contender of the headline runs unmeasured first, in interleaved slices. V8 takes seconds to reach the
 * steady state of this workload: in one process of snipforge alone, 400 ms slices read 23, 16, 12, 12, 11, 6, 8, 7 µs
 * per snippet, then 4.0-4.4 from the 9th on (~3.5 s): optimising compiles run on a background thread, and a function
 * is compiled again each time a new object shape reaches its optimised code. The peers warm up too (Postman's
 * generators 43 → 22 µs in the same runs).
 */
const HEADLINE_WARMUP_MS = 4000;
/** Issue 15's goals for the headline: at most 1.5 µs per snippet, at least 15× Postman's generators and 10× httpsnippet. */
const GOAL_MICROS = 1.5;
const GOALS = { postman: 15, httpsnippet: 10 };

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

/**
 * Each tool as a docs build uses it: `input` builds the tool's request object from the fixture's
 * JSON (snipforge validates and prepares its model, Postman builds its SDK Request, httpsnippet
 * validates and prepares its HAR); `converter(targetId)` turns that object into one target's snippet.
 */
const tools = {
  snipforge: {
    input: (fixture) => prepareRequest(fixture.model),
    converter: (targetId) => (prepared) => render(prepared, targetId).code,
  },
  postman: {
    input: (fixture) => new PostmanRequest(fixture.postman),
    converter: (targetId) => {
      const [language, variant] = EQUIVALENTS[targetId]?.postman ?? [];
      if (language === undefined) return undefined;
      const options = {};
      return (request) => {
        let result;
        postman.convert(language, variant, request, options, (error, snippet) => {
          result = error ? { error } : { snippet };
        });
        // Every codegen we use answers synchronously; an answer that has not arrived would not be timed.
        if (result === undefined) throw new Error('the callback was not called synchronously');
        if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
        return result.snippet;
      };
    },
  },
  httpsnippet: {
    input: (fixture) => new HTTPSnippet(fixture.har),
    converter: (targetId) => {
      const [target, client] = EQUIVALENTS[targetId]?.httpsnippet ?? [];
      if (target === undefined) return undefined;
      return (snippet) => {
        const code = snippet.convert(target, client);
        if (typeof code !== 'string') throw new Error(`convert returned ${JSON.stringify(code)}`);
        return code;
      };
    },
  },
};
const TOOLS = Object.keys(tools);
const OTHERS = ['postman', 'httpsnippet'];
const TOOL_NAMES = { snipforge: 'snipforge', postman: 'postman-code-generators', httpsnippet: 'httpsnippet' };

/** The tool's snippet of one fixture for one target, from its JSON (input built afresh). */
const fromJson = (tool, targetId) => {
  const convert = tools[tool].converter(targetId);
  return convert === undefined ? undefined : (fixture) => convert(tools[tool].input(fixture));
};

/** µs per snippet of one batch of whole passes over `cases`, lasting about `ms`. */
function timeSlice({ run, cases, snippetsPerCase }, ms) {
  const budget = BigInt(Math.round(ms * 1e6));
  let elapsed = 0n;
  let snippets = 0;
  let sink = 0;
  while (elapsed < budget) {
    const start = process.hrtime.bigint();
    for (const item of cases) sink += run(item);
    elapsed += process.hrtime.bigint() - start;
    snippets += cases.length * snippetsPerCase;
  }
  if (sink === 0) throw new Error('nothing was generated');
  return Number(elapsed) / 1000 / snippets;
}

/**
 * The machine is shared, so load drifts: the contenders run in alternating slices and each gets the
 * median of its slices, so a burst of load hits all of them alike.
 */
function measureInterleaved(contenders, ms, warmupMs = ms) {
  // Warm-up by time, not by a count of passes (5 until 2026-12-04): a count gives the fastest tool the least time to be
  // compiled (5 passes were ~20 ms of snipforge's work and ~100 ms of Postman's).
  for (let round = 0; round < ROUNDS; round++) for (const contender of contenders) timeSlice(contender, warmupMs / ROUNDS);
  const slices = contenders.map(() => []);
  for (let round = 0; round < ROUNDS; round++) contenders.forEach((contender, i) => slices[i].push(timeSlice(contender, ms / ROUNDS)));
  return slices.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}

const cell = (micros) => (micros === undefined ? '-' : micros >= 100 ? micros.toFixed(0) : micros.toFixed(1)).padStart(10);
const times = (n) => (n === undefined ? '-' : `${n.toFixed(1)}×`).padStart(10);

// `node bench/bench.mjs --show <target> <fixture>` prints the three tools' snippets for one request,
// to check that they are given the same request.
const showAt = process.argv.indexOf('--show');
if (showAt !== -1) {
  const [targetId, fixtureName] = process.argv.slice(showAt + 1);
  const fixture = fixtures.find((f) => f.name === fixtureName);
  if (fixture === undefined || !targetIds.includes(targetId)) throw new Error('usage: --show <target> <fixture>');
  for (const tool of TOOLS) {
    const convert = fromJson(tool, targetId);
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
const skipped = [];
const failures = Object.fromEntries(TOOLS.map((tool) => [tool, []]));
/** The targets every tool has an equivalent of: the workload is the same set of snippets for each. */
const sharedTargets = targetIds.filter((targetId) => {
  const missing = OTHERS.filter((tool) => tools[tool].converter(targetId) === undefined);
  for (const tool of missing) skipped.push(`${TOOL_NAMES[tool]} has no equivalent of ${targetId}`);
  return missing.length === 0;
});
const converters = Object.fromEntries(TOOLS.map((tool) => [tool, sharedTargets.map((targetId) => tools[tool].converter(targetId))]));

/** The fixtures every tool converts to every shared target: all tools are timed on exactly these. */
const cases = fixtures.filter((fixture) =>
  TOOLS.map((tool) =>
    sharedTargets
      .map((targetId) => {
        try {
          if (fromJson(tool, targetId)(fixture).length === 0) throw new Error('empty snippet');
          return true;
        } catch (error) {
          const detail = error?.errors?.map((e) => `${e.instancePath} ${e.message}`).join('; ') ?? '';
          failures[tool].push({ targetId, fixture: fixture.name, reason: `${String(error?.message ?? error).split('\n')[0].slice(0, 100)}${detail ? ` (${detail})` : ''}` });
          return false;
        }
      })
      .every(Boolean),
  ).flat().every(Boolean),
);
if (cases.length === 0) throw new Error('no fixture is converted by every tool');

console.log(`snipforge bench: ${cases.length} of ${fixtures.length} fixtures (those every tool converts) × ${sharedTargets.length} targets, node ${process.version}`);
console.log(`each figure: median of ${ROUNDS} interleaved slices after as many unmeasured ones (the headline's: ${HEADLINE_WARMUP_MS / 1000} s of each contender); µs per snippet, lower is better; N× = how many times faster snipforge is\n`);

// Headline: the docs-build workload. Per request, the tool's input object is built once from JSON,
// then converted to every target; µs per snippet = total time / snippets.
const allTargets = Object.fromEntries(
  TOOLS.map((tool) => [
    tool,
    {
      run: (fixture) => {
        const input = tools[tool].input(fixture);
        let chars = 0;
        for (const convert of converters[tool]) chars += convert(input).length;
        return chars;
      },
      cases,
      snippetsPerCase: sharedTargets.length,
    },
  ]),
);
const headline = Object.fromEntries(measureInterleaved(Object.values(allTargets), HEADLINE_MS, HEADLINE_WARMUP_MS).map((micros, i) => [TOOLS[i], micros]));

// For information: one snippet at a time, each from JSON (snipforge validates, prepares and renders
// per snippet; the others build their input and convert per snippet).
const oneFromJson = Object.fromEntries(TOOLS.map((tool) => [tool, 0]));
for (const targetId of sharedTargets) {
  const medians = measureInterleaved(
    TOOLS.map((tool) => {
      const convert = fromJson(tool, targetId);
      return { run: (fixture) => convert(fixture).length, cases, snippetsPerCase: 1 };
    }),
    MEASURE_MS,
  );
  TOOLS.forEach((tool, i) => (oneFromJson[tool] += medians[i] / sharedTargets.length));
}

// Per target: converting an input object built beforehand (the part of the headline that depends on
// the target; building the input is shared by all targets of a request).
console.log('per target: conversion alone, from the tool\'s input object built beforehand');
console.log(`${'target'.padEnd(20)}${'snipforge'.padStart(10)}${'postman'.padStart(10)}${'httpsnip'.padStart(10)}${'×postman'.padStart(10)}${'×httpsnip'.padStart(10)}`);
const inputs = Object.fromEntries(TOOLS.map((tool) => [tool, cases.map((fixture) => tools[tool].input(fixture))]));
const perTarget = [];
sharedTargets.forEach((targetId, t) => {
  const medians = measureInterleaved(
    TOOLS.map((tool) => ({ run: (input) => converters[tool][t](input).length, cases: inputs[tool], snippetsPerCase: 1 })),
    MEASURE_MS,
  );
  const [ours, postmanMicros, httpsnippetMicros] = medians;
  perTarget.push({ targetId, ours, postmanMicros, httpsnippetMicros });
  console.log(`${targetId.padEnd(20)}${cell(ours)}${cell(postmanMicros)}${cell(httpsnippetMicros)}${times(postmanMicros / ours)}${times(httpsnippetMicros / ours)}`);
});

const row = (label, micros) =>
  `${label.padEnd(44)}${TOOLS.map((tool) => cell(micros[tool])).join('')}${OTHERS.map((tool) => times(micros[tool] / micros.snipforge)).join('')}`;
console.log(`\n${''.padEnd(44)}${'snipforge'.padStart(10)}${'postman'.padStart(10)}${'httpsnip'.padStart(10)}${'×postman'.padStart(10)}${'×httpsnip'.padStart(10)}`);
console.log(row('HEADLINE per request: input once, all targets', headline));
console.log(row('one snippet from JSON (input per snippet)', oneFromJson));
const verdict = (met) => (met ? 'met' : 'NOT met');
console.log(`headline: snipforge takes ${headline.snipforge.toFixed(2)} µs per snippet (goal ≤${GOAL_MICROS} µs: ${verdict(headline.snipforge <= GOAL_MICROS)})`);
for (const tool of OTHERS) {
  const ratio = headline[tool] / headline.snipforge;
  console.log(`headline: snipforge is ${ratio.toFixed(1)}× faster than ${TOOL_NAMES[tool]} per snippet (goal ≥${GOALS[tool]}×: ${verdict(ratio >= GOALS[tool])})`);
}

// Cost comparison: formatting one JavaScript snippet with prettier, against generating one.
const jsTarget = ['nodejs-request', 'javascript-jquery'].find((id) => targetIds.includes(id));
const jsFixture = fixtures.find((f) => f.name === 'json-pretty') ?? fixtures[0];
const jsSnippet = fromJson(jsTarget !== undefined ? 'snipforge' : 'httpsnippet', jsTarget ?? 'nodejs-request')(jsFixture);
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

// reports/bench-warm.md: the same figures as a table, for bench/RESULTS.md.
const md = (micros) => (micros === undefined ? '-' : micros.toFixed(2));
const ratio = (other, ours) => `${(other / ours).toFixed(1)}×`;
const headlineRatios = OTHERS.map((tool) => headline[tool] / headline.snipforge);
writeFileSync(
  join(root, 'reports', 'bench-warm.md'),
  [
    '# Warm: µs per snippet, in one process',
    '',
    `Written by \`npm run bench\` (bench/bench.mjs): ${cases.length} fixtures × ${sharedTargets.length} targets, node ${process.version}; each figure is the median of ${ROUNDS} interleaved slices after as many unmeasured ones (the warm-up: ${HEADLINE_WARMUP_MS / 1000} s of each contender for the headline, as long as the measure for the others); load average (1 min) ${loadavg()[0].toFixed(1)}. Lower is better; N× = how many times faster snipforge is.`,
    '',
    '| measure | snipforge | postman-code-generators | httpsnippet | × postman | × httpsnippet |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| **headline: per request, input once, all targets** | ${md(headline.snipforge)} | ${md(headline.postman)} | ${md(headline.httpsnippet)} | ${ratio(headline.postman, headline.snipforge)} | ${ratio(headline.httpsnippet, headline.snipforge)} |`,
    `| one snippet from JSON (input per snippet) | ${md(oneFromJson.snipforge)} | ${md(oneFromJson.postman)} | ${md(oneFromJson.httpsnippet)} | ${ratio(oneFromJson.postman, oneFromJson.snipforge)} | ${ratio(oneFromJson.httpsnippet, oneFromJson.snipforge)} |`,
    ...perTarget.map((r) => `| ${r.targetId} (conversion alone) | ${md(r.ours)} | ${md(r.postmanMicros)} | ${md(r.httpsnippetMicros)} | ${ratio(r.postmanMicros, r.ours)} | ${ratio(r.httpsnippetMicros, r.ours)} |`),
    '',
    `Goals (issue 15): ≤ ${GOAL_MICROS} µs per snippet: ${headline.snipforge.toFixed(2)} µs, ${verdict(headline.snipforge <= GOAL_MICROS)}; ≥ ${GOALS.postman}× postman-code-generators: ${headlineRatios[0].toFixed(1)}×, ${verdict(headlineRatios[0] >= GOALS.postman)}; ≥ ${GOALS.httpsnippet}× httpsnippet: ${headlineRatios[1].toFixed(1)}×, ${verdict(headlineRatios[1] >= GOALS.httpsnippet)}.`,
    '',
  ].join('\n'),
);
