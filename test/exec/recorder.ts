import { createServer, type Server, type Socket } from 'node:net';

/** One header line as it arrived: `name` and `value` are the exact bytes (value without the surrounding whitespace). */
export interface RecordedHeader {
  name: string;
  value: Buffer;
  /** The whole line without its CRLF. */
  line: Buffer;
}

/** A request exactly as it crossed the wire, before any server-side normalisation. */
export interface RecordedRequest {
  method: string;
  /** The request target as sent: `/path?query` (or an absolute URL). */
  target: string;
  version: string;
  headers: RecordedHeader[];
  body: Buffer;
  /** How the body was framed. */
  framing: 'none' | 'content-length' | 'chunked';
}

export type ParseResult =
  /** More bytes are needed; `expectsContinue` once the head is in and asks for `100 Continue`. */
  | { complete: false; expectsContinue: boolean }
  | { complete: true; request: RecordedRequest; consumed: number };

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * Parses one HTTP/1.1 request from the start of `data`. Header lines are kept in order, repeats and
 * bytes as sent; the body is read by Content-Length or chunked framing. Throws on a malformed request
 * (a client that sends one is as wrong as a client that sends the wrong value).
 */
export function parseHttpRequest(data: Buffer): ParseResult {
  const headEnd = data.indexOf(HEAD_END);
  if (headEnd === -1) return { complete: false, expectsContinue: false };
  const lines = splitLines(data.subarray(0, headEnd));
  const requestLine = lines.shift()!.toString('latin1');
  const match = /^(\S+) (\S+) (HTTP\/\d\.\d)$/.exec(requestLine);
  if (match === null) throw new Error(`malformed request line: ${JSON.stringify(requestLine)}`);
  const [, method, target, version] = match as unknown as [string, string, string, string];

  const headers = lines.map(parseHeaderLine);
  const bodyStart = headEnd + HEAD_END.length;
  const head = { method, target, version, headers };
  const expectsContinue = headerValues(headers, 'expect').some((v) => v.toString('latin1').toLowerCase() === '100-continue');

  const transferEncoding = headerValues(headers, 'transfer-encoding').map((v) => v.toString('latin1').trim().toLowerCase());
  if (transferEncoding.length > 0) {
    if (transferEncoding.join(',') !== 'chunked') throw new Error(`unsupported Transfer-Encoding: ${transferEncoding.join(', ')}`);
    const chunked = readChunked(data, bodyStart);
    if (chunked === undefined) return { complete: false, expectsContinue };
    return { complete: true, request: { ...head, body: chunked.body, framing: 'chunked' }, consumed: chunked.end };
  }

  const lengths = headerValues(headers, 'content-length').map((v) => v.toString('latin1').trim());
  if (lengths.length === 0) return { complete: true, request: { ...head, body: Buffer.alloc(0), framing: 'none' }, consumed: bodyStart };
  if (new Set(lengths).size !== 1 || !/^\d+$/.test(lengths[0]!)) throw new Error(`invalid Content-Length: ${lengths.join(', ')}`);
  const length = Number(lengths[0]);
  if (data.length < bodyStart + length) return { complete: false, expectsContinue };
  const body = Buffer.from(data.subarray(bodyStart, bodyStart + length));
  return { complete: true, request: { ...head, body, framing: 'content-length' }, consumed: bodyStart + length };
}

function splitLines(head: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let end = head.indexOf(CRLF); end !== -1; end = head.indexOf(CRLF, start)) {
    lines.push(head.subarray(start, end));
    start = end + CRLF.length;
  }
  lines.push(head.subarray(start));
  return lines;
}

function parseHeaderLine(line: Buffer): RecordedHeader {
  const colon = line.indexOf(0x3a);
  const name = colon === -1 ? '' : line.subarray(0, colon).toString('latin1');
  if (!TOKEN.test(name)) throw new Error(`malformed header line: ${JSON.stringify(line.toString('latin1'))}`);
  // Field values lose leading and trailing SP / HTAB (RFC 9110, 5.5); everything between is kept.
  let start = colon + 1;
  let end = line.length;
  while (start < end && isWhitespace(line[start]!)) start++;
  while (end > start && isWhitespace(line[end - 1]!)) end--;
  return { name, value: Buffer.from(line.subarray(start, end)), line: Buffer.from(line) };
}

const isWhitespace = (byte: number) => byte === 0x20 || byte === 0x09;

export function headerValues(headers: readonly RecordedHeader[], lowerName: string): Buffer[] {
  return headers.filter((h) => h.name.toLowerCase() === lowerName).map((h) => h.value);
}

/** Decodes a chunked body starting at `offset`; undefined while incomplete. Trailers are read and dropped. */
function readChunked(data: Buffer, offset: number): { body: Buffer; end: number } | undefined {
  const chunks: Buffer[] = [];
  let position = offset;
  for (;;) {
    const lineEnd = data.indexOf(CRLF, position);
    if (lineEnd === -1) return undefined;
    const sizeText = data.subarray(position, lineEnd).toString('latin1').split(';')[0]!.trim();
    if (!/^[0-9A-Fa-f]+$/.test(sizeText)) throw new Error(`invalid chunk size line: ${JSON.stringify(sizeText)}`);
    const size = parseInt(sizeText, 16);
    position = lineEnd + CRLF.length;
    if (size === 0) {
      // Trailer section: lines until an empty one.
      for (;;) {
        const trailerEnd = data.indexOf(CRLF, position);
        if (trailerEnd === -1) return undefined;
        const empty = trailerEnd === position;
        position = trailerEnd + CRLF.length;
        if (empty) return { body: Buffer.concat(chunks), end: position };
      }
    }
    if (data.length < position + size + CRLF.length) return undefined;
    chunks.push(data.subarray(position, position + size));
    if (!data.subarray(position + size, position + size + CRLF.length).equals(CRLF)) throw new Error(`chunk of ${size} bytes not followed by CRLF`);
    position += size + CRLF.length;
  }
}

export interface Recorder {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  requests: RecordedRequest[];
  /** Connections that sent something the parser rejected, with the reason. */
  errors: string[];
  close(): Promise<void>;
}

const RESPONSE_BODY = '{"ok":true}';

/** A request to `/redirect/<rest>` is answered `302 Found` to `/<rest>`: how the followRedirects option is tested. */
export const REDIRECT_PREFIX = '/redirect/';

/**
 * A raw-TCP HTTP/1.1 server on 127.0.0.1 that records every request as sent and answers 200 with a
 * small JSON body and `Connection: close` (302 under REDIRECT_PREFIX). No HTTP framework: those merge and normalise headers.
 */
export async function startRecorder(): Promise<Recorder> {
  const requests: RecordedRequest[] = [];
  const errors: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffered = Buffer.alloc(0);
    let continued = false;
    let answered = false;
    socket.on('data', (chunk: Buffer) => {
      if (answered) return;
      buffered = Buffer.concat([buffered, chunk]);
      let result: ParseResult;
      try {
        result = parseHttpRequest(buffered);
      } catch (error) {
        answered = true;
        errors.push((error as Error).message);
        socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
        return;
      }
      if (!result.complete) {
        if (result.expectsContinue && !continued) {
          continued = true;
          socket.write('HTTP/1.1 100 Continue\r\n\r\n');
        }
        return;
      }
      answered = true;
      requests.push(result.request);
      if (result.request.target.startsWith(REDIRECT_PREFIX)) {
        socket.end(`HTTP/1.1 302 Found\r\nLocation: /${result.request.target.slice(REDIRECT_PREFIX.length)}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
        return;
      }
      const body = result.request.method === 'HEAD' ? '' : RESPONSE_BODY;
      socket.end(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${RESPONSE_BODY.length}\r\nConnection: close\r\n\r\n${body}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('recorder has no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    errors,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
