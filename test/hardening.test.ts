/**
 * Issue 16, "Hardening": input that could hang the tool, mislead a terminal or CI log, reach outside the output
 * folder or run inside a docs pipeline. Work that used to be quadratic runs in a child process that is killed
 * after a generous limit, so a regression fails in seconds instead of hanging the suite.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPreviewServer } from '../src/site/preview/server.js';

const ROOT = join(import.meta.dirname, '..');
/** Far above what the linear code needs (tens of milliseconds), far below what the quadratic code took (minutes). */
const LIMIT_MS = 8_000;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'snipforge-hardening-'));
}

/** Runs an ES module body (which may import `./src/...ts`) in a child Node; its stdout, or a failure if it runs past LIMIT_MS. */
function runBounded(body: string): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', body], { cwd: ROOT, timeout: LIMIT_MS, encoding: 'utf8' });
  if (result.error !== undefined || result.signal !== null) throw new Error(`did not finish within ${LIMIT_MS} ms (${result.error?.message ?? result.signal})`);
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

describe('linear text handling of request data', () => {
  it('trims a header value with 160,000 spaces inside', () => {
    const out = runBounded(`
      import { generateSnippet } from './src/index.ts';
      const value = ' \\t' + 'x' + ' '.repeat(160000) + 'y' + '\\t '.repeat(3);
      const { code } = generateSnippet({ method: 'GET', url: 'https://a.example/', headers: [{ name: 'X-Pad', value }] }, 'curl');
      console.log(JSON.stringify(code.includes("'X-Pad: x" + ' '.repeat(160000) + "y'")));`);
    expect(out).toBe('true');
  }, 20_000);

  it('keeps a heading of long inner space runs, and its outer spaces as references', async () => {
    const out = runBounded(`
      import { markdownHeadingText } from './src/site/build/documents.ts';
      const text = markdownHeadingText('  a' + ' '.repeat(100000) + 'b ');
      console.log(JSON.stringify([text.slice(0, 13), text.length, text.slice(-6)]));`);
    expect(JSON.parse(out)).toEqual(['&#32;&#32;a  ', 10 + 100002 + 5, 'b&#32;']);
    const { markdownHeadingText } = await import('../src/site/build/documents.js');
    expect(markdownHeadingText('   ')).toBe('&#32;&#32;&#32;');
    expect(markdownHeadingText(' # ')).toBe('&#32;\\#&#32;');
  }, 20_000);

  it('fills server URL and path templates full of unclosed braces', async () => {
    const out = runBounded(`
      import { serverUrl, joinUrl } from './src/importers/openapi/servers.ts';
      const braces = '{'.repeat(100000);
      const url = serverUrl([[{ url: 'https://a.example/' + braces + 'x' }]], {}, 'spec.json').url;
      const joined = joinUrl('https://a.example' + '/'.repeat(100000) + 'x', '/p');
      console.log(JSON.stringify([url.length, joined.length]));`);
    expect(JSON.parse(out)).toEqual(['https://a.example/'.length + 100001, 'https://a.example'.length + 100001 + 2]);
    // The same replacements as before: `{name}` with a variable or its default, `{}` and unknown names kept.
    const { serverUrl } = await import('../src/importers/openapi/servers.js');
    const variables = { v: { default: '1' }, e: { enum: ['eu', 'us'] } };
    expect(serverUrl([[{ url: 'https://{e}.a.example/{v}/{}/{unknown}/{{v}/x{', variables }]], { v: '2' }, 'spec.json').url).toBe('https://eu.a.example/2/{}/{unknown}/{{v}/x{');
  }, 20_000);

  it('fills an OpenAPI path of 50,000 unclosed braces', async () => {
    const out = runBounded(`
      import { importSpec } from './src/importers/openapi/index.ts';
      const path = '/a' + '{'.repeat(50000);
      const spec = { openapi: '3.0.3', info: { title: 't', version: '1' }, servers: [{ url: 'https://a.example' }], paths: { [path]: { get: { responses: { 200: { description: 'ok' } } } } } };
      const { requests } = await importSpec(spec, 'spec.json');
      console.log(requests[0].request.url.length);`);
    expect(Number(out)).toBe('https://a.example/a'.length + 50000);
  }, 20_000);

  it('reads a HAR multipart part whose Content-Type is padded with 100,000 spaces', () => {
    const out = runBounded(`
      import { importHar } from './src/importers/har/index.ts';
      const text = '--B\\r\\nContent-Disposition: form-data; name="f"\\r\\nContent-Type: a' + ' '.repeat(100000) + 'b \\r\\n\\r\\nv\\r\\n--B--\\r\\n';
      const har = { log: { version: '1.2', creator: { name: 'x', version: '1' }, entries: [{ request: { method: 'POST', url: 'https://a.example/', httpVersion: 'HTTP/1.1', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: -1, postData: { mimeType: 'multipart/form-data; boundary=B', text } } }] } };
      const field = importHar(har).requests[0].request.body.params[0];
      console.log(JSON.stringify([field.contentType.length, field.value]));`);
    expect(JSON.parse(out)).toEqual([100002, 'v']);
  }, 20_000);

  it('picks a Ruby heredoc terminator past 30,000 lines that take BODY, BODY2, BODY3, ...', () => {
    const out = runBounded(`
      import { rbText } from './src/targets/ruby/escape.ts';
      const lines = ['BODY', ...Array.from({ length: 30000 }, (_, i) => 'BODY' + (i + 2) + ' taken')];
      lines.push('BODY30002' + '7'.repeat(100000));
      console.log(rbText(lines.join('\\n') + '\\n').split('\\n')[0]);`);
    expect(out).toBe("<<'BODY30003'");
  }, 20_000);

  it('keeps the final line breaks of a YAML literal block after 100,000 inner line breaks', () => {
    const out = runBounded(`
      import { addCodeSamples } from './src/site/writers/code-samples.ts';
      const code = 'a' + '\\n'.repeat(100000) + 'b\\n\\n';
      const spec = 'openapi: 3.0.3\\npaths:\\n  /a:\\n    get:\\n      operationId: a\\n';
      const { text } = addCodeSamples(spec, [{ path: '/a', method: 'get', samples: [{ target: 'curl', label: 'cURL', code }] }], { format: 'x-codesamples', replace: false });
      console.log(JSON.stringify(text.includes('source: |+')));`);
    expect(out).toBe('true');
  }, 20_000);
});

describe('unique request directories', () => {
  it('numbers 20,000 requests of one name in linear time, and skips suffixes another request already has', async () => {
    const out = runBounded(`
      import { requestDirectories } from './src/site/writers/files.ts';
      const dirs = requestDirectories(Array.from({ length: 20000 }, () => ({ name: 'Same', folders: ['F'] })));
      console.log(JSON.stringify([new Set(dirs).size, dirs[0], dirs[1], dirs[19999]]));`);
    expect(JSON.parse(out)).toEqual([20000, 'f/same', 'f/same-2', 'f/same-20000']);
    const { requestDirectories } = await import('../src/site/writers/files.js');
    expect(requestDirectories(['a-2', 'a', 'a', 'a', 'a-3'].map((name) => ({ name, folders: [] })))).toEqual(['a-2', 'a', 'a-3', 'a-4', 'a-3-2']);
  }, 20_000);
});

describe('highlighting in the html site and the preview', () => {
  it('shows a 100 KB raw HTTP body without guessing its language, and a huge snippet as plain text', () => {
    const out = runBounded(`
      import { writeFileSync } from 'node:fs';
      import { renderRequests } from './src/site/build/render.ts';
      import { renderSite } from './src/site/preview/page.ts';
      const dir = ${JSON.stringify(tempDir())};
      const body = Array.from({ length: 2500 }, (_, i) => 'function f' + i + '() { return "<b>" + $x + " SELECT * FROM t"; }').join('\\n');
      writeFileSync(dir + '/r.json', JSON.stringify({ name: 'Big', method: 'POST', url: 'https://a.example/', body: { mode: 'raw', language: 'text', text: body } }));
      writeFileSync(dir + '/huge.json', JSON.stringify({ name: 'Huge', method: 'POST', url: 'https://a.example/', body: { mode: 'raw', language: 'text', text: 'x = 1\\n'.repeat(60000) } }));
      const { requests } = await renderRequests({ inputs: [dir + '/r.json'], targets: ['http'] });
      const page = renderSite(requests, { title: 'T' })[0].content;
      const start = page.indexOf('class="hljs"');
      const code = page.slice(start, page.indexOf('</code>', start));
      const shownBody = code.slice(code.indexOf('\\n\\n'));
      const huge = renderSite((await renderRequests({ inputs: [dir + '/huge.json'], targets: ['python-requests'] })).requests, { title: 'T' })[0].content;
      console.log(JSON.stringify([body.length, shownBody.includes('function f2499() { return &quot;&lt;b&gt;&quot;'), shownBody.includes('<span'), code.includes('hljs-attribute'), huge.includes('x = 1\\nx = 1'), huge.includes('<span class="hljs-')]));`);
    const [bodyLength, bodyPlain, bodyMarked, headerMarked, hugePlain, hugeMarked] = JSON.parse(out) as [number, boolean, boolean, boolean, boolean, boolean];
    expect(bodyLength).toBeGreaterThan(100_000);
    // The request line and headers are highlighted as HTTP; the body is text, not guessed to be JavaScript.
    expect([bodyPlain, bodyMarked, headerMarked]).toEqual([true, false, true]);
    expect([hugePlain, hugeMarked]).toEqual([true, false]);
  }, 20_000);
});

/** A GET with a Host header of our choosing (fetch always sends the URL's own). */
function getWithHost(port: number, host: string | undefined): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const headers = host === undefined ? {} : { Host: host };
    const req = httpRequest({ host: '127.0.0.1', port, path: '/', headers, setHost: host !== undefined }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview server and DNS rebinding', () => {
  it('answers only the Host names of this machine at its port, with no CORS headers', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ name: 'R', method: 'GET', url: 'https://a.example/' }));
    const server = await startPreviewServer({ inputs: [join(dir, 'r.json')], targets: ['curl'], title: 'T', port: 0, log: () => {} });
    const port = Number(new URL(server.url).port);
    try {
      for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `LocalHost:${port}`]) {
        const { status, headers } = await getWithHost(port, host);
        expect([host, status]).toEqual([host, 200]);
        expect(Object.keys(headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      }
      for (const host of ['attacker.example', `attacker.example:${port}`, 'localhost', `localhost:${port + 1}`, '127.0.0.1', `127.0.0.2:${port}`, `localhost.:${port}`, `localhost:${port}@x`]) {
        expect([host, (await getWithHost(port, host)).status]).toEqual([host, 421]);
      }
      // Without a Host at all, Node's own HTTP/1.1 parser refuses the request.
      expect([400, 421]).toContain((await getWithHost(port, undefined)).status);
    } finally {
      await server.close();
    }
  });
});

/** Names and values that try to act on a terminal or a CI log instead of being shown. */
const TERMINAL_HOSTILE = '\x1b[2J\x1b]0;title\x07red\r\n::error file=x::pwned\n##vso[task.setvariable variable=x]1\u202egnp.exe\u0085next\u009b31m\x7f\u2028end';

function terminalHostileCollection(dir: string): string {
  const path = join(dir, 'collection.json');
  const item = (name: string, request: unknown) => ({ name, request });
  writeFileSync(
    path,
    JSON.stringify({
      info: { name: TERMINAL_HOSTILE, schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [
        {
          name: TERMINAL_HOSTILE,
          item: [
            item(TERMINAL_HOSTILE, { method: 'GET', url: 'https://a.example/', header: [{ key: 'X-Pad', value: ' padded ' }] }),
            item(TERMINAL_HOSTILE, { method: 'GET', url: `https://a.example/${TERMINAL_HOSTILE}`, header: [{ key: TERMINAL_HOSTILE, value: 'x' }] }),
            item(TERMINAL_HOSTILE, { method: 'GET', url: 42 }),
          ],
        },
      ],
    }),
  );
  return path;
}

/** Lines a terminal or CI log would act on: a control, bidi or line-separator character, or a line starting as a CI command. */
function unsafeLines(output: string): string[] {
  return output.split('\n').filter((line) => /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(line) || /^\s*(::|##vso\[|##\[)/.test(line));
}

describe('terminal and CI-log output', () => {
  it('generate, build (plain, --quiet, --json) and their errors show request data with its controls escaped, one line per message', async () => {
    const { run } = await import('../src/cli/main.js');
    const dir = tempDir();
    const input = terminalHostileCollection(dir);
    const runs = [
      ['generate', input, '--target', 'curl', '--target', 'python-requests'],
      ['build', input, '--out', join(dir, 'site'), '--target', 'curl'],
      ['build', input, '--out', join(dir, 'site-quiet'), '--quiet'],
      ['build', input, '--out', join(dir, 'site-json'), '--json'],
      ['generate', join(dir, `${TERMINAL_HOSTILE}.json`)],
      ['generate', input, '--target', TERMINAL_HOSTILE],
    ];
    for (const argv of runs) {
      let stdout = '';
      let stderr = '';
      await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
      if (!argv.includes('--json')) expect(stderr).not.toBe('');
      expect(unsafeLines(stderr)).toEqual([]);
      // generate's stdout is code; the lines naming each snippet, and --json's summary, are messages.
      const messages = argv.includes('--json') ? stdout : stdout.split('\n').filter((line) => line.startsWith('==>')).join('\n');
      expect(unsafeLines(messages)).toEqual([]);
      if (argv.includes('--json')) expect(JSON.parse(stdout).failures[0].name).toBe(TERMINAL_HOSTILE);
    }
    const { terminalText } = await import('../src/text.js');
    expect(terminalText('a\x1b[31m\r\n\t\u0085\u202eb\\')).toBe('a\\x1b[31m\\r\\n\\t\\x85\\u202eb\\');
  });

  it('the progress line and the preview log escape the request name', async () => {
    const { progressReporter } = await import('../src/cli/progress.js');
    let written = '';
    const progress = progressReporter({ write: (text) => (written += text), tty: true, delayMs: 0 });
    progress.update({ phase: 'render', done: 1, total: 2, request: TERMINAL_HOSTILE });
    expect(written.replace('\r', '').replace(/\x1b\[K$/, '')).not.toMatch(/[\x00-\x1f\x7f-\x9f\u202e]/);
    const dir = tempDir();
    const log: string[] = [];
    const server = await startPreviewServer({ inputs: [terminalHostileCollection(dir)], targets: ['curl'], title: 'T', port: 0, log: (line) => log.push(line) });
    try {
      await fetch(server.url);
      expect(log.join('\n')).toContain('error: ');
      expect(unsafeLines(log.join('\n'))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('symbolic links in the output folder', () => {
  function setUp() {
    const dir = tempDir();
    const input = join(dir, 'requests.json');
    writeFileSync(input, JSON.stringify([{ name: 'Users', method: 'GET', url: 'https://a.example/users' }, { name: 'Pets', method: 'GET', url: 'https://a.example/pets' }]));
    const outside = join(dir, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'curl.sh'), 'precious\n');
    return { dir, input, out: join(dir, 'out'), outside };
  }

  it('build never writes or deletes through a link planted in the output folder, nor beyond it through the manifest', async () => {
    const { build } = await import('../src/site/build/build.js');
    const { input, out, outside } = setUp();
    const first = await build({ inputs: [input], outDir: out, targets: ['curl'] });
    expect(first.failures).toEqual([]);
    // A request directory swapped for a link to a folder outside, and a snippet file swapped for a link to a file outside.
    rmSync(join(out, 'users'), { recursive: true });
    symlinkSync(outside, join(out, 'users'));
    const petsSnippet = join(out, 'pets', 'curl.sh');
    writeFileSync(join(outside, 'same-size.sh'), 'x'.repeat(statSync(petsSnippet).size));
    rmSync(petsSnippet);
    symlinkSync(join(outside, 'same-size.sh'), petsSnippet);
    const second = await build({ inputs: [input], outDir: out, targets: ['curl'] });
    expect(second.failures.map((failure) => [failure.name, failure.message.includes('symbolic link')])).toEqual([['Users', true]]);
    expect(readFileSync(join(outside, 'curl.sh'), 'utf8')).toBe('precious\n');
    expect(readdirSync(outside).sort()).toEqual(['curl.sh', 'same-size.sh']);
    expect(readFileSync(join(outside, 'same-size.sh'), 'utf8')).toMatch(/^x+$/);
    expect(lstatSync(petsSnippet).isFile()).toBe(true);
    expect(readFileSync(petsSnippet, 'utf8')).toContain('https://a.example/pets');

    // Files a manifest lists (this build's failed request's, and a crafted one) behind the link are not deleted.
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    manifest.documents.push({ format: 'md', file: 'users/curl.sh', hash: 'sha256-x' });
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(input, JSON.stringify([{ name: 'Pets', method: 'GET', url: 'https://a.example/pets' }]));
    await build({ inputs: [input], outDir: out, targets: ['curl'] });
    expect(readFileSync(join(outside, 'curl.sh'), 'utf8')).toBe('precious\n');
    expect(lstatSync(join(out, 'users')).isSymbolicLink()).toBe(true);
  });

  it('generate --out never writes through a link planted in the output folder', async () => {
    const { run } = await import('../src/cli/main.js');
    const { input, out, outside } = setUp();
    mkdirSync(out);
    symlinkSync(outside, join(out, 'users'));
    let stderr = '';
    const code = await run(['generate', input, '--target', 'curl', '--out', out], { stdout: () => {}, stderr: (text) => (stderr += text) });
    expect(code).toBe(1);
    expect(stderr).toContain('a symbolic link is in the way');
    expect(readFileSync(join(outside, 'curl.sh'), 'utf8')).toBe('precious\n');
    expect(readFileSync(join(out, 'pets', 'curl.sh'), 'utf8')).toContain('https://a.example/pets');
  });
});

describe('keys named __proto__, constructor or prototype', () => {
  const NAMES = ['__proto__', 'constructor', 'prototype'];

  it('are kept as variables from --var, an environment file and collection variables, and substituted', async () => {
    const { run } = await import('../src/cli/main.js');
    const { loadVariables } = await import('../src/importers/postman/environment.js');
    const dir = tempDir();
    const envFile = join(dir, 'env.json');
    // JSON.stringify of an object literal with __proto__ would drop it: the text names it explicitly.
    writeFileSync(envFile, '{"__proto__": "env-a", "constructor": "env-b", "prototype": "env-c"}');
    expect(Object.entries(loadVariables(JSON.parse('{"__proto__": "a", "constructor": "b"}'), 'env.json'))).toEqual([['__proto__', 'a'], ['constructor', 'b']]);
    const url = `https://a.example/${NAMES.map((name) => `{{${name}}}`).join('/')}`;
    const collection = join(dir, 'collection.json');
    writeFileSync(collection, JSON.stringify({ info: { name: 'C', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, variable: NAMES.map((key) => ({ key, value: `col-${key}` })), item: [{ name: 'R', request: { method: 'GET', url } }] }));
    const outputs: string[] = [];
    for (const argv of [
      ['generate', collection, '--target', 'curl', '--var', '__proto__=var-a', '--var', 'constructor=var-b', '--var', 'prototype=var-c'],
      ['generate', collection, '--target', 'curl', '--env', envFile],
      ['generate', collection, '--target', 'curl', '--resolve'],
    ]) {
      let stdout = '';
      await run(argv, { stdout: (text) => (stdout += text), stderr: () => {} });
      outputs.push(/https:\/\/a\.example\/[^' ]*/.exec(stdout)?.[0] ?? stdout);
    }
    expect(outputs).toEqual(['https://a.example/var-a/var-b/var-c', 'https://a.example/env-a/env-b/env-c', 'https://a.example/col-__proto__/col-constructor/col-prototype']);
  });

  it('a server variable named constructor without a value keeps its default, not Object', async () => {
    const { serverUrl } = await import('../src/importers/openapi/servers.js');
    expect(serverUrl([[{ url: 'https://{constructor}.a.example/{toString}', variables: { constructor: { default: 'eu' } } }]], {}, 'spec.json').url).toBe('https://eu.a.example/{toString}');
  });

  it('the JavaScript targets send headers named __proto__ and constructor, whose object keys would set a prototype or find one', async () => {
    const { generate } = await import('../src/index.js');
    const request = { method: 'GET', url: 'https://a.example/', headers: NAMES.map((name) => ({ name, value: `h-${name}` })) };
    const node = generate(request, 'nodejs-request');
    expect(node).not.toContain("'__proto__': ");
    expect(node).toContain("req.setHeader('__proto__', 'h-__proto__');");
    const jquery = generate(request, 'javascript-jquery');
    expect(jquery).toContain('xhr.setRequestHeader("__proto__", "h-__proto__");');
    expect(jquery).toContain('xhr.setRequestHeader("constructor", "h-constructor");');
    expect(jquery).toContain('"prototype": "h-prototype"');
  });
});

describe('raw HTTP output and HTTP-file system variables', () => {
  it('writes every {{$...}} of request data so REST Client and IntelliJ send it as text, and warns on stderr', async () => {
    const { generateSnippet } = await import('../src/index.js');
    const request = {
      method: 'POST',
      url: 'https://a.example/{{$aadToken}}/x?k={{$processEnv HOME}}',
      headers: [{ name: 'X-Env', value: '{{  $dotenv SECRET}} and {{$processEnv%AWS_SECRET}}' }],
      body: { mode: 'raw' as const, language: 'text' as const, text: 'run {{$shell cat ~/.ssh/id_rsa}}\n{{{{$guid}}}} {{plain}}' },
    };
    const { code, warnings } = generateSnippet(request, 'http');
    // REST Client reads `{{` + optional whitespace + `$name` as a system variable.
    expect(code).not.toMatch(/\{\{\s*\$/);
    expect(code).toContain('{{  \\$dotenv SECRET}}');
    expect(code).toContain('run {{\\$shell cat ~/.ssh/id_rsa}}\n');
    const body = code.slice(code.indexOf('\n\n') + 2);
    expect(code).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
    expect(warnings.find((w) => w.includes('{{$aadToken}}') && w.includes('{{$dotenv}}') && w.includes('{{$shell}}'))).toBeDefined();

    const { run } = await import('../src/cli/main.js');
    const dir = tempDir();
    writeFileSync(join(dir, 'r.json'), JSON.stringify(request));
    let stderr = '';
    await run(['generate', join(dir, 'r.json'), '--target', 'http'], { stdout: () => {}, stderr: (text) => (stderr += text) });
    expect(stderr).toMatch(/^warning: .*system variables/m);
  });
});

describe('md documents and MkDocs pymdownx.snippets', () => {
  /** pymdownx.snippets' RE_ALL_SNIPPETS (include or block marker) and RE_SNIPPET_SECTION; group 1 is its escape, which must not be empty. */
  const INCLUDE = /^[ \t]*(;*)-+8<-+(?:[ \t]+(?:"(?:\\"|[^"\n\r])+?"|'(?:\\'|[^'\n\r])+?')(?![ \t]))?\r?$/;
  const SECTION = /^.*?(;*)-+8<-+[ \t]+\[[ \t]*(?:start|end)[ \t]*:[ \t]*[a-z][-_0-9a-z]*[ \t]*\]/i;
  const acted = (line: string) => INCLUDE.exec(line)?.[1] === '' || (INCLUDE.exec(line) === null && SECTION.exec(line)?.[1] === '');
  const BODY = [
    '--8<-- "/etc/hostname"',
    "  ---8<--- '../../secrets.env'",
    '-8<-',
    '/etc/passwd',
    '-8<-\r',
    ';--8<-- "already-escaped.md"',
    '# --8<-- [start:cut]',
    'x -8<- [END: cut] y',
    '--8<-- not quoted',
    '--8<--"no space"',
    '8<-- "no dash before"',
  ].join('\n');

  it('no line of an md document is an include or section marker; the escaped lines read back (MkDocs removes one `;`)', async () => {
    const { markdownDocument, mdxDocument, withSnippetsEscaped } = await import('../src/site/build/documents.js');
    const { generateSnippet } = await import('../src/index.js');
    const request = { method: 'POST', url: 'https://a.example/', body: { mode: 'raw' as const, language: 'text' as const, text: BODY } };
    const snippets = (['http', 'python-requests'] as const).map((target) => ({ target, label: target, language: target, client: target, fence: 'text', file: `${target}.txt`, hash: '', code: generateSnippet(request, target).code, warnings: [] }));
    const md = markdownDocument({ id: 'r', name: 'R', folders: [], method: 'POST', url: 'https://a.example/', snippets });
    const mdLines = md.split('\n');
    expect(mdLines.filter(acted)).toEqual([]);
    expect(BODY.split('\n').filter(acted).length).toBe(6);
    expect(mdLines).toContain(';--8<-- "/etc/hostname"');
    expect(mdLines).toContain(';;--8<-- "already-escaped.md"');
    expect(mdLines).toContain('# ;--8<-- [start:cut]');
    expect(mdLines).toContain('--8<-- not quoted');
    // What pymdownx.snippets does to an escaped line: the first `;` before the scissors goes.
    const unescaped = withSnippetsEscaped(BODY).split('\n').map((line) => line.replace(/;(?=;*-+8<-+)/, ''));
    expect(unescaped.join('\n')).toBe(BODY);
    // The .mdx document (Docusaurus, which has no snippets) keeps the code exactly.
    expect(mdxDocument({ id: 'r', name: 'R', folders: [], method: 'POST', url: 'https://a.example/', snippets })).toContain('\n--8<-- "/etc/hostname"\n');
  });

  it('finds the markers in linear time on long lines of dashes and scissors', () => {
    const out = runBounded(`
      import { withSnippetsEscaped } from './src/site/build/documents.ts';
      const code = ['-'.repeat(200000) + '8', '8<'.repeat(100000), '-8<' + '-'.repeat(200000) + ' x', ';'.repeat(100000) + '-8<-'].join('\\n');
      console.log(withSnippetsEscaped(code).split('\\n').map((line) => line.length).join(','));`);
    expect(out).toBe('200001,200000,200005,100005');
  }, 20_000);
});
