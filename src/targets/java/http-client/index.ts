import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { sharedOptions } from '../../options.js';
import { isNonAscii } from '../../shared.js';
import type { TargetDefinition } from '../../types.js';
import { bracesInUrl, durationOf, handWrittenParts, type HandWrittenPart } from '../shared.js';

const options = z.object({
  followRedirects: sharedOptions.followRedirects(false),
  timeout: sharedOptions.timeout(),
  indent: sharedOptions.indent(4),
  boilerplate: sharedOptions.boilerplate('fragment'),
});
type Options = z.infer<typeof options>;

interface HttpClientView {
  imports: string[];
  /** A complete Main.java: the imports, class Main and main around the statements. */
  program: boolean;
  followRedirects: boolean;
  /** `Duration.ofSeconds(10)`, or undefined for no timeout. */
  timeout: string | undefined;
  url: RequestText;
  method: RequestText;
  /** The URL holds {{placeholders}} past its origin, whose braces java.net.URI refuses: they are percent-encoded when the program runs. */
  encodeBraces: boolean;
  headers: { name: RequestText; value: RequestText }[];
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  /** `.GET()`: a GET without a body. */
  plainGet: boolean;
  textBody: RequestText | undefined;
  fileBody: RequestText | undefined;
  parts: HandWrittenPart[] | undefined;
}

/** Headers java.net.http refuses to set (IllegalArgumentException): it writes them itself (JDK 12+). */
const RESTRICTED = new Set(['connection', 'content-length', 'expect', 'host', 'upgrade']);

export const target: TargetDefinition<HttpClientView, Options> = {
  info: {
    id: 'java-http-client',
    label: 'Java HttpClient',
    language: 'java',
    client: 'java.net.http.HttpClient',
    extension: 'java',
    fence: 'java',
    clientVersion: 'Java 11+',
    prism: 'java',
    highlightjs: 'java',
    executedWith: 'OpenJDK 17.0.15 (java.net.http)',
  },
  options,
  view(request, warnings, options) {
    const restricted = request.headers.filter((h) => RESTRICTED.has(h.name.toLowerCase()));
    for (const name of new Set(restricted.map((h) => h.name))) warnings.push(`java.net.http refuses to set a ${name} header (it writes it itself): the snippet leaves it out.`);
    const headers = request.headers.filter((h) => !RESTRICTED.has(h.name.toLowerCase()) && !isNonAscii(h.value)).map((h) => ({ name: t(h.name), value: t(h.value) }));
    // It refuses values with characters above U+00FF and writes the others as US-ASCII ("?" for the rest).
    const nonAscii = request.headers.filter((h) => isNonAscii(h.value));
    for (const { name } of nonAscii) warnings.push(`java.net.http cannot send the non-ASCII value of the ${name} header (it refuses characters above U+00FF and sends the others as "?"): the snippet leaves it out.`);
    const body = request.body;
    const parts = handWrittenParts(body);
    const imports = ['java.net.URI', 'java.net.http.HttpClient', 'java.net.http.HttpRequest', 'java.net.http.HttpResponse'];
    const usesCharset = body.mode === 'raw' || body.mode === 'urlencoded' || parts !== undefined || request.basicAuth !== undefined;
    if (parts !== undefined) imports.push('java.io.ByteArrayOutputStream');
    if (usesCharset) imports.push('java.nio.charset.StandardCharsets');
    if (body.mode === 'file' || parts?.some((p) => p.src !== undefined)) imports.push('java.nio.file.Files', 'java.nio.file.Path');
    if (options.timeout > 0) imports.push('java.time.Duration');
    if (request.basicAuth !== undefined) imports.push('java.util.Base64');
    if (parts !== undefined) imports.push('java.util.UUID');
    return {
      program: options.boilerplate === 'program',
      imports: imports.sort(),
      followRedirects: options.followRedirects,
      timeout: options.timeout > 0 ? durationOf(options.timeout) : undefined,
      url: t(request.fullUrl),
      encodeBraces: bracesInUrl(request),
      method: t(request.method),
      headers,
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      plainGet: request.method === 'GET' && body.mode === 'none',
      textBody: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      fileBody: body.mode === 'file' ? t(body.src) : undefined,
      parts,
    };
  },
};
