import { t, type RequestText } from '../../engine/request-text.js';
import type { PreparedFormField, PreparedRequest } from '../../model/prepare.js';
import { hasPlaceholder } from '../../model/placeholders.js';
import type { Header } from '../../model/schema.js';
import { joinRepeatedHeaders } from '../shared.js';

/** What the Ruby gem clients share in their views: the URL, headers, body, form parts and credentials, as RequestText. */

export interface RubyHeader {
  name: RequestText;
  value: RequestText;
}

/** A header name with every value it is sent with, for clients that write an Array value as repeated lines. */
export interface RubyHeaderValues {
  name: RequestText;
  values: RequestText[];
}

export interface RubyPart {
  key: RequestText;
  /** The text of a text part. */
  value: RequestText | undefined;
  /** The path of a file part. */
  src: RequestText | undefined;
  /** The file name a file part is sent with (WHATWG-encoded already). */
  fileName: RequestText | undefined;
  contentType: RequestText | undefined;
}

/** A key with the values a Ruby Hash holds for it: one, or an Array of a repeated key's values. */
export interface RubyGroup<T> {
  key: RequestText;
  values: T[];
  repeated: boolean;
}

/**
 * URI.parse (behind most Ruby clients) rejects '{' and '}': true when the path or query holds a
 * {{placeholder}}, whose braces the snippet percent-encodes when it runs (the placeholders stay readable).
 */
export const urlNeedsEncodedBraces = (request: PreparedRequest) => hasPlaceholder(request.fullUrl.slice(request.origin.length));

export const rubyHeaders = (headers: readonly Header[], client: string, warnings: string[]): RubyHeader[] =>
  joinRepeatedHeaders(headers, client, warnings).map((h) => ({ name: t(h.name), value: t(h.value) }));

/** Headers by name in first-seen order, a repeated header's values together: for clients that send an Array value as one line each. */
export function rubyHeaderValues(headers: readonly Header[]): RubyHeaderValues[] {
  const byName = new Map<string, { name: string; values: string[] }>();
  for (const { name, value } of headers) {
    const entry = byName.get(name.toLowerCase());
    if (entry === undefined) byName.set(name.toLowerCase(), { name, values: [value] });
    else entry.values.push(value);
  }
  return [...byName.values()].map(({ name, values }) => ({ name: t(name), values: values.map(t) }));
}

export function rubyParts(params: readonly PreparedFormField[]): RubyPart[] {
  return params.map((field) => ({
    key: t(field.key),
    value: field.type === 'text' ? t(field.value) : undefined,
    src: field.type === 'file' ? t(field.src) : undefined,
    fileName: field.type === 'file' ? t(field.fileName) : undefined,
    contentType: field.contentType === undefined ? undefined : t(field.contentType),
  }));
}

/**
 * Pairs as a Ruby Hash holds them: one entry per key at its first place, a repeated key's values in an
 * Array. A key repeated after another key moves its later values up to its first place: warned.
 */
export function groupByKey<T extends { key: string }>(pairs: readonly T[], client: string, what: string, warnings: string[]): RubyGroup<T>[] {
  const groups = new Map<string, T[]>();
  let reordered = false;
  let previousKey: string | undefined;
  for (const pair of pairs) {
    const group = groups.get(pair.key);
    if (group === undefined) groups.set(pair.key, [pair]);
    else {
      if (previousKey !== pair.key) reordered = true;
      group.push(pair);
    }
    previousKey = pair.key;
  }
  if (reordered) warnings.push(`${client} takes the ${what} as a Hash: the values of a repeated key are sent together, at the key's first place.`);
  return [...groups].map(([key, values]) => ({ key: t(key), values, repeated: values.length > 1 }));
}

/** A raw or urlencoded body as the text sent, or undefined. */
export function rubyBodyText(request: PreparedRequest): RequestText | undefined {
  const body = request.body;
  return body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined;
}

/** Credentials holding placeholders, for the client's own basic auth (encoded when the snippet runs). */
export interface RubyBasicAuth {
  username: RequestText;
  password: RequestText;
}

export const rubyBasicAuth = (request: PreparedRequest): RubyBasicAuth | undefined =>
  request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) };

/**
 * A method as a Ruby Symbol (`:get`) when the client knows it by name, else its name as a String
 * literal (`"PURGE"`), which the template turns into what the client takes.
 */
export interface RubyMethod {
  symbol: string | undefined;
  name: RequestText;
}

export function rubyMethod(method: string, known: ReadonlySet<string>): RubyMethod {
  return { symbol: known.has(method) ? `:${method.toLowerCase()}` : undefined, name: t(method) };
}
