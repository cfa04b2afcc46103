import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { bracesInUrl } from '../shared.js';
import { sharedOptions } from '../../options.js';
import { isNonAscii } from '../../shared.js';
import type { TargetDefinition } from '../../types.js';

const options = z.object({
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
  indent: sharedOptions.indent(4),
  boilerplate: sharedOptions.boilerplate('fragment'),
});
type Options = z.infer<typeof options>;

interface ApachePart {
  key: RequestText;
  value: RequestText | undefined;
  fileName: RequestText | undefined;
  src: RequestText | undefined;
  /** A text part's own Content-Type, a file part's (or application/octet-stream). */
  contentType: RequestText | undefined;
}

interface ApacheView {
  imports: string[];
  /** A complete Main.java: the imports, class Main and main around the statements. */
  program: boolean;
  /** `HttpClients.custom()` with the settings below; else `HttpClients.createDefault()`. */
  customClient: boolean;
  noRedirects: boolean;
  /** A non-ASCII header value: the connections write header lines in UTF-8. */
  utf8Headers: boolean;
  /** `Timeout.ofSeconds(10)`, or undefined for none. */
  timeout: string | undefined;
  method: RequestText;
  url: RequestText;
  encodeBraces: boolean;
  headers: { name: RequestText; value: RequestText }[];
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  textBody: RequestText | undefined;
  /** An empty raw body: an entity without a content type, sent with Content-Length: 0. */
  emptyBody: boolean;
  fileBody: RequestText | undefined;
  parts: ApachePart[] | undefined;
}

/** A timeout in seconds as an org.apache.hc.core5.util.Timeout factory call. */
const timeoutOf = (seconds: number) => (Number.isInteger(seconds) ? `Timeout.ofSeconds(${seconds})` : `Timeout.ofMilliseconds(${Math.round(seconds * 1000)})`);

export const target: TargetDefinition<ApacheView, Options> = {
  info: {
    id: 'java-apache-httpclient5',
    label: 'Java Apache HttpClient',
    language: 'java',
    client: 'Apache HttpClient 5',
    extension: 'java',
    fence: 'java',
    clientVersion: 'Apache HttpClient 5.2+ (classic API)',
    prism: 'java',
    highlightjs: 'java',
    executedWith: 'OpenJDK 17.0.15, Apache HttpClient 5.2.1 (Debian libhttpclient5-java)',
  },
  options,
  view(request, warnings, options) {
    const body = request.body;
    const headers = request.headers.map((h) => ({ name: t(h.name), value: t(h.value) }));
    const utf8Headers = request.headers.some((h) => isNonAscii(h.value));
    // A StringEntity brings a Content-Type of its own when the request has none: an empty body has none.
    const emptyBody = body.mode === 'raw' && body.text === '';
    const textBody = body.mode === 'raw' && body.text !== '' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined;
    const parts =
      body.mode === 'formdata'
        ? body.params.map((f) =>
            f.type === 'text'
              ? { key: t(f.key), value: t(f.value), fileName: undefined, src: undefined, contentType: f.contentType === undefined ? undefined : t(f.contentType) }
              : { key: t(f.key), value: undefined, fileName: t(f.fileName), src: t(f.src), contentType: t(f.contentType ?? 'application/octet-stream') },
          )
        : undefined;
    const imports = ['org.apache.hc.client5.http.impl.classic.CloseableHttpClient', 'org.apache.hc.client5.http.impl.classic.HttpClients', 'org.apache.hc.core5.http.ClassicHttpRequest', 'org.apache.hc.core5.http.io.entity.EntityUtils', 'org.apache.hc.core5.http.io.support.ClassicRequestBuilder', 'java.nio.charset.StandardCharsets'];
    if (textBody !== undefined) imports.push('org.apache.hc.core5.http.io.entity.StringEntity');
    if (emptyBody) imports.push('org.apache.hc.core5.http.io.entity.ByteArrayEntity');
    if (utf8Headers) imports.push('org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory', 'org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder', 'org.apache.hc.core5.http.config.CharCodingConfig');
    if (body.mode === 'file') imports.push('org.apache.hc.core5.http.ContentType', 'org.apache.hc.core5.http.io.entity.FileEntity', 'java.io.File');
    if (parts !== undefined) imports.push('org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder', 'org.apache.hc.core5.http.ContentType');
    if (parts?.some((p) => p.src !== undefined)) imports.push('java.io.File');
    if (options.timeout > 0) imports.push('org.apache.hc.client5.http.config.RequestConfig', 'org.apache.hc.core5.util.Timeout');
    if (request.basicAuth !== undefined) imports.push('java.util.Base64');
    return {
      program: options.boilerplate === 'program',
      imports: [...new Set(imports)].sort(),
      customClient: !options.followRedirects || options.timeout > 0 || utf8Headers,
      noRedirects: !options.followRedirects,
      utf8Headers,
      timeout: options.timeout > 0 ? timeoutOf(options.timeout) : undefined,
      method: t(request.method),
      url: t(request.fullUrl),
      encodeBraces: bracesInUrl(request),
      headers,
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      textBody,
      emptyBody,
      fileBody: body.mode === 'file' ? t(body.src) : undefined,
      parts,
    };
  },
};
