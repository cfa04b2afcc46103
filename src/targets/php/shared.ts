import { t, type RequestText } from '../../engine/request-text.js';
import type { PreparedFormField, PreparedRequest } from '../../model/prepare.js';
import type { Header } from '../../model/schema.js';
import { sharedOptions } from '../options.js';
import { multipartBoundary } from '../shared.js';

/**
 * The view pieces the PHP clients (ext-curl, streams, Guzzle, Symfony HttpClient, pecl_http) share.
 * PHP strings are bytes and the snippet file is UTF-8, so every value goes out as the UTF-8 bytes it
 * is written as: no client needs an encoding step.
 */

/** The options of a PHP client; `followRedirects` defaults to what the client itself does. Templates are written with 4 spaces (PSR-12). */
export const phpOptions = (followsByDefault: boolean) => ({
  indent: sharedOptions.indent(4),
  followRedirects: sharedOptions.followRedirects(followsByDefault),
  timeout: sharedOptions.timeout(),
});

/** `Name: value` header lines (ext-curl's CURLOPT_HTTPHEADER, the http stream wrapper's `header`): repeats stay separate lines. */
export function phpHeaderLines(headers: readonly Header[]): RequestText[] {
  return headers.map(({ name, value }) => t(`${name}: ${value}`));
}

/** Headers by name for a client that takes `'Name' => 'value'` or `'Name' => ['a', 'b']` (one line each), names grouped case-insensitively. */
export interface PhpHeaderEntry {
  name: RequestText;
  value: RequestText | undefined;
  values: RequestText[] | undefined;
}

export function phpHeaderMap(headers: readonly Header[]): PhpHeaderEntry[] {
  const byName = new Map<string, Header[]>();
  for (const header of headers) {
    const group = byName.get(header.name.toLowerCase());
    if (group === undefined) byName.set(header.name.toLowerCase(), [header]);
    else group.push(header);
  }
  return [...byName.values()].map((group) =>
    group.length === 1 ? { name: t(group[0]!.name), value: t(group[0]!.value), values: undefined } : { name: t(group[0]!.name), value: undefined, values: group.map((h) => t(h.value)) },
  );
}

/** True when PHP reads the text as an integer array key (`'123' => …` is the key 123), as a client that takes header names as keys then sees it. */
export function isPhpIntegerKey(text: string): boolean {
  if (!/^(?:0|-?[1-9][0-9]*)$/.test(text)) return false;
  const value = BigInt(text);
  return value <= 9223372036854775807n && value >= -9223372036854775808n;
}

/**
 * The request as a client built on libcurl sends it: curl sends HEAD as CURLOPT_NOBODY, with no body
 * (given one anyway, pecl_http waits for it forever), so a body on HEAD is left out with a warning.
 */
export function withoutHeadBody(request: PreparedRequest, client: string, warnings: string[]): PreparedRequest {
  if (request.method !== 'HEAD' || request.body.mode === 'none') return request;
  warnings.push(`${client} sends HEAD without a body (libcurl's CURLOPT_NOBODY): the body is left out.`);
  return { ...request, body: { mode: 'none' } };
}

export const hasHeader = (headers: readonly Header[], lowerName: string) => headers.some((h) => h.name.toLowerCase() === lowerName);

/** `[key => value]` pairs for http_build_query() (or a client's form option); undefined when a key repeats, which a PHP array cannot hold. */
export function phpFormFields(request: PreparedRequest): { key: RequestText; value: RequestText }[] | undefined {
  const body = request.body;
  if (body.mode !== 'urlencoded' || body.hasRepeatedKeys) return undefined;
  return body.params.map(({ key, value }) => ({ key: t(key), value: t(value) }));
}

/** The text the snippet sends as the body: a raw text, or an urlencoded body whose keys repeat, as the model encodes it. */
export function phpBodyText(request: PreparedRequest): RequestText | undefined {
  const body = request.body;
  if (body.mode === 'raw') return t(body.text);
  if (body.mode === 'urlencoded' && body.hasRepeatedKeys) return t(body.encoded);
  return undefined;
}

/** Credentials with placeholders, which the snippet hands to the client (or Base64-encodes) as it runs. */
export function phpBasicAuth(request: PreparedRequest): { username: RequestText; password: RequestText; credentials: RequestText } | undefined {
  const auth = request.basicAuth;
  return auth === undefined ? undefined : { username: t(auth.username), password: t(auth.password), credentials: t(`${auth.username}:${auth.password}`) };
}

/** One part of a multipart body the snippet writes itself. */
export interface PhpPart {
  key: RequestText;
  fileName: RequestText | undefined;
  contentType: RequestText | undefined;
  /** A text part's value; undefined for a file part, whose content is read from `src`. */
  value: RequestText | undefined;
  src: RequestText | undefined;
}

/**
 * A multipart body the snippet writes itself (the http stream wrapper has no multipart builder, and
 * where a client's builder cannot send the parts as the model lists them): the parts, and a boundary
 * no text value holds. File parts without a type go as application/octet-stream, as browsers send them.
 */
export function handWrittenMultipart(request: PreparedRequest): { boundary: string; parts: PhpPart[] } | undefined {
  const body = request.body;
  if (body.mode !== 'formdata') return undefined;
  return { boundary: multipartBoundary(body.params), parts: body.params.map(handWrittenPart) };
}

function handWrittenPart(field: PreparedFormField): PhpPart {
  if (field.type === 'text') return { key: t(field.key), fileName: undefined, contentType: field.contentType === undefined ? undefined : t(field.contentType), value: t(field.value), src: undefined };
  return { key: t(field.key), fileName: t(field.fileName), contentType: t(field.contentType ?? 'application/octet-stream'), value: undefined, src: t(field.src) };
}

/** True when a key repeats or a text part has its own type: what a builder taking `name => value` arrays cannot send. */
export function needsPartList(params: readonly PreparedFormField[]): boolean {
  return new Set(params.map((p) => p.key)).size !== params.length || params.some((p) => p.type === 'text' && p.contentType !== undefined);
}
