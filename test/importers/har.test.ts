import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importHar, isHar } from '../../src/importers/har/index.js';
import { loadInput } from '../../src/importers/load.js';
import { build, generate, InputError, prepareRequest, type ImportedRequest } from '../../src/index.js';
import { FIXTURES_DIR } from '../fixtures.js';

const harFile = (file: string) => join(FIXTURES_DIR, 'har', file);
const readHar = (file: string): unknown => JSON.parse(readFileSync(harFile(file), 'utf8'));
const workDir = mkdtempSync(join(tmpdir(), 'snipforge-har-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A HAR export holding the given request objects, one entry each. */
const exportOf = (...requests: unknown[]) => ({ log: { version: '1.2', entries: requests.map((request) => ({ request, response: {} })) } });
const request = (fields: Record<string, unknown>) => ({ method: 'GET', url: 'https://api.example.com/', httpVersion: 'HTTP/1.1', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: 0, ...fields });
const onlyRequest = (json: unknown): ImportedRequest => {
  const { requests, failures } = importHar(json);
  expect(failures).toEqual([]);
  expect(requests).toHaveLength(1);
  return requests[0]!;
};

describe('browser-export.har (a browser export with pages, HTTP/2 and broken entries)', () => {
  const { requests, failures, warnings } = importHar(readHar('browser-export.har'));
  const byName = (name: string): ImportedRequest => {
    const found = requests.find((r) => r.name === name);
    if (found === undefined) throw new Error(`no request "${name}"`);
    return found;
  };

  it('imports the HTTP entries in log order, named by comment or METHOD host/path, in the folder of their titled page', () => {
    expect(requests.map((r) => [...r.folders, r.name].join(' / '))).toEqual([
      'Shop – checkout / GET api.example.com/v1/items',
      'Shop – checkout / Create an order',
      'POST login.example.com/session',
      'PUT api.example.com/v1/avatar',
      'PATCH api.example.com/v1/items/7',
    ]);
  });

  it('takes the query from the URL (decoded, fragment dropped), keeps header order and repeats, joins HTTP/2 cookie headers into one', () => {
    expect(byName('GET api.example.com/v1/items').request).toEqual({
      name: 'GET api.example.com/v1/items',
      method: 'GET',
      url: 'https://api.example.com/v1/items',
      query: [
        { key: 'q', value: 'café au lait' },
        { key: 'tag', value: 'a' },
        { key: 'tag', value: 'b' },
        { key: 'discount', value: '100%' },
      ],
      headers: [
        { name: 'accept', value: 'application/json' },
        { name: 'cookie', value: 'session=abc123; theme=dark' },
        { name: 'x-trace', value: '1' },
        { name: 'x-trace', value: '2' },
      ],
    });
  });

  it('sends a raw body as recorded with its media type, and makes the Cookie header from `cookies` when none was recorded', () => {
    expect(byName('Create an order').request).toMatchObject({
      method: 'post',
      headers: [
        { name: 'Content-Type', value: 'application/json; charset=utf-8' },
        { name: 'Authorization', value: 'Bearer tok' },
        { name: 'Cookie', value: 'session=abc123' },
      ],
      body: { mode: 'raw', text: '{"sku":"A-1","quantity":2}', language: 'json' },
    });
    // A +json media type is JSON too, and the recorded type is sent rather than the model's default.
    expect(byName('PATCH api.example.com/v1/items/7').request).toMatchObject({
      headers: [{ name: 'Content-Type', value: 'application/merge-patch+json' }],
      body: { mode: 'raw', language: 'json' },
    });
  });

  it('reads a form body from its text as a form decoder would (+ is a space), whatever `params` say', () => {
    expect(byName('POST login.example.com/session').request.body).toEqual({
      mode: 'urlencoded',
      params: [
        { key: 'user', value: 'ada lovelace' },
        { key: 'password', value: 'p&ss=word' },
        { key: 'remember', value: '' },
      ],
    });
  });

  it('makes multipart file parts read ./fileName (the recorded path dropped) and drops the recorded boundary', () => {
    expect(byName('PUT api.example.com/v1/avatar').request).toMatchObject({
      headers: [],
      body: {
        mode: 'formdata',
        params: [
          { type: 'text', key: 'caption', value: 'Me, at the beach' },
          { type: 'file', key: 'avatar', src: './me.png', contentType: 'image/png' },
        ],
      },
    });
  });

  it('reports each bad entry by index and field, and still imports the others', () => {
    expect(failures).toEqual([
      { name: 'entries[5]', folders: [], message: 'request: expected an object, got nothing (the field is missing)' },
      { name: 'entries[6]', folders: [], message: 'request.method: expected a method such as "GET", got nothing (the field is missing)' },
      { name: 'entries[7]', folders: [], message: 'request.url: expected an absolute URL (scheme://host/path), got "/v1/items/7"' },
    ]);
  });

  it('warns about a queryString that disagrees with the URL, skipped non-HTTP entries and the headers left out', () => {
    expect(warnings).toEqual([
      'POST login.example.com/session: queryString[0] is "next=/account" where the URL\'s query has "next=/home"; the URL\'s query is used.',
      'wss://api.example.com/live: not an HTTP request (wss:); skipped.',
      'headers a client computes itself are left out (:authority, :method, :path, :scheme, accept-encoding, Host, Connection, Content-Length, Content-Type) in 3 requests.',
    ]);
  });

  it('gives requests every target can render', () => {
    for (const { request: model } of requests) expect(() => prepareRequest(model)).not.toThrow();
    const curl = generate(byName('GET api.example.com/v1/items').request, 'curl');
    expect(curl).toContain("'https://api.example.com/v1/items?q=caf%C3%A9%20au%20lait&tag=a&tag=b&discount=100%25'");
    expect(curl).toContain("'cookie: session=abc123; theme=dark'");
    expect(curl).not.toMatch(/authority|accept-encoding/i);
  });
});

describe('one HAR request object', () => {
  it('is recognised by its HAR-only fields, and a request model is not', () => {
    expect(isHar(readHar('request.json'))).toBe(true);
    expect(isHar({ url: 'https://api.example.com', method: 'GET', headers: [] })).toBe(false);
  });

  it('parses a multipart body recorded only as text, at the boundary of its media type', () => {
    expect(onlyRequest(readHar('request.json')).request).toEqual({
      name: 'POST 127.0.0.1:8080/upload',
      method: 'POST',
      url: 'http://127.0.0.1:8080/upload',
      query: [{ key: 'dry_run', value: 'true' }],
      headers: [{ name: 'X-Request-Id', value: 'r-1' }],
      body: {
        mode: 'formdata',
        params: [
          { type: 'text', key: 'title', value: 'Holiday\r\nline two' },
          { type: 'file', key: 'photo', src: './beach.jpg', contentType: 'image/jpeg' },
        ],
      },
    });
  });

  it('treats + and %20 alike when comparing queryString with the URL (exporters differ), so no warning', () => {
    const { warnings } = importHar(request({ url: 'https://api.example.com/?q=a+b', queryString: [{ name: 'q', value: 'a b' }] }));
    expect(warnings).toEqual([]);
  });

  it('reads a form body from params when no text was recorded', () => {
    const { request: model } = onlyRequest(exportOf(request({ method: 'POST', postData: { mimeType: 'application/x-www-form-urlencoded', params: [{ name: 'a', value: '1 2' }] } })));
    expect(model.body).toEqual({ mode: 'urlencoded', params: [{ key: 'a', value: '1 2' }] });
  });

  it('sends a base64 (binary) body as a file, with a warning', () => {
    const { requests, warnings } = importHar(request({ method: 'POST', postData: { mimeType: 'application/octet-stream', text: 'AAEC', encoding: 'base64' } }));
    expect(requests[0]!.request.body).toEqual({ mode: 'file', src: './body.bin' });
    expect(requests[0]!.request.headers).toEqual([{ name: 'Content-Type', value: 'application/octet-stream' }]);
    expect(warnings).toEqual(['POST api.example.com/: the body is recorded as base64 (binary); the snippet sends the file ./body.bin instead.']);
  });

  it('reads the language from the media type: json, text/json, x-json and +json are JSON; xml and +xml XML', () => {
    const language = (mimeType: string) => onlyRequest(request({ method: 'POST', postData: { mimeType, text: '1' } })).request.body;
    expect(['application/json', 'text/json', 'application/x-json', 'application/problem+json; charset=utf-8', 'text/xml', 'application/atom+xml', 'text/csv'].map((type) => (language(type) as { language: string }).language)).toEqual(['json', 'json', 'json', 'json', 'xml', 'xml', 'text']);
  });

  it('says so when a multipart body was not recorded', () => {
    const { requests, warnings } = importHar(request({ method: 'POST', headers: [{ name: 'Content-Type', value: 'multipart/form-data; boundary=x' }], postData: { mimeType: 'multipart/form-data; boundary=x' } }));
    expect(requests[0]!.request.body).toBeUndefined();
    expect(requests[0]!.request.headers).toEqual([]);
    expect(warnings).toEqual(['POST api.example.com/: the multipart body was not recorded (no params, no text); the snippet sends no body.', 'headers a client computes itself are left out (Content-Type) in one request.']);
  });

  it('sends no body for empty postData text', () => {
    expect(onlyRequest(request({ method: 'POST', postData: { mimeType: 'text/plain', text: '' } })).request.body).toBeUndefined();
  });
});

describe('bad HAR input', () => {
  it('refuses a log without entries with the field', () => {
    expect(() => importHar({ log: { version: '1.2' } })).toThrow(new InputError('log.entries: expected an array, got nothing (the field is missing)'));
  });

  it('refuses a multipart text body whose boundary is unknown', () => {
    const { failures } = importHar(exportOf(request({ method: 'POST', postData: { mimeType: 'multipart/form-data', text: '--x\r\n\r\n--x--' } })));
    expect(failures).toEqual([{ name: 'entries[0]', folders: [], message: 'request.postData.mimeType: a multipart body without "params" needs its boundary, got "multipart/form-data"' }]);
  });

  it('reports an entry that is not an object and a header that is not one', () => {
    const { failures } = importHar({ log: { entries: ['GET /', { request: request({ headers: ['Accept: */*'] }) }] } });
    expect(failures).toEqual([
      { name: 'entries[0]', folders: [], message: 'expected an object (an entry with "request"), got a string' },
      { name: 'entries[1]', folders: [], message: 'request.headers[0]: expected an object with "name" and "value", got a string' },
    ]);
  });
});

describe('model errors name the field as the HAR file has it', () => {
  it('counts the headers left out', () => {
    const headers = [{ name: ':authority', value: 'x' }, { name: 'Host', value: 'x' }, { name: 'X Bad', value: '1' }];
    const [imported] = importHar({ log: { entries: [{ request: request({ headers }) }, { request: request({ headers }) }] } }).requests.slice(1);
    expect(() => prepareRequest(imported!.request, {}, imported!.sources)).toThrow(/^log\.entries\[1\]\.request\.headers\[2\]\.name: must be an HTTP token/);
  });
});

describe('loadInput with HAR files', () => {
  it('detects an export whatever the file is called', async () => {
    const input = await loadInput(harFile('browser-export.har'));
    expect(input.kind).toBe('har');
    expect(input.requests).toHaveLength(5);
    expect(input.failures).toHaveLength(3);
  });

  it('names the file in a whole-file error, and refuses an export with no HTTP request', async () => {
    const notHar = join(workDir, 'not-har.json');
    writeFileSync(notHar, JSON.stringify({ log: { entries: {} } }));
    await expect(loadInput(notHar)).rejects.toThrow(new InputError(`${notHar}: log.entries: expected an array, got an object`));
    const empty = join(workDir, 'empty.har');
    writeFileSync(empty, JSON.stringify(exportOf(request({ url: 'data:text/plain,hi' }))));
    await expect(loadInput(empty)).rejects.toThrow(new InputError(`${empty}: the HAR file holds no HTTP requests`));
  });

  it('reports a single request object without a URL as a whole-file error', async () => {
    const path = join(workDir, 'request.har');
    writeFileSync(path, JSON.stringify({ method: 'GET', httpVersion: 'HTTP/1.1', headers: [] }));
    await expect(loadInput(path)).rejects.toThrow(new InputError(`${path}: request.url: expected the absolute URL as a string, got nothing (the field is missing)`));
  });
});

describe('build from a HAR export', () => {
  it('writes each entry under its page folder, lists the files a multipart upload reads, and reports bad entries by index', async () => {
    const outDir = join(workDir, 'built');
    const result = await build({ inputs: [harFile('browser-export.har')], outDir, targets: ['curl'] });
    expect(result.manifest.requests.map((r) => r.id)).toEqual(['shop-checkout/get-api-example-com-v1-items', 'shop-checkout/create-an-order', 'post-login-example-com-session', 'put-api-example-com-v1-avatar', 'patch-api-example-com-v1-items-7']);
    expect(result.manifest.requests.find((r) => r.name === 'PUT api.example.com/v1/avatar')?.files).toEqual(['./me.png']);
    expect(result.failures.map((f) => `${f.name}: ${f.message}`)).toEqual([
      'entries[5]: request: expected an object, got nothing (the field is missing)',
      'entries[6]: request.method: expected a method such as "GET", got nothing (the field is missing)',
      'entries[7]: request.url: expected an absolute URL (scheme://host/path), got "/v1/items/7"',
    ]);
    // A browser export holds the user's password: masked by default (see Secrets), kept when asked.
    expect(readFileSync(join(outDir, 'post-login-example-com-session', 'curl.sh'), 'utf8')).toContain("--data-urlencode 'password={{password}}'");
    await build({ inputs: [harFile('browser-export.har')], outDir, targets: ['curl'], keepSecrets: true });
    expect(readFileSync(join(outDir, 'post-login-example-com-session', 'curl.sh'), 'utf8')).toContain("--data-urlencode 'password=p&ss=word'");
  });
});
