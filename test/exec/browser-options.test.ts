import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, prepareRequest, type RequestInput } from '../../src/index.js';
import { FIXTURES_DIR, fixtures } from '../fixtures.js';
import { chromiumMissing } from './browser.js';
import { compareRequest } from './compare.js';
import { startRecorder } from './recorder.js';
import { runRecorded } from './targets.js';
import type { Runner } from './runner.js';

/**
 * The browser clients' options, each value executed in Chromium: the request still matches the model with every
 * value (formatting and async style included), a timeout fires, and fetch's followRedirects decides whether a 3xx is
 * followed. The fixture corpus runs with the defaults (exec.test.ts).
 */
const WORK_DIR = join(import.meta.dirname, '.work', 'browser-options');
const FILES_DIR = join(FIXTURES_DIR, 'files');
const missing = chromiumMissing();
if (missing !== undefined && process.env.CI === 'true') throw new Error(`CI=true and ${missing}`);

const runners = new Map<string, Runner>(
  await Promise.all(['javascript-fetch', 'javascript-xhr', 'javascript-axios'].map(async (id) => [id, ((await import(`./runners/${id}.ts`)) as { runner: Runner }).runner] as const)),
);

/** Every option value but the defaults (which the fixture corpus runs), on a request with headers, a query and a JSON body. */
const VALUES: [string, Record<string, unknown>][] = [
  ['javascript-fetch', { async: true }],
  ['javascript-fetch', { timeout: 30 }],
  ['javascript-fetch', { followRedirects: false }],
  ['javascript-fetch', { indent: 4 }],
  ['javascript-fetch', { indent: 'tab', async: true, timeout: 30 }],
  ['javascript-xhr', { timeout: 30 }],
  ['javascript-xhr', { indent: 'tab' }],
  ['javascript-axios', { async: true }],
  ['javascript-axios', { timeout: 30 }],
  ['javascript-axios', { indent: 3, async: true }],
];
const request = fixtures.find((f) => f.name === 'json-pretty')!.request;

describe.skipIf(missing !== undefined)('browser client options in Chromium', { timeout: 60_000 }, () => {
  it.each(VALUES)('%s with %j sends the model request', async (targetId, options) => {
    const recorder = await startRecorder();
    try {
      const workDir = join(WORK_DIR, `${targetId}-${Object.entries(options).flat().join('-')}`);
      rmSync(workDir, { recursive: true, force: true });
      mkdirSync(workDir, { recursive: true });
      cpSync(FILES_DIR, workDir, { recursive: true });
      const vars = { baseUrl: recorder.origin };
      const code = generate(request, targetId, { vars }, options);
      const recorded = await runRecorded(runners.get(targetId)!, { recorder, code, workDir, context: code }, 60_000);
      expect(compareRequest(recorded, { prepared: prepareRequest(request, { vars }), graphql: false, filesDir: FILES_DIR }).problems).toEqual([]);
    } finally {
      await recorder.close();
    }
  });

  /** A server that redirects `/start` to `/landed` and never answers `/hang`, counting the paths it was asked for. */
  const asked: string[] = [];
  let server: Server | undefined;
  const origin = new Promise<string>((resolve) => {
    if (missing !== undefined) return;
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

  it.each([
    [true, ['/start', '/landed']],
    [false, ['/start']],
  ])('javascript-fetch with followRedirects %s asks for %j', async (followRedirects, paths) => {
    asked.length = 0;
    await runners.get('javascript-fetch')!.run(await snippetFor('/start', 'javascript-fetch', { followRedirects }), WORK_DIR);
    expect(asked).toEqual(paths);
  });

  it.each(['javascript-fetch', 'javascript-xhr', 'javascript-axios'])('%s with a timeout of 1 s gives up on a server that does not answer', async (targetId) => {
    const started = Date.now();
    await expect(runners.get(targetId)!.run(await snippetFor('/hang', targetId, { timeout: 1 }), WORK_DIR)).rejects.toThrow(/console error: .*(time|abort)/i);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
