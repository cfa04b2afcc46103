import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { sharedOptions } from '../../options.js';
import { handWrittenMultipart, pythonComputedHeaders, pythonHeaders, pythonPayload, type PythonComputedHeaders, type PythonHeader, type PythonPart } from '../shared.js';
import { joinRepeatedHeaders } from '../../shared.js';
import type { TargetDefinition } from '../../types.js';

/** http.client never follows redirects, so there is no followRedirects option. */
const options = z.object({ indent: sharedOptions.indent(4), timeout: sharedOptions.timeout() });
type Options = z.infer<typeof options>;

interface HttpClientView {
  method: RequestText;
  url: RequestText;
  /** The connection class for the URL's scheme, chosen when the script runs if a placeholder stands for it. */
  connection: string;
  /** The request target from the split URL: path and query, `/` for an empty path. */
  requestTarget: string;
  headers: PythonHeader[];
  computed: PythonComputedHeaders;
  sendsHeaders: boolean;
  payload: { text: RequestText; utf8: boolean } | undefined;
  multipart: { boundary: string; parts: PythonPart[] } | undefined;
  dataFile: RequestText | undefined;
  usesPath: boolean;
  timeout: string;
}

export const target: TargetDefinition<HttpClientView, Options> = {
  info: { id: 'python-http-client', label: 'Python (http.client)', language: 'python', client: 'http.client', extension: 'py', fence: 'python', clientVersion: 'Python 3.7+', prism: 'python', highlightjs: 'python', executedWith: 'Python 3.11.2 (Debian 12), http.client' },
  options,
  view(request, warnings, options) {
    const body = request.body;
    const headers = pythonHeaders(joinRepeatedHeaders(request.headers, 'http.client', warnings));
    const computed = pythonComputedHeaders(request);
    const multipart = handWrittenMultipart(request);
    const scheme = request.url.scheme?.toLowerCase();
    const path = request.baseUrl === request.origin ? '(url.path or "/")' : 'url.path';
    return {
      method: t(request.method),
      url: t(request.fullUrl),
      connection:
        scheme === 'https' ? 'http.client.HTTPSConnection' : scheme === 'http' ? 'http.client.HTTPConnection' : '(http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)',
      requestTarget: request.queryString === '' ? path : `${path} + "?" + url.query`,
      headers,
      computed,
      sendsHeaders: headers.length > 0 || computed.basicCredentials !== undefined || computed.multipart,
      payload: pythonPayload(request),
      multipart,
      dataFile: body.mode === 'file' ? t(body.src) : undefined,
      usesPath: body.mode === 'file' || (multipart?.parts.some((p) => p.src !== undefined) ?? false),
      timeout: options.timeout > 0 ? `, timeout=${options.timeout}` : '',
    };
  },
};
