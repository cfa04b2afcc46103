import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { sharedOptions } from '../../options.js';
import { pythonHeaders, pythonParts, pythonPayload, type PythonHeader, type PythonPart } from '../shared.js';
import { joinRepeatedHeaders } from '../../shared.js';
import type { TargetDefinition } from '../../types.js';

/** urllib3's defaults: redirects followed, no timeout. */
const options = z.object({ indent: sharedOptions.indent(4), followRedirects: sharedOptions.followRedirects(true), timeout: sharedOptions.timeout() });
type Options = z.infer<typeof options>;

/** urllib3's request() puts `fields` into the query string for these methods; request_encode_body sends them as the body. */
const URL_ENCODING_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS']);

interface Urllib3View {
  method: RequestText;
  url: RequestText;
  /** A dict: http.client, under urllib3 1.26, writes one line per name. */
  headers: PythonHeader[];
  payload: { text: RequestText; utf8: boolean } | undefined;
  /** `fields=` as a list of pairs: order and repeated names kept; text parts with a type as (None, value, type). */
  fields: PythonPart[] | undefined;
  call: 'request' | 'request_encode_body';
  dataFile: RequestText | undefined;
  usesPath: boolean;
  /** `user:password`, encoded by urllib3.make_headers when the script runs. */
  basicAuth: RequestText | undefined;
  sendsHeaders: boolean;
  requestArguments: string;
}

export const target: TargetDefinition<Urllib3View, Options> = {
  info: { id: 'python-urllib3', label: 'Python (urllib3)', language: 'python', client: 'urllib3', extension: 'py', fence: 'python', clientVersion: 'urllib3 1.26+ (the PoolManager.request API 2.x keeps)', prism: 'python', highlightjs: 'python', executedWith: 'Python 3.11.2 (Debian 12), urllib3 1.26.12' },
  options,
  view(request, warnings, options) {
    const body = request.body;
    const fields = pythonParts(request);
    const headers = pythonHeaders(joinRepeatedHeaders(request.headers, 'urllib3', warnings));
    return {
      method: t(request.method),
      url: t(request.fullUrl),
      headers,
      sendsHeaders: headers.length > 0 || request.basicAuth !== undefined,
      payload: pythonPayload(request),
      fields,
      call: fields !== undefined && URL_ENCODING_METHODS.has(request.method) ? 'request_encode_body' : 'request',
      dataFile: body.mode === 'file' ? t(body.src) : undefined,
      usesPath: body.mode === 'file' || (fields?.some((f) => f.src !== undefined) ?? false),
      basicAuth: request.basicAuth === undefined ? undefined : t(`${request.basicAuth.username}:${request.basicAuth.password}`),
      requestArguments: [...(options.followRedirects ? [] : ['redirect=False']), ...(options.timeout > 0 ? [`timeout=${options.timeout}`] : [])].join(', '),
    };
  },
};
