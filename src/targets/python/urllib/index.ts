import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { sharedOptions } from '../../options.js';
import { handWrittenMultipart, pythonComputedHeaders, pythonHeaders, pythonPayload, type PythonComputedHeaders, type PythonHeader, type PythonPart } from '../shared.js';
import { joinRepeatedHeaders } from '../../shared.js';
import type { TargetDefinition } from '../../types.js';

/** urlopen follows redirects (a POST turns into a GET on 301/302/303); no timeout by default. */
const options = z.object({ indent: sharedOptions.indent(4), followRedirects: sharedOptions.followRedirects(true), timeout: sharedOptions.timeout() });
type Options = z.infer<typeof options>;

/** Methods for which http.client sends Content-Length: 0 without a body. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

interface UrllibView {
  method: RequestText;
  url: RequestText;
  /** A dict (Request capitalizes each name: `X-api-key`, the same header). */
  headers: PythonHeader[];
  computed: PythonComputedHeaders;
  sendsHeaders: boolean;
  /** urllib takes bytes only: the text is always encoded (UTF-8). */
  payload: RequestText | undefined;
  multipart: { boundary: string; parts: PythonPart[] } | undefined;
  dataFile: RequestText | undefined;
  usesPath: boolean;
  followRedirects: boolean;
  timeout: string;
}

export const target: TargetDefinition<UrllibView, Options> = {
  info: { id: 'python-urllib', label: 'Python (urllib)', language: 'python', client: 'urllib.request', extension: 'py', fence: 'python', clientVersion: 'Python 3.6+', prism: 'python', highlightjs: 'python', executedWith: 'Python 3.11.2 (Debian 12), urllib.request' },
  options,
  view(request, warnings, options) {
    const body = request.body;
    const headers = pythonHeaders(joinRepeatedHeaders(request.headers, 'urllib', warnings));
    const computed = pythonComputedHeaders(request);
    const multipart = handWrittenMultipart(request);
    let payload = pythonPayload(request)?.text;
    if (body.mode === 'raw' && body.text === '' && !request.headers.some((h) => h.name.toLowerCase() === 'content-type')) {
      // urllib gives any data, b"" too, Content-Type: application/x-www-form-urlencoded; without data http.client still announces an empty body for these methods.
      payload = undefined;
      if (!BODY_METHODS.has(request.method)) warnings.push(`urllib sends an empty ${request.method} body with Content-Type: application/x-www-form-urlencoded, or no body at all; the snippet sends none.`);
    }
    return {
      method: t(request.method),
      url: t(request.fullUrl),
      headers,
      computed,
      sendsHeaders: headers.length > 0 || computed.basicCredentials !== undefined || computed.multipart,
      payload,
      multipart,
      dataFile: body.mode === 'file' ? t(body.src) : undefined,
      usesPath: body.mode === 'file' || (multipart?.parts.some((p) => p.src !== undefined) ?? false),
      followRedirects: options.followRedirects,
      timeout: options.timeout > 0 ? `, timeout=${options.timeout}` : '',
    };
  },
};
