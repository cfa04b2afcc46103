import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPostmanCollection, type ImportedRequest } from '../../src/importers/postman/index.js';
import { generate, InputError, parseRequest, prepareRequest, RequestSchema } from '../../src/index.js';
import { FIXTURES_DIR } from '../fixtures.js';

const readCollection = (file: string): unknown => JSON.parse(readFileSync(join(FIXTURES_DIR, 'postman', file), 'utf8'));

describe('api-collection.json (every shape of a v2.1 export)', () => {
  const { requests, variables, warnings } = importPostmanCollection(readCollection('api-collection.json'));
  const byName = (name: string): ImportedRequest => {
    const found = requests.find((r) => r.name === name);
    if (found === undefined) throw new Error(`no request "${name}"`);
    return found;
  };
  const bearer = { type: 'bearer', token: '{{accessToken}}' };
  const adminBasic = { type: 'basic', username: 'admin', password: 's3cret:pw' };

  it('walks nested folders in collection order', () => {
    expect(requests.map((r) => [...r.folders, r.name].join(' / '))).toEqual([
      'Users / List users',
      "Users / Get a user's post",
      'Users / Admin / Delete a user',
      'Users / Admin / Health check',
      'Users / Admin / Audit / Audit log',
      'Bodies / Create a user (JSON)',
      'Bodies / Import XML',
      'Bodies / Plain text note',
      'Bodies / Form login',
      'Bodies / Upload files',
      'Bodies / GraphQL query',
      'Bodies / Upload a binary file',
      'Bodies / Disabled body',
      'Keys / Search with an API key',
      'Keys / API key in a header',
      'Keys / OAuth 2 profile',
      'Items on another host',
    ]);
  });

  it('returns the enabled, non-empty collection variables as text', () => {
    expect(variables).toEqual({ baseUrl: 'https://api.example.com', accessToken: 'secret-token', userId: '42' });
  });

  it('decodes Postman query text into literal pairs, skips disabled ones and keeps the URL without its query', () => {
    expect(byName('List users').request).toEqual({
      name: 'List users',
      description: 'Lists users, 20 per page.',
      method: 'GET',
      url: '{{baseUrl}}/users',
      query: [
        { key: 'page', value: '2' },
        { key: 'q', value: 'café au lait' },
        { key: 'discount', value: '100%' },
        { key: 'tag', value: 'a+b' },
      ],
      headers: [{ name: 'Accept', value: 'application/json' }],
      auth: bearer,
      body: undefined,
    });
  });

  it('replaces :path variables by their value, or by {{name}} when empty, keeping a .suffix and dropping the fragment', () => {
    expect(byName("Get a user's post").request.url).toBe('{{baseUrl}}/users/{{userId}}/posts/{{postId}}.json');
  });

  it('encodes ? and # in a path variable value so they stay in the path', () => {
    const { request } = byName('Delete a user');
    expect(request.url).toBe('{{baseUrl}}/users/7%3Fx%23y');
    expect(request.method).toBe('DELETE');
    expect(generate(request, 'curl')).toContain("'{{baseUrl}}/users/7%3Fx%23y'");
  });

  it('inherits auth from the nearest folder, then the collection; noauth stops inheritance', () => {
    expect(byName('List users').request.auth).toEqual(bearer);
    expect(byName('Delete a user').request.auth).toEqual(adminBasic);
    expect(byName('Audit log').request.auth).toEqual(adminBasic);
    expect(byName('Health check').request.auth).toBeUndefined();
    expect(byName('Items on another host').request.auth).toEqual(bearer);
  });

  it('reads apikey auth with its "in", defaulting to a header', () => {
    expect(byName('Search with an API key').request.auth).toEqual({ type: 'apikey', key: 'api_key', value: '{{apiKey}}', in: 'query' });
    expect(byName('API key in a header').request.auth).toEqual({ type: 'apikey', key: 'X-API-Key', value: '{{apiKey}}', in: 'header' });
    expect(generate(byName('Search with an API key').request, 'curl')).toContain("'{{baseUrl}}/search?q=shoes&api_key={{apiKey}}'");
  });

  it('leaves out an unsupported auth type, with a warning naming the request', () => {
    expect(byName('OAuth 2 profile').request.auth).toBeUndefined();
    expect(warnings).toContain('Keys / OAuth 2 profile: auth type "oauth2" is not supported; the snippet sends no authentication.');
  });

  it('reads raw bodies with their language (text when none is given)', () => {
    expect(byName('Create a user (JSON)').request.body).toEqual({
      mode: 'raw',
      text: '{\n  "name": "{{name}}",\n  "note": "it\'s \\"quoted\\""\n}',
      language: 'json',
    });
    expect(byName('Import XML').request.body).toEqual({ mode: 'raw', text: '<user id="1">Zoë</user>', language: 'xml' });
    expect(byName('Plain text note').request.body).toEqual({ mode: 'raw', text: 'line 1\r\nline 2\n', language: 'text' });
  });

  it('keeps urlencoded values literal and skips disabled fields', () => {
    expect(byName('Form login').request.body).toEqual({
      mode: 'urlencoded',
      params: [
        { key: 'user', value: 'a&b=c' },
        { key: 'pass', value: '100% {{password}}' },
      ],
    });
  });

  it('reads form-data text and file fields with their content types, skipping disabled and file-less ones', () => {
    expect(byName('Upload files').request.body).toEqual({
      mode: 'formdata',
      params: [
        { type: 'text', key: 'title', value: 'Quarterly report' },
        { type: 'text', key: 'meta', value: '{"a":1}', contentType: 'application/json' },
        { type: 'file', key: 'attachment', src: 'upload.txt' },
        { type: 'file', key: 'extra', src: 'upload.txt', contentType: 'text/plain' },
        { type: 'text', key: 'untyped', value: 'plain' },
      ],
    });
    expect(warnings).toContain('Bodies / Upload files: form field "extra" selects 2 files; only the first, "upload.txt", is sent.');
    expect(warnings).toContain('Bodies / Upload files: form field "missing" has no file selected; it is left out.');
  });

  it('keeps GraphQL variables as the JSON text Postman stores', () => {
    const { request } = byName('GraphQL query');
    expect(request.body).toEqual({ mode: 'graphql', query: 'query User($id: ID!) { user(id: $id) { name } }', variables: '{\n  "id": "{{userId}}"\n}' });
    expect(generate(request, 'curl')).toContain(`'{"query":"query User($id: ID!) { user(id: $id) { name } }","variables":{"id":"{{userId}}"}}'`);
  });

  it('reads a file body and drops a disabled one', () => {
    expect(byName('Upload a binary file').request.body).toEqual({ mode: 'file', src: 'upload.txt' });
    expect(byName('Disabled body').request.body).toBeUndefined();
  });

  it('builds the URL from its parts when raw is missing', () => {
    const { request } = byName('Items on another host');
    expect(request.url).toBe('https://api.example.com:8443/v1/items');
    expect(request.query).toEqual([{ key: 'limit', value: '10' }]);
  });

  it('warns when a query key has no "=" (our model always sends key=)', () => {
    expect(byName('Health check').request.query).toEqual([{ key: 'flag', value: '' }]);
    expect(warnings).toContain('Users / Admin / Health check: query parameter "flag" has no value; it is sent as "flag=".');
  });

  it('warns about nothing else', () => {
    expect(warnings).toHaveLength(4);
  });

  it.each(requests.map((r) => [r.name, r] as const))('%s passes RequestSchema and generates curl', (_name, { request }) => {
    expect(RequestSchema.safeParse(request).success).toBe(true);
    expect(generate(request, 'curl')).toMatch(new RegExp(`^curl --location --globoff (--request ${request.method} )?'${escapeRegExp(request.url)}[?']`));
  });

  it('substitutes the collection variables when the caller asks', () => {
    const code = generate(byName('List users').request, 'curl', { vars: variables });
    expect(code).toContain("'https://api.example.com/users?page=2&");
    expect(code).toContain("'Authorization: Bearer secret-token'");
  });
});

describe('seed docs collection', () => {
  it('imports the token POST to the same model as examples/token-request.json', () => {
    const { requests, variables, warnings } = importPostmanCollection(readCollection('seed-docs.json'));
    const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, '..', '..', 'examples', 'token-request.json'), 'utf8')) as Record<string, unknown>;
    expect(requests).toHaveLength(1);
    const [imported] = requests;
    expect(imported!.name).toBe(expected['name']);
    expect(imported!.folders).toEqual(['Authorization code flow']);
    const { request } = imported!;
    for (const field of ['name', 'description', 'method', 'url', 'headers', 'body'] as const) expect(request[field], field).toEqual(expected[field]);
    expect(request.query).toEqual([]);
    expect(request.auth).toBeUndefined();
    expect(parseRequest(request)).toEqual(parseRequest(expected));
    expect(generate(request, 'curl')).toBe(generate(expected as never, 'curl'));
    // Blank variables stay placeholders for the reader to fill in.
    expect(variables).toEqual({ authPath: 'https://auth.pingone.com', envID: 'abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6' });
    expect(warnings).toEqual([]);
  });
});

describe('v2.0 export', () => {
  const { requests, warnings } = importPostmanCollection(readCollection('legacy-v2.0.json'));

  it('reads a request given as a URL string', () => {
    expect(requests[0]!.request).toEqual({
      name: 'Ping',
      description: undefined,
      method: 'GET',
      url: '{{baseUrl}}/ping',
      query: [{ key: 'verbose', value: '1' }],
      headers: [],
      auth: undefined,
      body: undefined,
    });
  });

  it('reads headers as text, auth attributes as an object, a string path and path variables with "id"', () => {
    const { request } = requests[1]!;
    expect(request.url).toBe('http://reports.local/v2/reports/monthly');
    expect(request.headers).toEqual([
      { name: 'Accept', value: 'text/csv' },
      { name: 'X-Trace-Id', value: '{{traceId}}' },
    ]);
    expect(request.auth).toEqual({ type: 'basic', username: 'reporter', password: 'p@ss' });
    expect(request.body).toEqual({ mode: 'raw', text: '{}', language: 'text' });
    expect(generate(request, 'curl')).toContain(`--header 'Authorization: Basic ${Buffer.from('reporter:p@ss').toString('base64')}'`);
    expect(warnings).toEqual([]);
  });
});

describe('requests our model rejects', () => {
  const { requests } = importPostmanCollection(readCollection('invalid-headers.json'));

  it('passes bad header names and values through so validation names them', () => {
    expect(requests.map((r) => r.request.headers)).toEqual([[{ name: 'X Bad Name', value: '1' }], [{ name: 'X-Injected', value: 'a\r\nSet-Cookie: evil=1' }]]);
    expect(() => parseRequest(requests[0]!.request)).toThrow(/^headers\[0\]\.name: must be an HTTP token/);
    expect(() => parseRequest(requests[1]!.request)).toThrow(/^headers\[0\]\.value: must not contain a line break/);
  });
});

describe('errors name the field as the collection has it', () => {
  const item = (request: Record<string, unknown>) => ({
    info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [{ name: 'Folder', auth: { type: 'bearer', bearer: [{ key: 'token', value: 'a\nb' }] }, item: [{ name: 'Get', request: { method: 'GET', url: 'https://x.test/', ...request } }] }],
  });
  const errorOf = (request: Record<string, unknown>) => {
    const [imported] = importPostmanCollection(item(request)).requests;
    try {
      prepareRequest(imported!.request, {}, imported!.sources);
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  it('counts disabled entries and uses Postman field names', () => {
    const header = [{ key: 'Off', value: '1', disabled: true }, { key: 'Ok', value: '2' }, { key: 'Bad Name', value: '3' }];
    expect(errorOf({ header, auth: { type: 'noauth' } })).toMatch(/^header\[2\]\.key: must be an HTTP token/);
    const urlencoded = [{ key: 'off', value: '', disabled: true }, { key: 'k', value: 'ok' }];
    expect(errorOf({ method: 'GET POST', auth: { type: 'noauth' }, body: { mode: 'urlencoded', urlencoded } })).toMatch(/^method: /);
    const formdata = [{ key: 'off', type: 'file', src: [] }, { key: 'off2', value: '', disabled: true }, { key: 'f', type: 'file', src: 'a\nb' }];
    expect(errorOf({ auth: { type: 'noauth' }, method: 'POST', body: { mode: 'formdata', formdata } })).toMatch(/^body\.formdata\[2\]\.src: /);
    const query = [{ key: 'off', value: '1', disabled: true }, { key: 'q', value: 'x' }];
    expect(errorOf({ auth: { type: 'noauth' }, url: { raw: 'https://x.test/?q=x', protocol: 'https', host: ['x', 'test'], path: [''], query }, header: [{ key: 'A', value: 'x\ny' }] })).toMatch(/^header\[0\]\.value: /);
  });

  it('names the folder an inherited auth comes from', () => {
    expect(errorOf({})).toMatch(/^auth of folder "Folder"\.token: /);
  });
});

describe('collection shape errors', () => {
  const collection = (item: unknown[], extra: Record<string, unknown> = {}) => ({
    info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item,
    ...extra,
  });

  it('rejects a v1 collection by name, with how to export v2.1', () => {
    expect(() => importPostmanCollection(readCollection('v1-collection.json'))).toThrow(
      new InputError('this file is a Postman Collection v1; export it as v2.1 from Postman (Export → Collection v2.1)'),
    );
    expect(() => importPostmanCollection({ info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v1.0.0/collection.json' }, item: [] })).toThrow(/Collection v1/);
  });

  it('rejects what is not a collection', () => {
    expect(() => importPostmanCollection([])).toThrow(InputError);
    expect(() => importPostmanCollection({ info: {}, item: {} })).toThrow(/"item" \(an array\)/);
  });

  it('reports each request whose fields have the wrong shape, and imports the others', () => {
    const { requests, failures } = importPostmanCollection(
      collection([
        'oops',
        { name: 'F', item: [{ name: 'R', request: { url: 'http://x', header: {} } }, { name: 'Fine', request: 'http://x/fine' }] },
        { name: 'R', request: { method: 'GET' } },
        { name: 'N', request: { url: 42 } },
      ]),
    );
    expect(requests.map((r) => r.name)).toEqual(['Fine']);
    expect(failures).toEqual([
      { name: 'item[0]', folders: [], message: 'expected an object (a folder or a request)' },
      { name: 'R', folders: ['F'], message: 'header: expected an array, got an object' },
      { name: 'R', folders: [], message: 'the request has no URL' },
      { name: 'N', folders: [], message: 'url: expected a string or an object, got a number' },
    ]);
  });

  it('warns on an unknown schema and an item that is neither folder nor request', () => {
    const { requests, warnings } = importPostmanCollection({
      info: { name: 'x', schema: 'https://example.com/my-schema.json' },
      item: [{ name: 'Empty' }, { name: 'R', request: { url: 'http://x' } }],
    });
    expect(requests.map((r) => r.name)).toEqual(['R']);
    expect(warnings).toEqual(['Unrecognised collection schema "https://example.com/my-schema.json"; read as Postman Collection v2.1.', 'Empty: neither a folder nor a request; skipped.']);
  });

  it('refuses an unknown body mode and a method that is not a string, naming the item and the field', () => {
    const { requests, failures } = importPostmanCollection(
      collection([
        { name: 'Binary', request: { method: 'POST', url: 'http://x', body: { mode: 'binary' } } },
        { name: 'Numbered', request: { method: 42, url: 'http://x' } },
        { name: 'F', item: [{ name: 'Typed', request: { url: 'http://x', body: { mode: 7 } } }, { name: 'Listed', request: { method: ['GET'], url: 'http://x' } }] },
        { name: 'Fine', request: { url: 'http://x', body: { mode: null } } },
        { name: 'Exported without a body', request: { url: 'http://x', body: { mode: '', raw: '' } } },
      ]),
    );
    expect(requests.map((r) => [r.name, r.request.method, r.request.body])).toEqual([
      ['Fine', 'GET', undefined],
      ['Exported without a body', 'GET', undefined],
    ]);
    expect(failures).toEqual([
      { name: 'Binary', folders: [], message: 'body.mode: expected raw, urlencoded, formdata, file or graphql, got "binary"' },
      { name: 'Numbered', folders: [], message: 'method: expected a string (GET, POST, ...), got a number' },
      { name: 'Typed', folders: ['F'], message: 'body.mode: expected raw, urlencoded, formdata, file or graphql, got 7' },
      { name: 'Listed', folders: ['F'], message: 'method: expected a string (GET, POST, ...), got an array' },
    ]);
  });

  it('reads the SDK\'s "" form bodies as empty bodies of their mode', () => {
    const { requests, failures } = importPostmanCollection(
      collection([
        { name: 'U', request: { method: 'POST', url: 'http://x', body: { mode: 'urlencoded', urlencoded: '' } } },
        { name: 'F', request: { method: 'PUT', url: 'http://x', body: { mode: 'formdata', formdata: '' } } },
      ]),
    );
    expect(failures).toEqual([]);
    expect(requests.map((r) => [r.request.method, r.request.body])).toEqual([
      ['POST', { mode: 'urlencoded', params: [] }],
      ['PUT', { mode: 'formdata', params: [] }],
    ]);
  });

  it('follows the URL parts when url.raw disagrees with them, as Postman does, and warns', () => {
    const { requests, warnings } = importPostmanCollection(
      collection([
        {
          name: 'Edited',
          request: { url: { raw: 'https://old.example.com/v1/users?page=1', protocol: 'https', host: ['api', 'example', 'com'], path: ['v2', 'users'], query: [{ key: 'page', value: '2' }] } },
        },
        { name: 'Query edited', request: { url: { raw: 'http://x/a?q=1', protocol: 'http', host: ['x'], path: ['a'] } } },
        { name: 'Agreeing', request: { url: { raw: 'http://u:p@x:8080/a/b?q=%20&flag', protocol: 'http', auth: { user: 'u', password: 'p' }, host: ['x'], port: '8080', path: ['a', 'b'], query: [{ key: 'q', value: ' ' }, { key: 'flag', value: null }] } } },
      ]),
    );
    expect(requests.map((r) => [r.request.url, r.request.query])).toEqual([
      ['https://api.example.com/v2/users', [{ key: 'page', value: '2' }]],
      ['http://x/a', []],
      ['http://u:p@x:8080/a/b', [{ key: 'q', value: ' ' }, { key: 'flag', value: '' }]],
    ]);
    expect(warnings).toEqual([
      'Edited: url.raw "https://old.example.com/v1/users?page=1" disagrees with the URL\'s parts (host, path, query); the parts are followed, as Postman does: "https://api.example.com/v2/users?page=2".',
      'Query edited: url.raw "http://x/a?q=1" disagrees with the URL\'s parts (host, path, query); the parts are followed, as Postman does: "http://x/a".',
      'Agreeing: query parameter "flag" has no value; it is sent as "flag=".',
    ]);
  });

  it('treats an empty raw body as no body, as Postman does', () => {
    const { requests } = importPostmanCollection(collection([{ name: 'R', request: { method: 'POST', url: 'http://x', body: { mode: 'raw', raw: '' } } }]));
    expect(requests[0]!.request.body).toBeUndefined();
  });

  it('keeps a :segment literal when no path variable declares it', () => {
    const { requests } = importPostmanCollection(
      collection([{ name: 'R', request: { url: { raw: 'http://x/a/:b/:c', variable: [{ key: 'c', value: 'C' }] } } }]),
    );
    expect(requests[0]!.request.url).toBe('http://x/a/:b/C');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
