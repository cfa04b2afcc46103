import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSnippet, prepareRequest, type RequestInput } from '../../src/index.js';
import { compareRequest } from './compare.js';
import { startRecorder } from './recorder.js';
import { buildMessage, runner } from './runners/http.js';

/** Raw HTTP framing: the .http snippet, sent exactly as shown, must carry the whole body and nothing after it. */
describe('http target framing, sent as shown', () => {
  const hostileBodies: [string, string][] = [
    ['a {{placeholder}}', '{"id": "{{petId}}", "note": "x"}'],
    ['CR, LF and CRLF CRLF inside', 'a\rb\nc\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: evil\r\n\r\n'],
    ['NUL and other controls', 'nul\0here\x01\x7f'],
    ['a very long line', 'y'.repeat(200_000)],
    ['non-ASCII and a trailing blank line', 'Zoë 😀\n\n'],
    ['an empty text', ''],
  ];

  it.each(hostileBodies)('%s', async (_, text) => {
    const recorder = await startRecorder();
    try {
      const request: RequestInput = { method: 'POST', url: '{{baseUrl}}/raw', body: { mode: 'raw', language: 'text', text } };
      const vars = { baseUrl: recorder.origin };
      const { code } = generateSnippet(request, 'http', { vars });
      await runner.run(code, mkdtempSync(join(tmpdir(), 'sf-http-')));
      expect(recorder.errors).toEqual([]);
      expect(recorder.requests).toHaveLength(1);
      expect(compareRequest(recorder.requests[0]!, { prepared: prepareRequest(request, { vars }), graphql: false, filesDir: tmpdir() }).problems).toEqual([]);
    } finally {
      await recorder.close();
    }
  });

  it('adds no Content-Length of its own to a body without files, and counts one that takes in a file', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'files');
    expect(buildMessage('POST /x HTTP/1.1\nHost: h\n\nabc', dir).head).toBe('POST /x HTTP/1.1\r\nHost: h\r\n\r\n');
    const withFile = buildMessage('POST /x HTTP/1.1\nHost: h\n\n< ./upload.txt', dir);
    expect(withFile.head).toBe(`POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: ${withFile.body.length}\r\n\r\n`);
  });

  it('encodes "Basic user password" as HTTP-file clients do, and leaves a Base64 token alone', () => {
    const head = (line: string) => buildMessage(`GET / HTTP/1.1\n${line}\n`, tmpdir()).head.split('\r\n')[1];
    expect(head('Authorization: Basic ann p@ss')).toBe(`Authorization: Basic ${btoa('ann:p@ss')}`);
    expect(head('Authorization: Basic ann:p@ss')).toBe(`Authorization: Basic ${btoa('ann:p@ss')}`);
    expect(head('Authorization: Basic YW5uOnB3')).toBe('Authorization: Basic YW5uOnB3');
  });
});
