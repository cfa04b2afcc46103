import { t, type RequestText } from '../../engine/request-text.js';
import type { PreparedFormField, PreparedRequest } from '../../model/prepare.js';
import type { Header } from '../../model/schema.js';
import { isNonAscii, multipartBoundary } from '../shared.js';

/**
 * The view pieces the Python clients (http.client, urllib, urllib3, httpx, aiohttp) share: request
 * text is the same in all of them, only the call differs. Where a str would go out as Latin-1 (or
 * fail), `utf8` tells the template to `.encode()` it, which sends UTF-8.
 */

export interface PythonHeader {
  name: RequestText;
  value: RequestText;
  utf8: boolean;
}

export interface PythonPart {
  key: RequestText;
  /** Text part: its value; file part: undefined. */
  value: RequestText | undefined;
  fileName: RequestText | undefined;
  src: RequestText | undefined;
  contentType: RequestText | undefined;
}

/** Header lines for a template: `utf8` where the value must be sent as encoded bytes. */
export function pythonHeaders(headers: readonly Header[]): PythonHeader[] {
  return headers.map((h) => ({ name: t(h.name), value: t(h.value), utf8: isNonAscii(h.value) }));
}

/** True when a header name occurs more than once (a client keeping repeats needs a list of pairs then). */
export const hasRepeatedHeader = (request: PreparedRequest) => new Set(request.headers.map((h) => h.name.toLowerCase())).size !== request.headers.length;

/** A raw or urlencoded body as its text: the model's Content-Type header already says what it is. */
export function pythonPayload(request: PreparedRequest): { text: RequestText; utf8: boolean } | undefined {
  const body = request.body;
  const text = body.mode === 'raw' ? body.text : body.mode === 'urlencoded' ? body.encoded : undefined;
  return text === undefined ? undefined : { text: t(text), utf8: isNonAscii(text) };
}

export function pythonParts(request: PreparedRequest): PythonPart[] | undefined {
  const body = request.body;
  return body.mode === 'formdata' ? body.params.map(pythonPart) : undefined;
}

function pythonPart(field: PreparedFormField): PythonPart {
  const contentType = field.contentType === undefined ? undefined : t(field.contentType);
  return field.type === 'text'
    ? { key: t(field.key), value: t(field.value), fileName: undefined, src: undefined, contentType }
    : { key: t(field.key), value: undefined, fileName: t(field.fileName), src: t(field.src), contentType };
}

/** `(username, password)` when credentials with placeholders must be encoded as the script runs. */
export function pythonBasicAuth(request: PreparedRequest): { username: RequestText; password: RequestText; utf8: boolean } | undefined {
  const auth = request.basicAuth;
  return auth === undefined ? undefined : { username: t(auth.username), password: t(auth.password), utf8: isNonAscii(auth.username + auth.password) };
}

/**
 * A multipart body the snippet writes itself (http.client and urllib have no multipart builder):
 * the parts as (name, file name or None, content type or None, content) and a boundary no text
 * value holds. File parts without a type go as application/octet-stream, as browsers send them.
 */
export function handWrittenMultipart(request: PreparedRequest): { boundary: string; parts: PythonPart[] } | undefined {
  const body = request.body;
  if (body.mode !== 'formdata') return undefined;
  const parts = body.params.map(pythonPart).map((part) => (part.src !== undefined && part.contentType === undefined ? { ...part, contentType: t('application/octet-stream') } : part));
  return { boundary: multipartBoundary(body.params), parts };
}

/** Headers of a client whose headers are one dict (repeats joined): the ones the snippet computes are added to the same dict. */
export interface PythonComputedHeaders {
  /** Credentials with placeholders, Base64-encoded as the script runs. */
  basicCredentials: RequestText | undefined;
  /** The multipart Content-Type with the snippet's boundary. */
  multipart: boolean;
}

export function pythonComputedHeaders(request: PreparedRequest): PythonComputedHeaders {
  const auth = request.basicAuth;
  return { basicCredentials: auth === undefined ? undefined : t(`${auth.username}:${auth.password}`), multipart: request.body.mode === 'formdata' };
}
