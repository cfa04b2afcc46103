import { t, type RequestText } from '../engine/request-text.js';
import type { PreparedRequest } from '../model/prepare.js';

/**
 * What libcurl's C API (c-libcurl) and its C++ wrapper curlpp (cpp-curlpp) share: the options that
 * pick the method and the header lines, both handed to the same easy handle.
 */
export interface CurlMethod {
  /** CURLOPT_CUSTOMREQUEST, when the method is not the one libcurl picks from the body (GET, or POST with fields). */
  customRequest: RequestText | undefined;
  /** HEAD is CURLOPT_NOBODY: a custom "HEAD" would make libcurl wait for a response body. */
  head: boolean;
  /** `Content-Type:` (removed): libcurl gives POSTFIELDS application/x-www-form-urlencoded when the model has no type. */
  dropDefaultType: boolean;
  /**
   * `Expect:` (removed): libcurl 7.88 asks for 100-continue (and waits up to a second for it) before an
   * upload (a file body) and before a body above 1 MiB, which a multipart file may make.
   */
  dropExpect: boolean;
}

/** libcurl's EXPECT_100_THRESHOLD (lib/http.c). */
const EXPECT_THRESHOLD = 1024 * 1024;

export function curlMethod(request: PreparedRequest, warnings: string[], client: string): CurlMethod {
  const body = request.body;
  const fields = body.mode === 'raw' || body.mode === 'urlencoded';
  const head = request.method === 'HEAD';
  if (head && body.mode !== 'none') warnings.push(`${client} sends HEAD (CURLOPT_NOBODY) without a body; the request body is left out.`);
  const impliedMethod = (request.method === 'GET' && body.mode === 'none') || (request.method === 'POST' && (fields || body.mode === 'formdata'));
  const hasHeader = (name: string) => request.headers.some((h) => h.name.toLowerCase() === name);
  const large = fields ? body.byteLength > EXPECT_THRESHOLD : body.mode === 'file' || (body.mode === 'formdata' && body.params.some((p) => p.type === 'file'));
  return {
    customRequest: head || impliedMethod ? undefined : t(request.method),
    head,
    dropDefaultType: fields && !head && !hasHeader('content-type'),
    dropExpect: large && !head && !hasHeader('expect'),
  };
}

/** `Name: value` lines for libcurl's header list; `Name;` sends an empty value (`Name:` would remove the header). */
export function curlHeaderLines(request: PreparedRequest): RequestText[] {
  return request.headers.map(({ name, value }) => t(value === '' ? `${name};` : `${name}: ${value}`));
}
