import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { PreparedRequest } from '../../src/index.js';
import { decodeLenient } from '../../src/model/encoding/percent.js';
import { headerValues, type RecordedHeader, type RecordedRequest } from './recorder.js';

export interface ExpectedRequest {
  prepared: PreparedRequest;
  /** The model's body was GraphQL: compared as a JSON value, not byte for byte. */
  graphql: boolean;
  /** Where the files named by file fields and file bodies are. */
  filesDir: string;
}

export interface Comparison {
  /** What differs, each naming where; empty when the request matches. */
  problems: string[];
  /** Accepted variations worth knowing (repeated headers joined, ...). */
  notes: string[];
}

/**
 * Compares what a client really sent with what the model describes. URL parts are compared decoded
 * (clients differ in which characters they escape, servers decode), headers and bodies by bytes.
 */
export function compareRequest(recorded: RecordedRequest, expected: ExpectedRequest): Comparison {
  const result: Comparison = { problems: [], notes: [] };
  const { prepared } = expected;
  if (recorded.method !== prepared.method) result.problems.push(`method: sent ${JSON.stringify(recorded.method)}, expected ${JSON.stringify(prepared.method)}`);
  compareTarget(recorded.target, prepared, result);
  compareHeaders(recorded.headers, prepared, result);
  compareBody(recorded, expected, result);
  return result;
}

function compareTarget(target: string, prepared: PreparedRequest, result: Comparison): void {
  // An absolute-form target (as sent to a proxy) carries the origin first.
  const originForm = target.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?]*/, '');
  const queryStart = originForm.indexOf('?');
  const path = queryStart === -1 ? originForm : originForm.slice(0, queryStart);
  const query = queryStart === -1 ? '' : originForm.slice(queryStart + 1);

  const sentSegments = path === '/' || path === '' ? [] : path.slice(1).split('/').map(decodeTargetText);
  const expectedSegments = prepared.url.pathSegments.length === 1 && prepared.url.pathSegments[0] === '' ? [] : prepared.url.pathSegments;
  if (!path.startsWith('/') && path !== '') result.problems.push(`path: request target ${JSON.stringify(target)} does not start with '/'`);
  else if (!isDeepStrictEqual(sentSegments, expectedSegments)) {
    result.problems.push(`path: sent ${JSON.stringify(path)} = segments ${JSON.stringify(sentSegments)}, expected segments ${JSON.stringify(expectedSegments)} (${prepared.path})`);
  }

  // Our encoders never write '+' for a space, so a '+' in the query is a literal plus.
  const sentPairs = splitPairs(query, decodeTargetText);
  if (/[^\x00-\x7f]/.test(originForm)) result.notes.push('the request target holds raw non-ASCII bytes (read as UTF-8, as servers do; RFC 9112 wants them percent-encoded)');
  const expectedPairs = prepared.url.query.map(({ key, value }) => [key, value] as const);
  comparePairs('query', sentPairs, expectedPairs, `sent ?${query}`, result);
}

/**
 * The recorder reads the request line as Latin-1 (one char per byte); a raw non-ASCII byte is read
 * as its %XX form so UTF-8 sent unescaped decodes like UTF-8 sent escaped.
 */
function decodeTargetText(text: string): string {
  return decodeLenient(text.replace(/[\x80-\xff]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()));
}

type Pair = readonly [string, string];

function splitPairs(text: string, decode: (s: string) => string): Pair[] {
  return text
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq === -1 ? [decode(pair), ''] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))];
    });
}

function comparePairs(where: string, sent: Pair[], expected: Pair[], sentText: string, result: Comparison): void {
  if (isDeepStrictEqual(sent, expected)) return;
  const index = firstDifference(sent, expected);
  const show = (pair: Pair | undefined) => (pair === undefined ? '(nothing)' : `${JSON.stringify(pair[0])}=${JSON.stringify(pair[1])}`);
  result.problems.push(
    `${where}: pair #${index} differs: sent ${show(sent[index])}, expected ${show(expected[index])} ` +
      `(${sent.length} pairs sent, ${expected.length} expected; ${sentText.length > 300 ? sentText.slice(0, 300) + '…' : sentText})`,
  );
}

function firstDifference<T>(a: readonly T[], b: readonly T[]): number {
  let i = 0;
  while (i < a.length && i < b.length && isDeepStrictEqual(a[i], b[i])) i++;
  return i;
}

function compareHeaders(sent: readonly RecordedHeader[], prepared: PreparedRequest, result: Comparison): void {
  const expectedByName = new Map<string, { name: string; values: string[] }>();
  for (const { name, value } of expectedHeaders(prepared)) {
    const entry = expectedByName.get(name.toLowerCase()) ?? { name, values: [] };
    entry.values.push(value);
    expectedByName.set(name.toLowerCase(), entry);
  }
  const formBody = prepared.body.mode === 'urlencoded';
  for (const [lowerName, { name, values }] of expectedByName) {
    const sentValues = headerValues(sent, lowerName);
    const expectedBytes = values.map((v) => Buffer.from(v, 'utf8'));
    if (sentValues.length === expectedBytes.length && sentValues.every((v, i) => v.equals(expectedBytes[i]!))) {
      if (values.length > 1) result.notes.push(`${name}: ${values.length} values sent as ${values.length} header lines`);
      continue;
    }
    if (values.length > 1 && sentValues.length === 1 && sentValues[0]!.equals(Buffer.from(values.join(', '), 'utf8'))) {
      result.notes.push(`${name}: ${values.length} values sent joined with ", " in one header line`);
      continue;
    }
    // A form body's type may carry parameters (`; charset=UTF-8`) that change nothing.
    if (formBody && lowerName === 'content-type' && values.length === 1 && sentValues.length === 1 && mediaType(values[0]!) === FORM_TYPE && mediaType(sentValues[0]!.toString('latin1')) === FORM_TYPE) {
      continue;
    }
    const shown = sentValues.length === 0 ? 'nothing' : sentValues.map((v) => showBytes(v)).join(' | ');
    const detail = sentValues.length === 1 && expectedBytes.length === 1 ? `; ${describeByteDifference(sentValues[0]!, expectedBytes[0]!)}` : '';
    result.problems.push(`header ${name}: sent ${shown}, expected ${expectedBytes.map((v) => showBytes(v)).join(' | ')}${detail}`);
  }
}

/**
 * The model's headers, and the Authorization header that basic credentials holding placeholders must
 * produce when the snippet encodes them at run time: Base64 of the UTF-8 `username:password` as they
 * stand in the snippet run (filled in by the harness, or left as placeholder text).
 */
function expectedHeaders(prepared: PreparedRequest): { name: string; value: string }[] {
  if (prepared.basicAuth === undefined) return prepared.headers;
  const { username, password } = prepared.basicAuth;
  return [...prepared.headers, { name: 'Authorization', value: `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}` }];
}

/**
 * An empty body (an empty raw text, or a form with no enabled field) is still a body: it is announced
 * with Content-Length: 0, and carries no Content-Type the user did not write.
 */
function compareEmptyBody(recorded: RecordedRequest, prepared: PreparedRequest, result: Comparison): void {
  const lengths = headerValues(recorded.headers, 'content-length').map((v) => v.toString('latin1'));
  if (lengths.length !== 1 || lengths[0] !== '0') result.problems.push(`body: an empty body must be sent with one Content-Length: 0, sent Content-Length ${JSON.stringify(lengths)}${headerValues(recorded.headers, 'transfer-encoding').length > 0 ? ' and a Transfer-Encoding' : ''}`);
  const userType = prepared.headers.some((h) => h.name.toLowerCase() === 'content-type');
  const sentTypes = headerValues(recorded.headers, 'content-type');
  if (!userType && sentTypes.length > 0) result.problems.push(`header Content-Type: sent ${sentTypes.map((v) => showBytes(v)).join(' | ')} for an empty body, expected none (the model has none)`);
}

const FORM_TYPE = 'application/x-www-form-urlencoded';
const mediaType = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();

function compareBody(recorded: RecordedRequest, expected: ExpectedRequest, result: Comparison): void {
  const body = expected.prepared.body;
  const sent = recorded.body;
  switch (body.mode) {
    case 'none':
      if (sent.length > 0) result.problems.push(`body: sent ${sent.length} bytes, expected none: ${showBytes(sent.subarray(0, 80))}`);
      return;
    case 'raw':
      if (body.byteLength === 0) compareEmptyBody(recorded, expected.prepared, result);
      if (expected.graphql) compareJson(sent, body.text, result);
      else compareBytes('body', sent, Buffer.from(body.text, 'utf8'), result);
      return;
    case 'file':
      compareBytes('body', sent, readFileSync(join(expected.filesDir, body.src)), result);
      return;
    case 'urlencoded':
      // Form decoding: '+' is a space.
      comparePairs('form body', splitPairs(sent.toString('latin1'), (s) => decodeLenient(s.replace(/\+/g, ' '))), body.params.map(({ key, value }) => [key, value] as const), showBytes(sent), result);
      return;
    case 'formdata':
      compareMultipart(recorded, body.params, expected.filesDir, result);
      return;
  }
}

function compareJson(sent: Buffer, expectedText: string, result: Comparison): void {
  let value: unknown;
  try {
    value = JSON.parse(sent.toString('utf8'));
  } catch (error) {
    result.problems.push(`body: not JSON (${(error as Error).message}): ${showBytes(sent.subarray(0, 120))}`);
    return;
  }
  if (!isDeepStrictEqual(value, JSON.parse(expectedText))) result.problems.push(`body: JSON value differs: sent ${sent.toString('utf8')}, expected ${expectedText}`);
}

function compareBytes(where: string, sent: Buffer, expected: Buffer, result: Comparison): void {
  if (!sent.equals(expected)) result.problems.push(`${where}: ${describeByteDifference(sent, expected)}`);
}

type FormParams = Extract<PreparedRequest['body'], { mode: 'formdata' }>['params'];

interface Part {
  headers: RecordedHeader[];
  name: DispositionName | undefined;
  fileName: DispositionName | undefined;
  content: Buffer;
}

/**
 * A name between quotes, as sent and with quoted-string escapes undone: browsers (WHATWG) send a
 * backslash as it is, Go and urllib3 escape it as `\\`; the expected name, already WHATWG-encoded
 * by the model, has no `"` to tell them apart by.
 */
interface DispositionName {
  raw: string;
  unescaped: string;
}

const sameName = (sent: DispositionName | undefined, expected: string | undefined) => (sent === undefined ? expected === undefined : sent.raw === expected || sent.unescaped === expected);

function compareMultipart(recorded: RecordedRequest, params: FormParams, filesDir: string, result: Comparison): void {
  const contentTypes = headerValues(recorded.headers, 'content-type').map((v) => v.toString('latin1'));
  if (contentTypes.length !== 1 || mediaType(contentTypes[0]!) !== 'multipart/form-data') {
    result.problems.push(`multipart: Content-Type sent ${JSON.stringify(contentTypes)}, expected one multipart/form-data with a boundary`);
    return;
  }
  const boundary = parameter(contentTypes[0]!, 'boundary');
  if (boundary === undefined || boundary === '') {
    result.problems.push(`multipart: no boundary in Content-Type ${JSON.stringify(contentTypes[0])}`);
    return;
  }
  let parts: Part[];
  try {
    parts = splitMultipart(recorded.body, boundary);
  } catch (error) {
    result.problems.push(`multipart: ${(error as Error).message}`);
    return;
  }
  if (parts.length !== params.length) {
    result.problems.push(`multipart: ${parts.length} parts sent (${parts.map((p) => JSON.stringify(p.name)).join(', ')}), expected ${params.length} (${params.map((p) => JSON.stringify(p.key)).join(', ')})`);
  }
  params.forEach((field, index) => {
    const part = parts[index];
    if (part === undefined) return;
    const where = `multipart part #${index} (${JSON.stringify(field.key)})`;
    if (!sameName(part.name, field.key)) result.problems.push(`${where}: name sent ${JSON.stringify(part.name?.raw)}`);
    const expectedFileName = field.type === 'file' ? field.fileName : undefined;
    if (!sameName(part.fileName, expectedFileName)) result.problems.push(`${where}: filename sent ${JSON.stringify(part.fileName?.raw)}, expected ${JSON.stringify(expectedFileName)}`);
    if (field.contentType !== undefined) {
      const sentTypes = headerValues(part.headers, 'content-type').map((v) => v.toString('utf8'));
      if (sentTypes.length !== 1 || sentTypes[0] !== field.contentType) result.problems.push(`${where}: Content-Type sent ${JSON.stringify(sentTypes)}, expected ${JSON.stringify(field.contentType)}`);
    }
    const expectedContent = field.type === 'file' ? readFileSync(join(filesDir, field.src)) : Buffer.from(field.value, 'utf8');
    compareBytes(`${where} content`, part.content, expectedContent, result);
  });
}

/** Splits a multipart body on `--boundary` with CRLF framing (RFC 2046 / RFC 7578). */
export function splitMultipart(body: Buffer, boundary: string): Part[] {
  const dashBoundary = Buffer.from(`--${boundary}`, 'latin1');
  const delimiter = Buffer.from(`\r\n--${boundary}`, 'latin1');
  // A preamble is allowed before the first boundary; most clients send none.
  let position = body.subarray(0, dashBoundary.length).equals(dashBoundary) ? 0 : body.indexOf(delimiter);
  if (position === -1) throw new Error(`boundary ${JSON.stringify(boundary)} not found in the body: ${showBytes(body.subarray(0, 120))}`);
  position += position === 0 ? dashBoundary.length : delimiter.length;
  const parts: Part[] = [];
  for (;;) {
    const after = body.subarray(position, position + 2).toString('latin1');
    if (after === '--') return parts;
    if (after !== '\r\n') throw new Error(`boundary at offset ${position - dashBoundary.length} not followed by CRLF or "--": ${showBytes(body.subarray(position, position + 20))}`);
    position += 2;
    const headEnd = body.indexOf('\r\n\r\n', position);
    const next = body.indexOf(delimiter, position);
    if (next === -1) throw new Error(`part #${parts.length} has no closing boundary (CRLF + --${boundary})`);
    if (headEnd === -1 || headEnd > next) throw new Error(`part #${parts.length} has no blank line (CRLF CRLF) after its headers`);
    const headers = headEnd === position ? [] : body.subarray(position, headEnd).toString('latin1').split('\r\n').map(partHeader);
    const disposition = headerValues(headers, 'content-disposition').map((v) => v.toString('utf8'));
    if (disposition.length !== 1 || mediaType(disposition[0]!) !== 'form-data') throw new Error(`part #${parts.length} Content-Disposition is ${JSON.stringify(disposition)}, expected one form-data`);
    parts.push({ headers, name: dispositionName(disposition[0]!, 'name'), fileName: dispositionName(disposition[0]!, 'filename'), content: body.subarray(headEnd + 4, next) });
    position = next + delimiter.length;
  }
}

/** A part header, kept as bytes like the request's (parameters may be raw UTF-8). */
function partHeader(line: string): RecordedHeader {
  const colon = line.indexOf(':');
  const bytes = Buffer.from(line, 'latin1');
  return { name: line.slice(0, colon), value: Buffer.from(line.slice(colon + 1).trim(), 'latin1'), line: bytes };
}

/**
 * A parameter of a header value (`name="a \\"b\\""`, `boundary=x`), quoted-string unescaped; a
 * `filename*=UTF-8''...` form (RFC 8187) wins over the plain one.
 */
export function parameter(headerValue: string, wanted: string): string | undefined {
  return rawParameter(headerValue, wanted)?.unescaped;
}

function dispositionName(headerValue: string, wanted: string): DispositionName | undefined {
  return rawParameter(headerValue, wanted);
}

function rawParameter(headerValue: string, wanted: string): DispositionName | undefined {
  const pattern = /;\s*([^=;\s]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/gs;
  let plain: DispositionName | undefined;
  let extended: DispositionName | undefined;
  for (const [, key, value] of headerValue.matchAll(pattern)) {
    const raw = value!.startsWith('"') ? value!.slice(1, -1) : value!.trim();
    if (key!.toLowerCase() === wanted) plain = { raw, unescaped: value!.startsWith('"') ? raw.replace(/\\(.)/gs, '$1') : raw };
    if (key!.toLowerCase() === `${wanted}*`) {
      const decoded = decodeURIComponent(raw.replace(/^[^']*'[^']*'/, ''));
      extended = { raw: decoded, unescaped: decoded };
    }
  }
  return extended ?? plain;
}

/** Where two byte strings first differ, with a short escaped context from both sides. */
export function describeByteDifference(sent: Buffer, expected: Buffer): string {
  let offset = 0;
  while (offset < sent.length && offset < expected.length && sent[offset] === expected[offset]) offset++;
  const from = Math.max(0, offset - 20);
  const context = (bytes: Buffer) => (from > 0 ? '…' : '') + showBytes(bytes.subarray(from, offset + 30)) + (bytes.length > offset + 30 ? '…' : '');
  return `sent ${sent.length} bytes, expected ${expected.length}; first difference at byte ${offset}: sent ${context(sent)}, expected ${context(expected)}`;
}

/** Bytes as a readable literal: printable ASCII as is, the rest escaped (\r \n \t \xNN). */
export function showBytes(bytes: Buffer): string {
  let out = '';
  for (const byte of bytes) {
    if (byte === 0x0d) out += '\\r';
    else if (byte === 0x0a) out += '\\n';
    else if (byte === 0x09) out += '\\t';
    else if (byte === 0x5c) out += '\\\\';
    else if (byte === 0x22) out += '\\"';
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += '\\x' + byte.toString(16).padStart(2, '0');
  }
  return `"${out}"`;
}
