/**
 * What the real-site tests share: a temp folder outside the repo with its own npm cache, the snipforge CLI run from the
 * sources (tsx, so the test checks the code under test and never a stale dist/), a static server for a built site,
 * Chromium, and the request collection every site shows.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** The 11 documentation tabs, then one target for every other Prism language the clients are written in. */
export const SITE_TARGETS = [
  'curl', 'csharp-restsharp', 'go-native', 'http', 'java-okhttp', 'javascript-jquery', 'nodejs-request', 'python-requests', 'php-http-request2', 'ruby-net-http', 'swift-urlsession',
  'kotlin-okhttp', 'rust-reqwest', 'php-guzzle', 'powershell-invoke-restmethod', 'r-httr2', 'elixir-httpc', 'dart-http', 'c-libcurl', 'cpp-httplib', 'clojure-clj-http',
  'crystal-http-client', 'erlang-httpc', 'fsharp-httpclient', 'lua-socket', 'objc-nsurlsession', 'ocaml-cohttp', 'perl-lwp',
];

/** Two requests, so that choosing a tab on one can be seen to switch the other; Postman ids, so paths survive a rename. */
export const COLLECTION = {
  info: { name: 'Pet store', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
  item: [
    {
      id: 'list-pets',
      name: 'List pets',
      request: { method: 'GET', url: '{{baseUrl}}/pets?limit=10', header: [{ key: 'Accept', value: 'application/json' }], description: 'Lists the **pets** in the store, `limit` at a time.' },
    },
    {
      id: 'create-pet',
      name: 'Create a pet',
      request: {
        method: 'POST',
        url: '{{baseUrl}}/pets',
        header: [{ key: 'Content-Type', value: 'application/json' }],
        body: { mode: 'raw', raw: '{"name": "Rex", "tag": "dog"}' },
        description: 'Adds a pet to the store.',
      },
    },
  ],
};

/** A fresh folder outside the repo holding the collection; `npm` below keeps its cache in it too. */
export function siteFolder(name: string): { dir: string; collection: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `snipforge-site-${name}-`));
  const collection = join(dir, 'petstore.postman_collection.json');
  writeFileSync(collection, JSON.stringify(COLLECTION, null, 2));
  return { dir, collection, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The environment a user's shell would give: without what vitest and Vite set for the test process (NODE_ENV=test,
 * SSR, DEV, MODE, BASE_URL, VITEST_*: Docusaurus's webpack build fails under them) and without npm's for this repo.
 */
function userEnvironment(): NodeJS.ProcessEnv {
  const leaked = /^(NODE_ENV|TEST|VITEST.*|TINYPOOL.*|SSR|DEV|PROD|MODE|BASE_URL|FORCE_TTY|INIT_CWD|npm_.*)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !leaked.test(name)));
}

/**
 * Runs a command in `cwd`; its output is shown only when it fails, in the thrown error. Asynchronous: a worker blocked
 * for minutes misses vitest's heartbeat.
 */
export async function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  try {
    return (await promisify(execFile)(command, args, { cwd, encoding: 'utf8', env: userEnvironment(), maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${String(stdout ?? '').slice(-4000)}\n${String(stderr ?? '').slice(-4000)}`);
  }
}

/**
 * `npm install` of exact versions into `dir`, with a cache inside it, so the run leaves nothing behind. No `"type":
 * "module"`: webpack would then read the site's generated `.js` as strict ES modules, where Docusaurus's `require` calls fail.
 */
export async function npmInstall(dir: string, packages: readonly string[]): Promise<void> {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'snipforge-site-test', private: true }, null, 2));
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--cache', join(dir, '.npm-cache'), ...packages], dir);
}

/** The snipforge CLI from the sources, as a user runs `snipforge ...`. */
export function snipforge(args: readonly string[]): Promise<string> {
  return run(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args], ROOT);
}

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2' };

/** Serves a built static site as a host would: `/a` and `/a/` give `a/index.html` or `a.html`. */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    const candidates = [join(root, path), join(root, path, 'index.html'), join(root, `${path.replace(/\/$/, '')}.html`)];
    const file = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (file === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Why a site test cannot run here, or undefined; CI (CI=true) has everything, so there it never skips. */
export function sitesMissing(executables: readonly string[] = []): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM_PATH)`;
  for (const executable of executables) {
    try {
      execFileSync('sh', ['-c', `command -v ${executable}`], { stdio: 'ignore' });
    } catch {
      return `${executable} not found`;
    }
  }
  return undefined;
}

/** The screenshot a site test leaves as evidence, in reports/. */
export function screenshotPath(name: string): string {
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  return join(ROOT, 'reports', `sites-${name}.png`);
}
