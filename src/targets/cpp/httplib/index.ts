import { t, type RequestText } from '../../../engine/request-text.js';
import { hasPlaceholder } from '../../../model/placeholders.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

/** A MultipartFormData item: text (given its byte length when it holds a NUL), or a file read into `content<number>`. */
interface HttplibPart {
  number: number;
  name: RequestText;
  text: RequestText | undefined;
  textLength: number | undefined;
  src: RequestText | undefined;
  fileName: RequestText | undefined;
  contentType: RequestText | undefined;
}

interface HttplibView {
  includes: string[];
  /** Scheme, host and port for httplib::Client; the path and query go with each call. */
  origin: RequestText;
  target: RequestText;
  headers: { name: RequestText; value: RequestText }[];
  hasHeaders: boolean;
  /** The Client method (`Post`, ...) when one sends this request; undefined: an httplib::Request given to `send`. */
  call: string | undefined;
  method: RequestText;
  /** The Content-Type argument of a Post/Put/Patch/Delete with a body ("" would make httplib send text/plain). */
  contentType: RequestText | undefined;
  /** Put and Patch have no (path, headers) form: an empty body is given. */
  emptyBodyArguments: boolean;
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  parts: HttplibPart[] | undefined;
  filesToRead: HttplibPart[];
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  followRedirects: boolean;
  timeoutMs: number | undefined;
}

const options = z.object({
  indent: sharedOptions.indent(4),
  // httplib::Client does not follow redirects unless set_follow_location(true).
  followRedirects: sharedOptions.followRedirects(false),
  timeout: sharedOptions.timeout(),
});

/** The Client methods of cpp-httplib 0.11 that take a body (Post and Put also take multipart items). */
const BODY_CALLS: Readonly<Record<string, string>> = { POST: 'Post', PUT: 'Put', PATCH: 'Patch', DELETE: 'Delete' };
const NO_BODY_CALLS: Readonly<Record<string, string>> = { ...BODY_CALLS, GET: 'Get', HEAD: 'Head', OPTIONS: 'Options' };

export const target: TargetDefinition<HttplibView, z.infer<typeof options>> = {
  info: {
    id: 'cpp-httplib',
    label: 'C++ httplib',
    language: 'cpp',
    client: 'cpp-httplib',
    extension: 'cpp',
    fence: 'cpp',
    // Later releases renamed set_url_encode (set_path_encode) and MultipartFormDataItems (UploadFormDataItems).
    clientVersion: 'cpp-httplib 0.11 to 0.19 API (set_url_encode, MultipartFormDataItems), C++11',
    prism: 'cpp',
    highlightjs: 'cpp',
    executedWith: 'cpp-httplib 0.11.4, g++ 12.2 -std=c++17 (Debian 12)',
  },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const body = request.body;
    const method = request.method;
    const call = body.mode === 'none' ? NO_BODY_CALLS[method] : body.mode === 'formdata' ? (method === 'POST' || method === 'PUT' ? BODY_CALLS[method] : undefined) : BODY_CALLS[method];
    if (body.mode === 'formdata' && call === undefined) warnings.push(`cpp-httplib builds a multipart body only for Post and Put; the ${method} request is sent without it.`);
    const parts = body.mode === 'formdata' && call !== undefined ? body.params.map(toPart) : undefined;
    const typeIndex = call !== undefined && body.mode !== 'none' && body.mode !== 'formdata' ? request.headers.findIndex((h) => h.name.toLowerCase() === 'content-type') : -1;
    const hasBody = body.mode === 'file' || ((body.mode === 'raw' || body.mode === 'urlencoded') && (body.mode === 'urlencoded' || body.text !== ''));
    if (hasBody && !request.headers.some((h) => h.name.toLowerCase() === 'content-type')) warnings.push('cpp-httplib gives a body without a Content-Type the type text/plain.');

    const headers = request.headers.filter((_, i) => i !== typeIndex).map((h) => ({ name: t(h.name), value: t(h.value) }));
    // httplib::Client keeps only scheme, host and port: a base path in the placeholder's value would be lost.
    if (hasPlaceholder(request.origin)) warnings.push(`httplib::Client takes scheme, host and port only: if ${request.origin} holds a path, move that path into the request path.`);
    const includes = new Set(['iostream']);
    if (timeout > 0) includes.add('chrono');
    if (body.mode === 'file' || parts?.some((p) => p.src !== undefined)) includes.add('fstream').add('iterator').add('string');
    return {
      includes: [...includes].sort(),
      origin: t(request.origin),
      target: t(request.path + (request.queryString === '' ? '' : `?${request.queryString}`)),
      headers,
      hasHeaders: headers.length > 0,
      call,
      method: t(method),
      contentType: call !== undefined && body.mode !== 'none' && body.mode !== 'formdata' ? t(typeIndex === -1 ? '' : request.headers[typeIndex]!.value) : undefined,
      emptyBodyArguments: body.mode === 'none' && (method === 'PUT' || method === 'PATCH'),
      body: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      parts,
      filesToRead: parts?.filter((p) => p.src !== undefined) ?? [],
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      followRedirects,
      timeoutMs: timeout > 0 ? Math.max(1, Math.round(timeout * 1000)) : undefined,
    };
  },
};

function toPart(field: PreparedFormField, index: number): HttplibPart {
  const nul = field.type === 'text' && field.value.includes('\0');
  return {
    number: index + 1,
    name: t(field.key),
    text: field.type === 'text' ? t(field.value) : undefined,
    textLength: nul ? Buffer.byteLength(field.value) : undefined,
    src: field.type === 'file' ? t(field.src) : undefined,
    fileName: t(field.type === 'file' ? field.fileName : ''),
    contentType: t(field.contentType ?? ''),
  };
}
