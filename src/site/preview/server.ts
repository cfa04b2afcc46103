/**
 * The `snipforge preview` server: the preview page, rendered afresh from the inputs on every page load
 * so an edit shows on reload. Listens on 127.0.0.1 only: the page is for the person at this machine.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderRequests, type RenderOptions } from '../build/render.js';
import { InputError, UsageError } from '../../errors.js';
import { terminalLines, terminalText } from '../../text.js';
import { escapeHtml, renderSite, type SiteFile } from './page.js';
import { DEFAULT_TITLE } from './title.js';

export interface PreviewServerOptions extends Omit<RenderOptions, 'onProgress' | 'exclude' | 'formats' | 'vars'> {
  /** 0 picks any free port. */
  port: number;
  /** The page's title; default: the collection's or spec's name, else `API snippets`. */
  title?: string;
  /** Variables, read on every page load so an edited --env file applies too. */
  loadVars?: () => Readonly<Record<string, string>>;
  /** A one-line message for the terminal: input errors, failed requests, warnings (each said once until it changes). */
  log: (line: string) => void;
}

export interface PreviewServer {
  url: string;
  /** Stops listening and drops open (keep-alive) connections. */
  close: () => Promise<void>;
}

const HOST = '127.0.0.1';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  let lastReport = '';
  /** Files of the last rendered site, so a path that is none of them is a 404 without rendering. */
  let knownFiles = new Set(['index.html']);

  /** The site as the inputs are now, or an error page; what went wrong goes to the terminal once. */
  const renderNow = async (): Promise<{ files: SiteFile[]; failed: boolean }> => {
    let report: string[];
    let result: { files: SiteFile[]; failed: boolean };
    try {
      const rendered = await renderRequests({ ...options, vars: options.loadVars?.() ?? {} });
      const files = renderSite(rendered.requests, { title: options.title ?? rendered.title ?? DEFAULT_TITLE, failures: rendered.failures });
      knownFiles = new Set(files.map((f) => f.file));
      report = [
        ...rendered.warnings.map((w) => `warning: ${terminalText(w)}`),
        ...rendered.failures.map((f) => `error: ${terminalText(`${[...f.folders, f.name].join(' / ')}: ${f.message.replace(/\n/g, '; ')}`)} (shown on the page)`),
      ];
      result = { files, failed: false };
    } catch (error) {
      const known = error instanceof InputError || error instanceof UsageError;
      const message = known ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
      report = [terminalLines('snipforge: ', message).trimEnd()];
      result = { files: [{ file: 'index.html', content: errorPage(message) }], failed: true };
    }
    const text = report.join('\n');
    if (text !== lastReport && text !== '') options.log(text);
    lastReport = text;
    return result;
  };

  let allowedHosts = new Set<string>();
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    // DNS rebinding: a web page whose name now resolves to 127.0.0.1 could read the preview; its requests carry its own Host.
    if (!allowedHosts.has((request.headers.host ?? '').toLowerCase())) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end(request.method === 'HEAD' ? undefined : 'Misdirected request: open the preview at localhost or 127.0.0.1');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = requestedFile(request.url ?? '/');
    if (file === undefined || !knownFiles.has(file)) {
      response.writeHead(404, { 'Content-Type': CONTENT_TYPES.html! }).end(request.method === 'HEAD' ? undefined : 'Not found');
      return;
    }
    const { files, failed } = await renderNow();
    const found = files.find((f) => f.file === file) ?? (failed ? files[0] : undefined);
    if (found === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(failed ? 500 : 200, {
      'Content-Type': CONTENT_TYPES[found.file.slice(found.file.lastIndexOf('.') + 1)] ?? 'application/octet-stream',
      'Content-Length': Buffer.byteLength(found.content),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(request.method === 'HEAD' ? undefined : found.content);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log(`snipforge: unexpected error: ${terminalText(error instanceof Error ? error.message : String(error))}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new UsageError(`--port ${options.port}: already in use on ${HOST}; choose another, or --port 0 for any free port`));
      else if (error.code === 'EACCES') reject(new UsageError(`--port ${options.port}: not allowed for this user; choose a port above 1023, or --port 0 for any free port`));
      else reject(error);
    });
    server.listen(options.port, HOST, resolve);
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set(['localhost', '127.0.0.1', '[::1]'].map((name) => `${name}:${port}`));

  return {
    url: `http://${HOST}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The site file a request path names (`/` is index.html), or undefined for a malformed path. */
function requestedFile(url: string): string | undefined {
  const path = new URL(url, 'http://localhost').pathname;
  try {
    return path === '/' ? 'index.html' : decodeURIComponent(path.slice(1));
  } catch {
    return undefined;
  }
}

function errorPage(message: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<title>snipforge preview: error</title>
</head>
<body>
<h1>The inputs could not be read</h1>
<pre>${escapeHtml(message)}</pre>
<p>Fix the input and reload this page.</p>
</body>
</html>
`;
}
