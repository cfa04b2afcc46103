import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { sharedOptions } from '../../options.js';
import { hasRepeatedHeader, pythonBasicAuth, pythonHeaders, pythonParts, pythonPayload, type PythonHeader, type PythonPart } from '../shared.js';
import type { PreparedRequest } from '../../../model/prepare.js';
import type { TargetDefinition } from '../../types.js';

/** httpx's own defaults: no redirects followed, its 5 s timeout. */
export const httpxOptions = z.object({ indent: sharedOptions.indent(4), followRedirects: sharedOptions.followRedirects(false), timeout: sharedOptions.timeout() });
export type HttpxOptions = z.infer<typeof httpxOptions>;

export interface HttpxView {
  method: RequestText;
  url: RequestText;
  headers: PythonHeader[];
  /** A list of pairs keeps repeated headers (httpx sends each); a dict otherwise. */
  headerPairs: boolean;
  /** httpx encodes a str body as UTF-8. */
  payload: RequestText | undefined;
  /** Every part in `files=`, text parts as (None, value): `data=` would put the text fields before the files. */
  files: PythonPart[] | undefined;
  dataFile: RequestText | undefined;
  auth: { username: RequestText; password: RequestText } | undefined;
  /** `follow_redirects=True, timeout=10`: the options that differ from httpx's defaults, as keyword arguments. */
  clientArguments: string;
}

/** The view both httpx clients (sync and async) print: the same arguments, another call. */
export function httpxView(request: PreparedRequest, options: HttpxOptions): HttpxView {
  const body = request.body;
  return {
    method: t(request.method),
    url: t(request.fullUrl),
    headers: pythonHeaders(request.headers),
    headerPairs: hasRepeatedHeader(request),
    payload: pythonPayload(request)?.text,
    files: pythonParts(request),
    dataFile: body.mode === 'file' ? t(body.src) : undefined,
    auth: pythonBasicAuth(request),
    clientArguments: [...(options.followRedirects ? ['follow_redirects=True'] : []), ...(options.timeout > 0 ? [`timeout=${options.timeout}`] : [])].join(', '),
  };
}

export const target: TargetDefinition<HttpxView, HttpxOptions> = {
  info: { id: 'python-httpx', label: 'Python (httpx)', language: 'python', client: 'httpx', extension: 'py', fence: 'python', clientVersion: 'httpx 0.23+', prism: 'python', highlightjs: 'python', executedWith: 'Python 3.11.2 (Debian 12), httpx 0.23.3' },
  options: httpxOptions,
  view: (request, _warnings, options) => httpxView(request, options),
};
