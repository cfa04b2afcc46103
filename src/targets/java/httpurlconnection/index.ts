import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import type { PreparedBody } from '../../../model/prepare.js';
import { handWrittenParts, type HandWrittenPart } from '../shared.js';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

const options = z.object({
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
  indent: sharedOptions.indent(4),
  boilerplate: sharedOptions.boilerplate('fragment'),
});
type Options = z.infer<typeof options>;

interface UrlConnectionView {
  imports: string[];
  /** A complete Main.java: the imports, class Main and main around the statements. */
  program: boolean;
  noRedirects: boolean;
  /** Milliseconds for setConnectTimeout and setReadTimeout, or undefined for none. */
  timeoutMillis: number | undefined;
  url: RequestText;
  method: RequestText;
  /** The method HttpURLConnection refuses, sent as X-HTTP-Method-Override on a POST. */
  overriddenMethod: RequestText | undefined;
  /** Sent as UTF-8 (HttpURLConnection encodes header lines so). */
  headers: { name: RequestText; value: RequestText }[];
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  /** Whether the request has a body: setDoOutput and the output stream. */
  hasBody: boolean;
  textBody: RequestText | undefined;
  fileBody: RequestText | undefined;
  parts: HandWrittenPart[] | undefined;
}

/** The methods setRequestMethod accepts; any other throws ProtocolException. */
const METHODS = new Set(['GET', 'POST', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
/** Headers HttpURLConnection drops without a word unless the JVM runs with -Dsun.net.http.allowRestrictedHeaders=true (JDK 17's list). */
const RESTRICTED = new Set([
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'content-transfer-encoding',
  'host',
  'keep-alive',
  'origin',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);

export const target: TargetDefinition<UrlConnectionView, Options> = {
  info: {
    id: 'java-httpurlconnection',
    label: 'Java HttpURLConnection',
    language: 'java',
    client: 'java.net.HttpURLConnection',
    extension: 'java',
    fence: 'java',
    clientVersion: 'Java 11+',
    prism: 'java',
    highlightjs: 'java',
    executedWith: 'OpenJDK 17.0.15 (java.net.HttpURLConnection)',
  },
  options,
  view(request, warnings, options) {
    const restricted = request.headers.filter((h) => RESTRICTED.has(h.name.toLowerCase()));
    for (const name of new Set(restricted.map((h) => h.name))) {
      warnings.push(`HttpURLConnection silently drops a ${name} header (unless the JVM runs with -Dsun.net.http.allowRestrictedHeaders=true): the snippet leaves it out.`);
    }
    const overridden = !METHODS.has(request.method);
    if (overridden) warnings.push(`HttpURLConnection refuses the method ${request.method}: the snippet sends POST with an X-HTTP-Method-Override: ${request.method} header, which many servers honour.`);
    let body: PreparedBody = request.body;
    if (body.mode !== 'none' && request.method === 'GET') {
      // Opening the output stream of a GET turns it into a POST.
      warnings.push('HttpURLConnection turns a GET with a body into a POST: the snippet sends the GET without its body.');
      body = { mode: 'none' };
    }
    // An empty body is no body: opening the output stream would add Content-Type: application/x-www-form-urlencoded.
    if (body.mode === 'raw' && body.text === '') body = { mode: 'none' };
    const parts = handWrittenParts(body);
    const headers = request.headers.filter((h) => !RESTRICTED.has(h.name.toLowerCase())).map((h) => ({ name: t(h.name), value: t(h.value) }));
    const hasBody = body.mode !== 'none';
    const imports = ['java.io.InputStream', 'java.net.HttpURLConnection', 'java.net.URL', 'java.nio.charset.StandardCharsets'];
    if (hasBody) imports.push('java.io.OutputStream');
    if (parts !== undefined) imports.push('java.io.ByteArrayOutputStream', 'java.util.UUID');
    if (body.mode === 'file' || parts?.some((p) => p.src !== undefined)) imports.push('java.nio.file.Files', 'java.nio.file.Path');
    if (request.basicAuth !== undefined) imports.push('java.util.Base64');
    return {
      program: options.boilerplate === 'program',
      imports: imports.sort(),
      noRedirects: !options.followRedirects,
      timeoutMillis: options.timeout > 0 ? Math.round(options.timeout * 1000) : undefined,
      url: t(request.fullUrl),
      method: t(overridden ? 'POST' : request.method),
      overriddenMethod: overridden ? t(request.method) : undefined,
      headers,
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      hasBody,
      textBody: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      fileBody: body.mode === 'file' ? t(body.src) : undefined,
      parts,
    };
  },
};
