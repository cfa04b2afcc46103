import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { sharedOptions } from '../../options.js';
import { hasRepeatedHeader, pythonBasicAuth, pythonHeaders, pythonParts, pythonPayload, type PythonHeader, type PythonPart } from '../shared.js';
import type { TargetDefinition } from '../../types.js';

/** aiohttp's defaults: redirects followed, its 5-minute total timeout. */
const options = z.object({ indent: sharedOptions.indent(4), followRedirects: sharedOptions.followRedirects(true), timeout: sharedOptions.timeout() });
type Options = z.infer<typeof options>;

const AUTO_TYPED_METHODS = new Set(['POST', 'PUT', 'PATCH']);

interface AiohttpView {
  method: RequestText;
  url: RequestText;
  /** aiohttp writes header values as UTF-8; a list of pairs keeps repeated headers. */
  headers: PythonHeader[];
  headerPairs: boolean;
  payload: RequestText | undefined;
  parts: PythonPart[] | undefined;
  /**
   * FormData sends text fields alone urlencoded; a content type on the first one makes it multipart.
   * `text/plain; charset=utf-8` is what aiohttp writes on every text part of a multipart body anyway.
   */
  forceMultipart: boolean;
  dataFile: RequestText | undefined;
  auth: { username: RequestText; password: RequestText; utf8: boolean } | undefined;
  /** aiohttp gives a body without a type, or a POST, PUT or PATCH without a body, a Content-Type of its own (application/octet-stream, or a guess from a file name). */
  skipContentType: boolean;
  requestArguments: string;
}

export const target: TargetDefinition<AiohttpView, Options> = {
  info: { id: 'python-aiohttp', label: 'Python (aiohttp)', language: 'python', client: 'aiohttp', extension: 'py', fence: 'python', clientVersion: 'aiohttp 3.8+', prism: 'python', highlightjs: 'python', executedWith: 'Python 3.11.2 (Debian 12), aiohttp 3.8.4' },
  options,
  view(request, _warnings, options) {
    const body = request.body;
    const parts = pythonParts(request);
    const hasContentType = request.headers.some((h) => h.name.toLowerCase() === 'content-type');
    const forceMultipart = parts !== undefined && !parts.some((p) => p.src !== undefined || p.contentType !== undefined);
    return {
      method: t(request.method),
      url: t(request.fullUrl),
      headers: pythonHeaders(request.headers),
      headerPairs: hasRepeatedHeader(request),
      payload: pythonPayload(request)?.text,
      parts: parts?.map((part, i) => (forceMultipart && i === 0 ? { ...part, contentType: t('text/plain; charset=utf-8') } : part)),
      forceMultipart,
      dataFile: body.mode === 'file' ? t(body.src) : undefined,
      auth: pythonBasicAuth(request),
      skipContentType: !hasContentType && (body.mode === 'raw' || body.mode === 'file' || (body.mode === 'none' && AUTO_TYPED_METHODS.has(request.method))),
      requestArguments: [...(options.followRedirects ? [] : ['allow_redirects=False']), ...(options.timeout > 0 ? [`timeout=aiohttp.ClientTimeout(total=${options.timeout})`] : [])].join(', '),
    };
  },
};
