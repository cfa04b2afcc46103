import { t, type RequestText } from '../../../engine/request-text.js';
import { dispositionQuoted } from '../../../model/encoding/multipart.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import { multipartBoundary } from '../../shared.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

/** A multipart part written by hand: ureq has no multipart builder. */
interface UreqPart {
  /** The part's delimiter and header lines up to the blank line that starts its content. */
  head: RequestText;
  /** A text part's value; undefined for a file part. */
  value: RequestText | undefined;
  /** A file part's path, read when the snippet runs. */
  src: RequestText | undefined;
}

interface UreqView {
  imports: string[];
  /** An Agent for a timeout or no redirects; else the crate's own functions (`ureq::get`). */
  agent: boolean;
  followRedirects: boolean;
  timeout: string | undefined;
  /** `get`, `post`, … where ureq has a function of the method's name; else an http::Request run by ureq. */
  shortcut: string | undefined;
  /** `force_send_body()`: ureq's GET, HEAD, DELETE and OPTIONS builders take no body otherwise. */
  forceBody: boolean;
  method: RequestText;
  url: RequestText;
  headers: { name: RequestText; value: RequestText }[];
  /** Credentials holding {{placeholders}}: the base64 crate encodes them when the snippet runs (ureq has no basic-auth helper). */
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  text: RequestText | undefined;
  file: RequestText | undefined;
  parts: UreqPart[] | undefined;
  hasBody: boolean;
  /** `send_empty()`: POST, PUT and PATCH builders expect a body; the others send with `call()`. */
  sendEmpty: boolean;
  /** The closing delimiter of the multipart body, and its Content-Type with the boundary. */
  multipartEnd: RequestText | undefined;
  multipartType: RequestText | undefined;
}

const SHORTCUTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const WITHOUT_BODY = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);
const STANDARD_METHODS = new Set([...SHORTCUTS, 'CONNECT', 'TRACE']);

const options = z.object({
  indent: sharedOptions.indent(4),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<UreqView, z.infer<typeof options>> = {
  info: {
    id: 'rust-ureq',
    label: 'Rust',
    language: 'rust',
    client: 'ureq',
    extension: 'rs',
    fence: 'rust',
    clientVersion: 'ureq 3 (the 2.x API differs: .set(), .send_string()); base64 0.21+ for placeholder basic auth',
    prism: 'rust',
    highlightjs: 'rust',
    executedWith: 'Rust 1.85.1, ureq 3.0.11 and base64 0.22.1 (Debian 13 crates, in a Debian 13 root)',
  },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const body = request.body;
    // ureq-proto 0.4 (ureq 3.0) checks the method against HTTP/1.1's: GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH.
    if (!STANDARD_METHODS.has(request.method)) warnings.push(`ureq 3.0 refuses the ${request.method} method ("not valid for HTTP version HTTP/1.1"): the request is not sent.`);
    const agent = !followRedirects || timeout > 0;
    const boundary = body.mode === 'formdata' ? multipartBoundary(body.params) : undefined;
    const imports: string[] = [];
    if (request.basicAuth !== undefined) imports.push('base64::Engine');
    if (timeout > 0) imports.push('std::time::Duration');
    if (agent) imports.push('ureq::Agent');
    const shortcut = SHORTCUTS.has(request.method) ? request.method.toLowerCase() : undefined;
    return {
      imports,
      agent,
      followRedirects,
      timeout: timeout === 0 ? undefined : Number.isInteger(timeout) ? `Duration::from_secs(${timeout})` : `Duration::from_secs_f64(${timeout})`,
      shortcut,
      forceBody: body.mode !== 'none' && WITHOUT_BODY.has(request.method),
      method: t(request.method),
      url: t(request.fullUrl),
      // The request builder's header() appends: repeated headers go out as separate lines.
      headers: request.headers.map((h) => ({ name: t(h.name), value: t(h.value) })),
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      text: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      file: body.mode === 'file' ? t(body.src) : undefined,
      parts: body.mode === 'formdata' ? body.params.map((field, index) => toPart(field, boundary!, index === 0)) : undefined,
      hasBody: body.mode !== 'none',
      sendEmpty: body.mode === 'none' && shortcut !== undefined && !WITHOUT_BODY.has(request.method),
      multipartEnd: boundary === undefined ? undefined : t(`\r\n--${boundary}--\r\n`),
      multipartType: boundary === undefined ? undefined : t(`multipart/form-data; boundary=${boundary}`),
    };
  },
};

function toPart(field: PreparedFormField, boundary: string, first: boolean): UreqPart {
  const fileName = field.type === 'file' ? `; filename=${dispositionQuoted(field.fileName)}` : '';
  const contentType = field.contentType ?? (field.type === 'file' ? 'application/octet-stream' : undefined);
  const head =
    `${first ? '' : '\r\n'}--${boundary}\r\nContent-Disposition: form-data; name=${dispositionQuoted(field.key)}${fileName}\r\n` +
    (contentType !== undefined ? `Content-Type: ${contentType}\r\n` : '') +
    '\r\n';
  return field.type === 'text' ? { head: t(head), value: t(field.value), src: undefined } : { head: t(head), value: undefined, src: t(field.src) };
}
