import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseHttpRequest, startRecorder, type ParseResult } from './recorder.js';

const bytes = (text: string) => Buffer.from(text, 'latin1');

function complete(result: ParseResult) {
  if (!result.complete) throw new Error('expected a complete request');
  return result;
}

describe('parseHttpRequest', () => {
  it('keeps the request target, header lines in order with repeats and exact bytes, and a Content-Length body', () => {
    const head = 'POST /a%2Fb/{{x}}?q=a+b&r=%7E HTTP/1.1\r\nHost: h\r\nX-Tag: one\r\nx-tag:two  \r\nX-Empty:\r\nX-Tab: a\tb\r\nContent-Length: 5\r\n\r\n';
    const utf8Header = Buffer.from('X-Name: Zoë ✓\r\n', 'utf8');
    const data = Buffer.concat([bytes(head.replace('\r\n\r\n', '\r\n')), utf8Header, bytes('\r\nhello')]);
    const { request, consumed } = complete(parseHttpRequest(data));
    expect(request.method).toBe('POST');
    expect(request.target).toBe('/a%2Fb/{{x}}?q=a+b&r=%7E');
    expect(request.headers.map((h) => [h.name, h.value.toString('latin1')])).toEqual([
      ['Host', 'h'],
      ['X-Tag', 'one'],
      ['x-tag', 'two'],
      ['X-Empty', ''],
      ['X-Tab', 'a\tb'],
      ['Content-Length', '5'],
      ['X-Name', Buffer.from('Zoë ✓', 'utf8').toString('latin1')],
    ]);
    expect(request.headers[2]!.line.toString('latin1')).toBe('x-tag:two  ');
    expect(request.body.toString()).toBe('hello');
    expect(request.framing).toBe('content-length');
    expect(consumed).toBe(data.length);
  });

  it('waits for the whole head and the whole body', () => {
    expect(parseHttpRequest(bytes('GET / HTTP/1.1\r\nHost: h\r\n')).complete).toBe(false);
    expect(parseHttpRequest(bytes('PUT / HTTP/1.1\r\nContent-Length: 4\r\n\r\nab')).complete).toBe(false);
    expect(parseHttpRequest(bytes('PUT / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n'))).toEqual({ complete: false, expectsContinue: true });
  });

  it('reads a body-less request as an empty body', () => {
    const { request } = complete(parseHttpRequest(bytes('HEAD /status HTTP/1.1\r\nHost: h\r\n\r\n')));
    expect(request.body.length).toBe(0);
    expect(request.framing).toBe('none');
  });

  it('decodes a chunked body with extensions and trailers', () => {
    const data = bytes('POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\nA\r\n, world!\r\n\r\n0\r\nX-Trailer: t\r\n\r\n');
    const { request, consumed } = complete(parseHttpRequest(data));
    expect(request.body.toString('latin1')).toBe('hello, world!\r\n');
    expect(request.framing).toBe('chunked');
    expect(consumed).toBe(data.length);
    expect(parseHttpRequest(data.subarray(0, data.length - 2)).complete).toBe(false);
  });

  it('rejects malformed requests', () => {
    expect(() => parseHttpRequest(bytes('GET /a b HTTP/1.1\r\n\r\n'))).toThrow(/request line/);
    expect(() => parseHttpRequest(bytes('GET / HTTP/1.1\r\nBad Header: x\r\n\r\n'))).toThrow(/header line/);
    expect(() => parseHttpRequest(bytes('POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'))).toThrow(/Content-Length/);
    expect(() => parseHttpRequest(bytes('POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'))).toThrow(/chunk size/);
  });
});

describe('startRecorder', () => {
  /** Sends raw pieces over TCP, each after the previous answer piece when `waitFor` says so. */
  function exchange(origin: string, pieces: { send: Buffer; waitFor?: string }[]): Promise<string> {
    const port = Number(new URL(origin).port);
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let received = '';
      let next = 0;
      const sendReady = () => {
        while (next < pieces.length && (pieces[next]!.waitFor === undefined || received.includes(pieces[next]!.waitFor!))) socket.write(pieces[next++]!.send);
      };
      socket.on('connect', sendReady);
      socket.on('data', (d: Buffer) => {
        received += d.toString('latin1');
        sendReady();
      });
      socket.on('end', () => resolve(received));
      socket.on('error', reject);
    });
  }

  it('records a request sent in fragments and answers 200 with JSON and Connection: close', async () => {
    const recorder = await startRecorder();
    try {
      const answer = await exchange(recorder.origin, [
        { send: bytes('POST /x?a=1 HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n') },
        { send: bytes('X-A: 2\r\nContent-Length: 3\r\n\r\nab') },
        { send: bytes('c') },
      ]);
      expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      expect(answer).toContain('Connection: close\r\n');
      expect(answer.endsWith('\r\n\r\n{"ok":true}')).toBe(true);
      expect(recorder.requests).toHaveLength(1);
      expect(recorder.requests[0]!.target).toBe('/x?a=1');
      expect(recorder.requests[0]!.headers.filter((h) => h.name === 'X-A').map((h) => h.value.toString())).toEqual(['1', '2']);
      expect(recorder.requests[0]!.body.toString()).toBe('abc');
    } finally {
      await recorder.close();
    }
  });

  it('answers Expect: 100-continue before the body arrives', async () => {
    const recorder = await startRecorder();
    try {
      const answer = await exchange(recorder.origin, [
        { send: bytes('PUT /u HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n') },
        { send: bytes('data'), waitFor: '100 Continue\r\n\r\n' },
      ]);
      expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
      expect(recorder.requests[0]!.body.toString()).toBe('data');
    } finally {
      await recorder.close();
    }
  });

  it('answers a HEAD request without a body and reports malformed requests', async () => {
    const recorder = await startRecorder();
    try {
      const head = await exchange(recorder.origin, [{ send: bytes('HEAD / HTTP/1.1\r\n\r\n') }]);
      expect(head.endsWith('\r\n\r\n')).toBe(true);
      const bad = await exchange(recorder.origin, [{ send: bytes('NOT HTTP\r\n\r\n') }]);
      expect(bad).toMatch(/^HTTP\/1\.1 400/);
      expect(recorder.requests).toHaveLength(1);
      expect(recorder.errors).toEqual([expect.stringMatching(/request line/)]);
    } finally {
      await recorder.close();
    }
  });
});
