import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { multipartPart, type HandWrittenPart } from '../../hand-written-multipart.js';
import { sharedOptions } from '../../options.js';
import { isNonAscii, multipartBoundary } from '../../shared.js';
import type { TargetDefinition } from '../../types.js';

/** The methods clj-http's core builds a request for (2.3 and 3.x); it throws for any other. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'COPY', 'MOVE']);
/** Apache HttpClient's HttpHead and HttpOptions carry no entity: clj-http drops their body without a word. */
const NO_BODY = new Set(['HEAD', 'OPTIONS']);

interface HeaderValue {
  text: RequestText;
  /** HttpClient writes header values as ISO-8859-1: a non-ASCII value goes as the ISO-8859-1 reading of its UTF-8 bytes. */
  utf8: boolean;
}

interface ClojureView {
  method: string;
  overridden: boolean;
  url: RequestText;
  /** One map entry per header name (clj-http sends a vector of values as repeated headers). */
  headers: { name: RequestText; values: HeaderValue[]; repeated: boolean; multipartType: boolean }[];
  utf8Headers: boolean;
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  text: RequestText | undefined;
  file: RequestText | undefined;
  /** A multipart body written by hand: clj-http's :multipart gives every text part a Content-Type and a Content-Transfer-Encoding. */
  multipart: { boundary: string; parts: HandWrittenPart[] } | undefined;
  bodyDropped: boolean;
  timeoutMs: number;
  noRedirects: boolean;
}

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<ClojureView, z.infer<typeof options>> = {
  info: {
    id: 'clojure-clj-http',
    label: 'Clojure',
    language: 'clojure',
    client: 'clj-http',
    extension: 'clj',
    fence: 'clojure',
    clientVersion: 'clj-http 3.x (also runs on 2.3, which ignores :connection-timeout)',
    prism: 'clojure',
    highlightjs: 'clojure',
    executedWith: 'Clojure 1.11.1 on OpenJDK 17.0.15, clj-http 2.3.0 with Apache HttpClient 4.5.14 (Debian 12)',
  },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const known = METHODS.has(request.method);
    if (!known) warnings.push(`clj-http sends only GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, COPY and MOVE: the ${request.method} request goes as POST with X-HTTP-Method-Override: ${request.method}.`);
    const method = known ? request.method : 'POST';
    const bodyDropped = request.body.mode !== 'none' && NO_BODY.has(method);
    if (bodyDropped) warnings.push(`clj-http sends no body with ${method}: the snippet leaves it out.`);
    const body = bodyDropped ? ({ mode: 'none' } as const) : request.body;

    const byName = new Map<string, { name: string; values: string[] }>();
    const modelHeaders = [...request.headers, ...(known ? [] : [{ name: 'X-HTTP-Method-Override', value: request.method }])];
    for (const { name, value } of modelHeaders) {
      // A map literal cannot repeat a key, and clj-http's header map does not tell names apart by case.
      const entry = byName.get(name.toLowerCase()) ?? { name, values: [] };
      entry.values.push(value);
      byName.set(name.toLowerCase(), entry);
    }
    const headers: ClojureView['headers'] = [...byName.values()].map(({ name, values }) => ({
      name: t(name),
      values: values.map((value) => ({ text: t(value), utf8: isNonAscii(value) })),
      repeated: values.length > 1,
      multipartType: false,
    }));
    let multipart: ClojureView['multipart'];
    if (body.mode === 'formdata') {
      multipart = { boundary: multipartBoundary(body.params), parts: body.params.map(multipartPart) };
      headers.push({ name: t('Content-Type'), values: [], repeated: false, multipartType: true });
    }
    const utf8Headers = headers.some((h) => h.values.some((v) => v.utf8));
    for (const { name, value } of modelHeaders) {
      // HttpCore 4 writes a header character from U+0080 to U+009F as '?': the UTF-8 bytes 0x80-0x9F cannot go out.
      if ([...Buffer.from(value, 'utf8')].some((byte) => byte >= 0x80 && byte <= 0x9f)) {
        warnings.push(`Apache HttpClient 4 (under clj-http) writes the bytes 0x80-0x9F of a header value as "?": the ${name} header's UTF-8 cannot be sent as it is.`);
      }
    }
    return {
      method: method.toLowerCase(),
      overridden: !known,
      url: t(request.fullUrl),
      headers,
      utf8Headers,
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      text: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      file: body.mode === 'file' ? t(body.src) : undefined,
      multipart,
      bodyDropped,
      timeoutMs: Math.round(timeout * 1000),
      noRedirects: !followRedirects,
    };
  },
};
