import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findTarget, generate, prepareRequest, type RequestInput } from '../../src/index.js';
import { FIXTURES_DIR, fixtures } from '../fixtures.js';
import { compareRequest } from './compare.js';
import { startRecorder } from './recorder.js';
import type { Runner } from './runner.js';
import { runRecorded } from './targets.js';

/**
 * The Node.js clients' options, each value executed with the real library: the request still matches the model with
 * every value (indent and the `.then()` style included), a timeout fires, and followRedirects decides whether a 3xx is followed. Also the
 * shapes where a client would re-encode what the fixture corpus sends plainly: non-ASCII header values before a text
 * body. The fixture corpus runs with the defaults (exec.test.ts).
 */
const WORK_DIR = join(import.meta.dirname, '.work', 'node-options');
const FILES_DIR = join(FIXTURES_DIR, 'files');
const CLIENTS = ['node-fetch', 'node-axios', 'node-undici', 'node-http', 'node-got', 'node-ofetch', 'node-ky', 'node-superagent'];
/** Clients whose followRedirects default is to follow (undici's request() and node:http follow nothing by default). */
const FOLLOWING = new Set(['node-fetch', 'node-axios', 'node-got', 'node-ofetch', 'node-ky', 'node-superagent']);

const runners = new Map<string, Runner>(await Promise.all(CLIENTS.map(async (id) => [id, ((await import(`./runners/${id}.ts`)) as { runner: Runner }).runner] as const)));

const hasOption = (id: string, name: string) => (findTarget(id)!.options as { shape?: Record<string, unknown> } | undefined)?.shape?.[name] !== undefined;

/** Every option value but the defaults, on a request with headers, a query and a JSON body. */
const VALUES: [string, Record<string, unknown>][] = CLIENTS.flatMap((id) => [
  [id, { indent: 4 }] as [string, Record<string, unknown>],
  [id, { indent: 'tab', timeout: 30 }] as [string, Record<string, unknown>],
  ...(hasOption(id, 'followRedirects') ? [[id, { followRedirects: !FOLLOWING.has(id) }] as [string, Record<string, unknown>]] : []),
  ...(hasOption(id, 'async') ? [[id, { async: false }] as [string, Record<string, unknown>]] : []),
]);
/** A multipart body with a file, in the `.then()` style: the parts are built before the chain. */
const multipartFile = fixtures.find((f) => f.name === 'multipart-file')!.request;

/** Non-ASCII header values before a text body with white space around it (axios would trim a JSON text, got and superagent write the headers as UTF-8 before a string). */
const SHAPES: { name: string; request: RequestInput; clients: readonly string[] }[] = [
  {
    name: 'non-ASCII header values and a JSON body ending in a line break',
    request: { method: 'POST', url: '{{baseUrl}}/shape', headers: [{ name: 'X-Latin', value: 'café' }, { name: 'X-Wide', value: 'Zoë ✓ 😀' }], body: { mode: 'raw', language: 'json', text: ' {"a": 1}\n' } },
    // superagent writes a string body after headers it sends as UTF-8 text, and Node refuses characters beyond U+00FF there.
    clients: CLIENTS.filter((id) => id !== 'node-superagent'),
  },
  {
    name: 'a Latin-1 header value and a text body',
    request: { method: 'PUT', url: '{{baseUrl}}/shape', headers: [{ name: 'X-Latin', value: 'café' }], body: { mode: 'raw', language: 'text', text: 'été\n' } },
    clients: CLIENTS,
  },
];

async function runAgainstRecorder(targetId: string, request: RequestInput, options: Record<string, unknown>, caseName: string): Promise<string[]> {
  const recorder = await startRecorder();
  try {
    const workDir = join(WORK_DIR, `${targetId}-${caseName}`);
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    cpSync(FILES_DIR, workDir, { recursive: true });
    const vars = { baseUrl: recorder.origin };
    const code = generate(request, targetId, { vars }, options);
    const recorded = await runRecorded(runners.get(targetId)!, { recorder, code, workDir, context: code }, 60_000);
    return compareRequest(recorded, { prepared: prepareRequest(request, { vars }), graphql: false, filesDir: FILES_DIR }).problems;
  } finally {
    await recorder.close();
  }
}

describe('Node.js client options, executed', { timeout: 60_000 }, () => {
  const jsonPretty = fixtures.find((f) => f.name === 'json-pretty')!.request;
  it.each(VALUES)('%s with %j sends the model request', async (targetId, options) => {
    expect(await runAgainstRecorder(targetId, jsonPretty, options, Object.entries(options).flat().join('-'))).toEqual([]);
  });

  it.each(CLIENTS.filter((id) => hasOption(id, 'async')))('%s with {"async":false} sends a multipart file', async (targetId) => {
    expect(await runAgainstRecorder(targetId, multipartFile, { async: false }, 'then-multipart')).toEqual([]);
  });

  it.each(SHAPES.flatMap((shape) => shape.clients.map((id) => [id, shape.name, shape.request] as const)))('%s sends %s exactly', async (targetId, name, request) => {
    expect(await runAgainstRecorder(targetId, request, {}, name.replace(/\W+/g, '-'))).toEqual([]);
  });

  /** A server that redirects `/start` to `/landed` and never answers `/hang`, counting the paths it was asked for. */
  const asked: string[] = [];
  let server: Server | undefined;
  const origin = new Promise<string>((resolve) => {
    server = createServer((incoming, response) => {
      asked.push(incoming.url ?? '');
      if (incoming.url === '/start') response.writeHead(302, { Location: '/landed' }).end();
      else if (incoming.url === '/landed') response.writeHead(200, { 'Content-Type': 'text/plain' }).end('landed');
    });
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server!.address() as { port: number }).port}`));
  });
  afterAll(() => {
    server?.closeAllConnections();
    server?.close();
  });
  const snippetFor = async (path: string, targetId: string, options: Record<string, unknown>) =>
    generate({ method: 'GET', url: `{{baseUrl}}${path}` } satisfies RequestInput, targetId, { vars: { baseUrl: await origin } }, options);

  const redirectCases = CLIENTS.flatMap((id) => [
    [id, {}, FOLLOWING.has(id)] as const,
    ...(hasOption(id, 'followRedirects') ? [[id, { followRedirects: !FOLLOWING.has(id) }, !FOLLOWING.has(id)] as const] : []),
  ]);
  it.each(redirectCases)('%s with %j follows a 302: %s', async (targetId, options, follows) => {
    asked.length = 0;
    const run = runners.get(targetId)!.run(await snippetFor('/start', targetId, options), WORK_DIR);
    // A client that does not follow may report the 3xx as an error (axios, ky, superagent): what was asked is the point.
    if (follows) await run;
    else await run.catch(() => undefined);
    expect(asked).toEqual(follows ? ['/start', '/landed'] : ['/start']);
  });

  it.each(CLIENTS)('%s with a timeout of 1 s gives up on a server that does not answer', async (targetId) => {
    const started = Date.now();
    await expect(runners.get(targetId)!.run(await snippetFor('/hang', targetId, { timeout: 1 }), WORK_DIR)).rejects.toThrow(/time|abort/i);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
