import { t, type RequestText } from '../engine/request-text.js';
import { hasPlaceholder } from '../model/placeholders.js';
import type { PreparedRequest } from '../model/prepare.js';
import { multipartPart, type HandWrittenPart } from './hand-written-multipart.js';
import * as z from 'zod';
import { multipartBoundary } from './shared.js';
import { sharedOptions } from './options.js';

/**
 * What the Elixir and Erlang clients share: both call Erlang's `httpc` (inets, OTP 25), and differ
 * only in syntax.
 */

/** The methods `httpc:request/4` accepts (any other is `{error, invalid_method}`). */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE']);
/** The methods whose request tuple carries a body; the others refuse one (`{error, invalid_request}`), and these refuse to go without. */
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface HttpcView {
  /** The method as an `httpc` atom. */
  method: string;
  /** The model's method is not one `httpc` sends: the request goes as POST with X-HTTP-Method-Override. */
  overriddenMethod: RequestText | undefined;
  url: RequestText;
  /** httpc refuses '{' and '}' in a URL: the braces of {{placeholders}} in the path and query go percent-encoded when the snippet runs. */
  encodeBraces: boolean;
  /** Header names and values; Content-Type is not among them (httpc takes it apart). */
  headers: { name: RequestText; value: RequestText }[];
  /** Credentials holding {{placeholders}}: Base64-encoded when the snippet runs. */
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  hasHeaders: boolean;
  /** The request tuple has a body: `{Url, Headers, ContentType, Body}`. */
  withBody: boolean;
  contentType: RequestText;
  /** A text body (raw or urlencoded), sent as UTF-8. */
  text: RequestText | undefined;
  file: RequestText | undefined;
  /** A multipart body written by hand: httpc has no multipart encoder. */
  multipart: { boundary: string; parts: HandWrittenPart[] } | undefined;
  /** The body the model gives a GET, HEAD, OPTIONS or TRACE, which httpc refuses: left out. */
  bodyRefused: boolean;
  /** `ssl` must be started for an https URL (or one whose scheme is a placeholder). */
  startSsl: boolean;
  /** HTTPOptions: `timeout` in milliseconds, `autoredirect`. */
  timeoutMs: number;
  noRedirects: boolean;
}

/** The options of an httpc client, whose code is indented by `indent` spaces by default. */
export const httpcOptions = (indent: number) =>
  z.object({
    indent: sharedOptions.indent(indent),
    followRedirects: sharedOptions.followRedirects(true),
    timeout: sharedOptions.timeout(),
  });

export type HttpcOptions = z.infer<ReturnType<typeof httpcOptions>>;

export function httpcView(request: PreparedRequest, warnings: string[], { followRedirects, timeout }: HttpcOptions): HttpcView {
  const known = METHODS.has(request.method);
  const method = known ? request.method : 'POST';
  if (!known) warnings.push(`httpc sends only GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS and TRACE: the ${request.method} request goes as POST with X-HTTP-Method-Override: ${request.method}.`);
  const withBody = WITH_BODY.has(method);
  const bodyRefused = request.body.mode !== 'none' && !withBody;
  if (bodyRefused) warnings.push(`httpc refuses a body on a ${method} request: the snippet sends it without the body.`);
  const body = bodyRefused ? ({ mode: 'none' } as const) : request.body;

  const typeHeaders = request.headers.filter((h) => h.name.toLowerCase() === 'content-type');
  if (typeHeaders.length > 1) warnings.push('httpc sends one Content-Type: the first one is sent.');
  let contentType = typeHeaders[0]?.value ?? '';
  let multipart: HttpcView['multipart'];
  if (body.mode === 'formdata') {
    const boundary = multipartBoundary(body.params);
    multipart = { boundary, parts: body.params.map(multipartPart) };
    contentType = `multipart/form-data; boundary=${boundary}`;
  }
  const emptyBody = body.mode === 'none' || (body.mode === 'raw' && body.text === '');
  if (contentType === '' && !emptyBody) {
    warnings.push('httpc writes a Content-Type header on every request with a body: as the request has none, it is sent empty.');
  }
  if (!withBody && typeHeaders.length > 0) warnings.push(`httpc sends a Content-Type only with a body: the ${method} request goes without it.`);

  const headers = request.headers.filter((h) => h.name.toLowerCase() !== 'content-type');
  if (!known) headers.push({ name: 'X-HTTP-Method-Override', value: request.method });
  const scheme = request.url.scheme?.toLowerCase();
  return {
    method: method.toLowerCase(),
    overriddenMethod: known ? undefined : t(request.method),
    url: t(request.fullUrl),
    encodeBraces: hasPlaceholder(request.fullUrl.slice(request.origin.length)),
    headers: headers.map((h) => ({ name: t(h.name), value: t(h.value) })),
    hasHeaders: headers.length > 0 || request.basicAuth !== undefined,
    basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
    withBody,
    contentType: t(contentType),
    text: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
    file: body.mode === 'file' ? t(body.src) : undefined,
    multipart,
    bodyRefused,
    startSsl: scheme !== 'http',
    timeoutMs: Math.round(timeout * 1000),
    noRedirects: !followRedirects,
  };
}
