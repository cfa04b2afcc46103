import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page, type Request } from 'playwright-core';

/** Debian's `chromium` by default, driven by playwright-core (`npx playwright install` cannot download browsers here). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const SHARED = Symbol.for('snipforge.exec.browser');

/** Why the browser runners cannot run here, or undefined. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM_PATH)`;
}

/** A page in a browser context of its own, so no case sees another's cookies. */
interface Tab {
  context: BrowserContext;
  page: Page;
}

/**
 * The one headless Chromium every browser client of a run shares (fetch, XMLHttpRequest, axios, jQuery), launched on
 * first use, with its idle tabs. Kept on globalThis because the execution suite's test files run in one process
 * (vitest's single fork) with their own module instances; playwright kills the browser when that process exits.
 */
function shared(): { browser: Promise<Browser>; idle: Tab[] } {
  const holder = globalThis as { [SHARED]?: { browser: Promise<Browser>; idle: Tab[] } };
  holder[SHARED] ??= { browser: chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }), idle: [] };
  return holder[SHARED];
}

/**
 * An idle tab, its cookies cleared, or a new one. Tabs are reused because opening a page starts a renderer process
 * (about a second on a busy 2-core machine), while every case's page is on 127.0.0.1, one site, whose renderer a
 * navigation keeps: each case still gets a new document, a new script realm and an empty cookie jar.
 */
async function takeTab(): Promise<Tab> {
  const { browser, idle } = shared();
  const tab = idle.pop();
  if (tab !== undefined) {
    await tab.context.clearCookies();
    return tab;
  }
  const context = await (await browser).newContext();
  return { context, page: await context.newPage() };
}

/** Where the page lives on the snippet's origin: a path no fixture requests, answered by the runner, never by the recorder. */
const PAGE_PATH = '/__snipforge_page__';

/**
 * Runs a snippet as a classic script in a new page document served from the origin of the recording server it
 * requests, so the request is same-origin (no CORS), with no cookies of another case (takeTab). The page is answered
 * by the runner (route interception, removed before the snippet runs), so the recording server sees only the
 * snippet's request; it
 * loads `libraries` (files of node_modules, as a reader's page has them) with script tags, and has one
 * `<input type=file>` per `fileInputs[i]` the snippet reads, holding the work-dir file the snippet names right after
 * it. The run ends when the snippet logs its response (console.log); a console error, an uncaught error or a failed
 * request fails it.
 */
export async function runInPage(code: string, workDir: string, libraries: readonly string[] = []): Promise<void> {
  const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(code)?.[0];
  if (origin === undefined) throw new Error('no URL of the recording server (http://127.0.0.1:port) in the snippet');
  const files = pickedFiles(code, workDir);
  const scripts = libraries.map((file, i) => ({ url: `${origin}${PAGE_PATH}/library-${i}.js`, file }));
  const html = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">',
    ...scripts.map(({ url }) => `<script src="${url}"></script>`),
    `</head><body>${'<input type="file">'.repeat(files.length)}</body></html>`,
  ].join('');

  const tab = await takeTab();
  try {
    await runInTab(tab.page, origin, html, scripts, files, code, workDir);
  } catch (error) {
    // A tab whose case failed may still be busy: it is closed, not reused.
    await tab.context.close();
    throw error;
  }
  shared().idle.push(tab);
}

async function runInTab(page: Page, origin: string, html: string, scripts: readonly { url: string; file: string }[], files: readonly string[], code: string, workDir: string): Promise<void> {
  const serve = `${origin}${PAGE_PATH}**`;
  await page.route(serve, (route) => {
    const script = scripts.find(({ url }) => url === route.request().url());
    return script === undefined ? route.fulfill({ contentType: 'text/html', body: html }) : route.fulfill({ contentType: 'text/javascript', body: readFileSync(script.file) });
  });
  await page.goto(`${origin}${PAGE_PATH}`);
  await page.unroute(serve);
  const inputs = page.locator('input[type=file]');
  for (const [i, name] of files.entries()) await inputs.nth(i).setInputFiles(join(workDir, name));

  let onConsole: (message: ConsoleMessage) => void = () => undefined;
  let onPageError: (error: Error) => void = () => undefined;
  let onRequestFailed: (request: Request) => void = () => undefined;
  const logged = new Promise<void>((resolve, reject) => {
    onConsole = (message) => {
      if (message.type() === 'log') resolve();
      else if (message.type() === 'error') reject(new Error(`console error: ${message.text()}`));
    };
    onPageError = (error) => reject(new Error(`uncaught in the page: ${error.message}`));
    onRequestFailed = (request) => {
      // fetch's redirect: "manual" stops at the 3xx: the browser abandons the request for the Location it names.
      if (request.redirectedFrom() !== null && request.failure()?.errorText === 'net::ERR_ABORTED') return;
      reject(new Error(`${request.method()} ${request.url()} failed: ${request.failure()?.errorText}`));
    };
  });
  page.on('console', onConsole).on('pageerror', onPageError).on('requestfailed', onRequestFailed);
  try {
    await page.addScriptTag({ content: code });
    await logged;
  } finally {
    page.off('console', onConsole).off('pageerror', onPageError).off('requestfailed', onRequestFailed);
  }
}

/**
 * The file each `fileInputs[i]` holds: the string literal that follows `fileInputs[i].files[0]` on its line (a
 * FormData file name, or the comment naming a body's file). A part's file name is WHATWG-encoded (`"` as %22): the
 * user picked the file it stands for.
 */
function pickedFiles(code: string, workDir: string): string[] {
  const names: string[] = [];
  for (const [, index, literal] of code.matchAll(/fileInputs\[(\d+)\]\.files\[0\][^"'\n]*("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/g)) {
    const name = runInNewContext(literal!) as string;
    names[Number(index)] = existsSync(join(workDir, name)) ? name : name.replace(/%22|%0D|%0A/g, (code) => String.fromCharCode(parseInt(code.slice(1), 16)));
  }
  return names;
}
