import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareRequest, type RequestInput } from '../../src/index.js';
import { FIXTURES_DIR } from '../fixtures.js';
import { compareRequest, describeByteDifference } from './compare.js';
import { parseHttpRequest } from './recorder.js';

const FILES_DIR = join(FIXTURES_DIR, 'files');
const ORIGIN = 'http://127.0.0.1:9';

/** Compares a raw HTTP request (head lines joined with CRLF, then the body) with a model. */
function compare(model: RequestInput, head: string[], body: Buffer | string = '') {
  const bodyBytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const lines = bodyBytes.length > 0 ? [...head, `Content-Length: ${bodyBytes.length}`] : head;
  const data = Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'utf8'), bodyBytes]);
  const parsed = parseHttpRequest(data);
  if (!parsed.complete) throw new Error('incomplete test request');
  const prepared = prepareRequest(model, { vars: { baseUrl: ORIGIN } });
  return compareRequest(parsed.request, { prepared, graphql: model.body?.mode === 'graphql', filesDir: FILES_DIR });
}

describe('compareRequest: method and URL', () => {
  const model: RequestInput = { method: 'GET', url: '{{baseUrl}}/files/a%2Fb/caf%C3%A9/{{id}}?q=a%20b&plus=%2B&r=1&r=2' };

  it('accepts the same path and query whatever characters the client escapes', () => {
    expect(compare(model, ['GET /files/a%2Fb/caf%c3%a9/%7B%7Bid%7D%7D?q=a%20b&plus=%2B&r=1&r=2 HTTP/1.1']).problems).toEqual([]);
    expect(compare(model, ['GET /files/a%2Fb/café/{{id}}?q=a%20b&plus=%2b&r=1&r=2 HTTP/1.1'])).toEqual({
      problems: [],
      notes: [expect.stringMatching(/^the request target holds raw non-ASCII bytes/)],
    });
  });

  it('reports a different method, a split segment, reordered pairs and a plus sent for a space', () => {
    expect(compare(model, ['POST /files/a%2Fb/caf%C3%A9/{{id}}?q=a%20b&plus=%2B&r=1&r=2 HTTP/1.1']).problems).toEqual(['method: sent "POST", expected "GET"']);
    expect(compare(model, ['GET /files/a/b/caf%C3%A9/{{id}}?q=a%20b&plus=%2B&r=1&r=2 HTTP/1.1']).problems).toEqual([
      expect.stringMatching(/^path: sent "\/files\/a\/b\/caf%C3%A9\/\{\{id\}\}" = segments \["files","a","b",/),
    ]);
    expect(compare(model, ['GET /files/a%2Fb/caf%C3%A9/{{id}}?q=a%20b&plus=%2B&r=2&r=1 HTTP/1.1']).problems).toEqual([expect.stringMatching(/^query: pair #2 differs: sent "r"="2", expected "r"="1"/)]);
    expect(compare(model, ['GET /files/a%2Fb/caf%C3%A9/{{id}}?q=a+b&plus=%2B&r=1&r=2 HTTP/1.1']).problems).toEqual([expect.stringMatching(/^query: pair #0 differs: sent "q"="a\+b", expected "q"="a b"/)]);
  });

  it('reads "/" as the empty path and a trailing slash as an empty last segment', () => {
    expect(compare({ url: 'http://127.0.0.1:9' }, ['GET / HTTP/1.1']).problems).toEqual([]);
    expect(compare({ url: '{{baseUrl}}/dav/' }, ['GET /dav/ HTTP/1.1']).problems).toEqual([]);
    expect(compare({ url: '{{baseUrl}}/dav/' }, ['GET /dav HTTP/1.1']).problems).toHaveLength(1);
  });
});

describe('compareRequest: headers', () => {
  const model: RequestInput = {
    url: '{{baseUrl}}/h',
    headers: [
      { name: 'X-Tag', value: 'a' },
      { name: 'X-Name', value: 'Zoë' },
      { name: 'x-tag', value: 'b' },
    ],
  };

  it('accepts names in any case, extra client headers, and repeats as lines or joined with ", "', () => {
    const lines = compare(model, ['GET /h HTTP/1.1', 'User-Agent: c', 'x-TAG: a', 'X-NAME: Zoë', 'X-Tag: b']);
    expect(lines).toEqual({ problems: [], notes: ['X-Tag: 2 values sent as 2 header lines'] });
    const joined = compare(model, ['GET /h HTTP/1.1', 'X-Tag: a, b', 'X-Name: Zoë']);
    expect(joined).toEqual({ problems: [], notes: ['X-Tag: 2 values sent joined with ", " in one header line'] });
  });

  it('reports a missing header, repeats out of order and a value in the wrong encoding, with the byte offset', () => {
    expect(compare(model, ['GET /h HTTP/1.1', 'X-Tag: b', 'X-Tag: a']).problems).toEqual([
      'header X-Tag: sent "b" | "a", expected "a" | "b"',
      'header X-Name: sent nothing, expected "Zo\\xc3\\xab"',
    ]);
    const latin1 = Buffer.concat([Buffer.from('GET /h HTTP/1.1\r\nX-Tag: a, b\r\nX-Name: Zo'), Buffer.from([0xeb]), Buffer.from('\r\n\r\n')]);
    const parsed = parseHttpRequest(latin1);
    if (!parsed.complete) throw new Error('incomplete');
    const { problems } = compareRequest(parsed.request, { prepared: prepareRequest(model, { vars: { baseUrl: ORIGIN } }), graphql: false, filesDir: FILES_DIR });
    expect(problems).toEqual(['header X-Name: sent "Zo\\xeb", expected "Zo\\xc3\\xab"; sent 3 bytes, expected 4; first difference at byte 2: sent "Zo\\xeb", expected "Zo\\xc3\\xab"']);
  });

  it('sees an empty value as a header that must be present', () => {
    const empty: RequestInput = { url: '{{baseUrl}}/e', headers: [{ name: 'X-Empty', value: '' }] };
    expect(compare(empty, ['GET /e HTTP/1.1', 'X-Empty:']).problems).toEqual([]);
    expect(compare(empty, ['GET /e HTTP/1.1']).problems).toEqual(['header X-Empty: sent nothing, expected ""']);
  });
});

describe('compareRequest: bodies', () => {
  it('compares a raw body byte for byte and says where it differs', () => {
    const model: RequestInput = { method: 'POST', url: '{{baseUrl}}/t', body: { mode: 'raw', language: 'text', text: 'line one\r\nline two\r\n' } };
    expect(compare(model, ['POST /t HTTP/1.1', 'Content-Type: text/plain'], 'line one\r\nline two\r\n').problems).toEqual([]);
    expect(compare(model, ['POST /t HTTP/1.1', 'Content-Type: text/plain'], 'line one\nline two\n').problems).toEqual([
      'body: sent 18 bytes, expected 20; first difference at byte 8: sent "line one\\nline two\\n", expected "line one\\r\\nline two\\r\\n"',
    ]);
    expect(compare(model, ['POST /t HTTP/1.1', 'Content-Type: text/plain; charset=utf-8'], 'line one\r\nline two\r\n').problems).toEqual([
      expect.stringMatching(/^header Content-Type: sent "text\/plain; charset=utf-8", expected "text\/plain"/),
    ]);
  });

  it('gives a short context around the first difference of a long body', () => {
    const expected = Buffer.from('x'.repeat(100) + 'A' + 'y'.repeat(100));
    const sent = Buffer.from('x'.repeat(100) + 'B' + 'y'.repeat(100));
    expect(describeByteDifference(sent, expected)).toBe(
      `sent 201 bytes, expected 201; first difference at byte 100: sent …"${'x'.repeat(20)}B${'y'.repeat(29)}"…, expected …"${'x'.repeat(20)}A${'y'.repeat(29)}"…`,
    );
  });

  it('compares GraphQL as a JSON value', () => {
    const model: RequestInput = { method: 'POST', url: '{{baseUrl}}/g', body: { mode: 'graphql', query: '{ a }', variables: '{"id": 1}' } };
    const head = ['POST /g HTTP/1.1', 'Content-Type: application/json'];
    expect(compare(model, head, '{ "variables": {"id": 1.0}, "query": "{ a }" }').problems).toEqual([]);
    expect(compare(model, head, '{"query":"{ a }","variables":{"id":"1"}}').problems).toEqual([expect.stringMatching(/^body: JSON value differs/)]);
    expect(compare(model, head, 'query={ a }').problems).toEqual([expect.stringMatching(/^body: not JSON/)]);
  });

  it('compares a form body as ordered pairs with "+" as a space, and its type with parameters allowed', () => {
    const model: RequestInput = { method: 'POST', url: '{{baseUrl}}/f', body: { mode: 'urlencoded', params: [{ key: 'a b', value: '1+2 é' }, { key: 'k', value: '' }] } };
    expect(compare(model, ['POST /f HTTP/1.1', 'Content-Type: application/x-www-form-urlencoded'], 'a+b=1%2B2+%C3%A9&k=').problems).toEqual([]);
    expect(compare(model, ['POST /f HTTP/1.1', 'Content-Type: application/x-www-form-urlencoded; charset=UTF-8'], 'a%20b=1%2B2%20%C3%A9&k').problems).toEqual([]);
    expect(compare(model, ['POST /f HTTP/1.1', 'Content-Type: application/x-www-form-urlencoded'], 'a+b=1+2+%C3%A9&k=').problems).toEqual([expect.stringMatching(/^form body: pair #0 differs: sent "a b"="1 2 é", expected "a b"="1\+2 é"/)]);
    expect(compare(model, ['POST /f HTTP/1.1', 'Content-Type: text/plain'], 'a+b=1%2B2+%C3%A9&k=').problems).toEqual([expect.stringMatching(/^header Content-Type: sent "text\/plain"/)]);
  });

  it('compares a file body with the file', () => {
    const model: RequestInput = { method: 'PUT', url: '{{baseUrl}}/b', body: { mode: 'file', src: 'upload.txt' } };
    expect(compare(model, ['PUT /b HTTP/1.1'], readFileSync(join(FILES_DIR, 'upload.txt'))).problems).toEqual([]);
    expect(compare(model, ['PUT /b HTTP/1.1'], 'upload.txt').problems).toEqual([expect.stringMatching(/^body: sent 10 bytes/)]);
  });

  it('reports a body sent when the model has none', () => {
    expect(compare({ method: 'POST', url: '{{baseUrl}}/n' }, ['POST /n HTTP/1.1'], '{}').problems).toEqual(['body: sent 2 bytes, expected none: "{}"']);
  });
});

describe('compareRequest: multipart', () => {
  const model: RequestInput = {
    method: 'POST',
    url: '{{baseUrl}}/m',
    body: {
      mode: 'formdata',
      params: [
        { key: 'bio', value: 'a\nb\r\nc' },
        { key: 'meta', value: '{}', contentType: 'application/json' },
        { type: 'file', key: 'doc', src: 'upload.txt', contentType: 'text/plain' },
      ],
    },
  };
  const file = readFileSync(join(FILES_DIR, 'upload.txt'));
  const part = (headers: string[], content: Buffer | string) => Buffer.concat([Buffer.from(`--XyZ\r\n${headers.join('\r\n')}\r\n\r\n`), Buffer.from(content), Buffer.from('\r\n')]);
  const head = ['POST /m HTTP/1.1', 'Content-Type: multipart/form-data; boundary="XyZ"'];
  const bio = part(['Content-Disposition: form-data; name="bio"'], 'a\nb\r\nc');
  const meta = part(['Content-Disposition: form-data; name="meta"', 'Content-Type: application/json'], '{}');
  const doc = part(['Content-Disposition: form-data; name="doc"; filename="upload.txt"', 'Content-Type: text/plain'], file);
  const end = Buffer.from('--XyZ--\r\n');

  it('accepts the parts in order with their names, file name, types and exact bytes', () => {
    expect(compare(model, head, Buffer.concat([bio, meta, doc, end])).problems).toEqual([]);
  });

  it('reports parts out of order, a missing type or file name, and different content', () => {
    expect(compare(model, head, Buffer.concat([meta, bio, doc, end])).problems).toContain('multipart part #0 ("bio"): name sent "meta"');
    const untyped = part(['Content-Disposition: form-data; name="meta"'], '{}');
    expect(compare(model, head, Buffer.concat([bio, untyped, doc, end])).problems).toEqual(['multipart part #1 ("meta"): Content-Type sent [], expected "application/json"']);
    const unnamedFile = part(['Content-Disposition: form-data; name="doc"', 'Content-Type: text/plain'], file);
    expect(compare(model, head, Buffer.concat([bio, meta, unnamedFile, end])).problems).toEqual(['multipart part #2 ("doc"): filename sent undefined, expected "upload.txt"']);
    const lfBio = part(['Content-Disposition: form-data; name="bio"'], 'a\r\nb\r\nc');
    expect(compare(model, head, Buffer.concat([lfBio, meta, doc, end])).problems).toEqual([expect.stringMatching(/^multipart part #0 \("bio"\) content: sent 7 bytes, expected 6; first difference at byte 1/)]);
  });

  it('reports bad framing and a missing boundary', () => {
    const lfFramed = Buffer.from(Buffer.concat([bio, meta, doc, end]).toString('latin1').replace(/\r\n--XyZ/g, '\n--XyZ'), 'latin1');
    expect(compare(model, head, lfFramed).problems).toEqual([expect.stringMatching(/^multipart: part #0 has no closing boundary/)]);
    expect(compare(model, ['POST /m HTTP/1.1', 'Content-Type: multipart/form-data'], Buffer.concat([bio, meta, doc, end])).problems).toEqual(['multipart: no boundary in Content-Type "multipart/form-data"']);
  });

  it('expects a quote in a name WHATWG-encoded (%22), not backslash-escaped', () => {
    const quoted: RequestInput = { method: 'POST', url: '{{baseUrl}}/m', body: { mode: 'formdata', params: [{ key: 'a"b', value: 'v' }] } };
    expect(compare(quoted, head, Buffer.concat([part(['Content-Disposition: form-data; name="a%22b"'], 'v'), end])).problems).toEqual([]);
    expect(compare(quoted, head, Buffer.concat([part(['Content-Disposition: form-data; name="a\\"b"'], 'v'), end])).problems).toEqual(['multipart part #0 ("a%22b"): name sent "a\\\\\\"b"']);
  });

  it('accepts a backslash in a name sent as it is (browsers) or escaped as \\\\ (Go, urllib3)', () => {
    const slashed: RequestInput = { method: 'POST', url: '{{baseUrl}}/m', body: { mode: 'formdata', params: [{ key: 'a\\b', value: 'v' }] } };
    expect(compare(slashed, head, Buffer.concat([part(['Content-Disposition: form-data; name="a\\b"'], 'v'), end])).problems).toEqual([]);
    expect(compare(slashed, head, Buffer.concat([part(['Content-Disposition: form-data; name="a\\\\b"'], 'v'), end])).problems).toEqual([]);
    expect(compare(slashed, head, Buffer.concat([part(['Content-Disposition: form-data; name="ab"'], 'v'), end])).problems).toHaveLength(1);
  });
});

describe('compareRequest: empty bodies and basic auth', () => {
  const emptyForm: RequestInput = { method: 'POST', url: '{{baseUrl}}/e', body: { mode: 'urlencoded', params: [] } };

  it('wants an empty body announced with Content-Length: 0 and no Content-Type the model lacks', () => {
    expect(compare(emptyForm, ['POST /e HTTP/1.1', 'Content-Length: 0']).problems).toEqual([]);
    expect(compare(emptyForm, ['POST /e HTTP/1.1']).problems).toEqual(['body: an empty body must be sent with one Content-Length: 0, sent Content-Length []']);
    expect(compare(emptyForm, ['POST /e HTTP/1.1', 'Content-Length: 0', 'Content-Type: application/x-www-form-urlencoded']).problems).toEqual([
      'header Content-Type: sent "application/x-www-form-urlencoded" for an empty body, expected none (the model has none)',
    ]);
    const typed: RequestInput = { ...emptyForm, headers: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }] };
    expect(compare(typed, ['POST /e HTTP/1.1', 'Content-Length: 0', 'Content-Type: application/x-www-form-urlencoded']).problems).toEqual([]);
  });

  it('wants credentials holding placeholders encoded at run time as Base64 of username:password', () => {
    const model: RequestInput = { url: '{{baseUrl}}/me', auth: { type: 'basic', username: '{{user}}', password: 'pw' } };
    expect(compare(model, ['GET /me HTTP/1.1', `Authorization: Basic ${btoa('{{user}}:pw')}`]).problems).toEqual([]);
    expect(compare(model, ['GET /me HTTP/1.1', 'Authorization: Basic {{user}}:pw']).problems).toEqual([expect.stringMatching(/^header Authorization: sent "Basic \{\{user\}\}:pw"/)]);
  });
});
