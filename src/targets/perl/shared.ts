import { t, type RequestText } from '../../engine/request-text.js';
import type { PreparedFormField, PreparedRequest } from '../../model/prepare.js';
import type { Header } from '../../model/schema.js';

/**
 * The view pieces the Perl clients (LWP, HTTP::Tiny, Mojo::UserAgent) share. Every string is a byte
 * string of UTF-8 (src/targets/perl/escape.ts): the snippets have no `use utf8`, so the clients send the bytes
 * the reader typed.
 */

/** A header name with its values in order: HTTP::Tiny and Mojo take an array reference for repeats. */
export interface PerlHeaderValues {
  name: RequestText;
  values: RequestText[];
  repeated: boolean;
}

/** The headers grouped by name (case-insensitively), at the first occurrence, keeping each value. */
export function perlHeaderValues(headers: readonly Header[]): PerlHeaderValues[] {
  const byName = new Map<string, { name: string; values: string[] }>();
  for (const { name, value } of headers) {
    const entry = byName.get(name.toLowerCase()) ?? { name, values: [] };
    entry.values.push(value);
    byName.set(name.toLowerCase(), entry);
  }
  return [...byName.values()].map(({ name, values }) => ({ name: t(name), values: values.map(t), repeated: values.length > 1 }));
}

/** A raw or urlencoded body as the text sent (urlencoded: the encoded form, byte for byte). */
export function perlBodyText(request: PreparedRequest): RequestText | undefined {
  const body = request.body;
  return body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined;
}

export interface PerlPart {
  key: RequestText;
  /** Text part: its value. */
  value: RequestText | undefined;
  /** File part: the path read and the file name sent. */
  src: RequestText | undefined;
  fileName: RequestText | undefined;
  contentType: RequestText | undefined;
  /** The part's Content-Disposition value, for clients that write it themselves. */
  disposition: RequestText;
}

export function perlParts(request: PreparedRequest): PerlPart[] | undefined {
  const body = request.body;
  return body.mode === 'formdata' ? body.params.map(perlPart) : undefined;
}

/** Names are already WHATWG-encoded by the model (no `"`, CR or LF): they go between quotes as they are. */
function perlPart(field: PreparedFormField): PerlPart {
  const contentType = field.contentType === undefined ? undefined : t(field.contentType);
  const disposition = `form-data; name="${field.key}"` + (field.type === 'file' ? `; filename="${field.fileName}"` : '');
  return field.type === 'text'
    ? { key: t(field.key), value: t(field.value), src: undefined, fileName: undefined, contentType, disposition: t(disposition) }
    : { key: t(field.key), value: undefined, src: t(field.src), fileName: t(field.fileName), contentType, disposition: t(disposition) };
}

/** Credentials holding placeholders, Base64-encoded when the program runs (MIME::Base64 is core Perl). */
export function perlBasicAuth(request: PreparedRequest): { credentials: RequestText } | undefined {
  const auth = request.basicAuth;
  return auth === undefined ? undefined : { credentials: t(`${auth.username}:${auth.password}`) };
}
