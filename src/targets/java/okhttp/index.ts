import { t, type RequestText } from '../../../engine/request-text.js';
import { bodyOnGetOrHead, isNonAscii } from '../../shared.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

interface JavaPart {
  key: RequestText;
  /** A text part's value; undefined for a file part. */
  value: RequestText | undefined;
  fileName: RequestText | undefined;
  src: RequestText | undefined;
  /** The part's own Content-Type: given for text parts that have one, always for file parts. */
  contentType: RequestText | undefined;
}

interface JavaView {
  /** `MediaType mediaType = MediaType.parse(...)` for the body; OkHttp writes it as the Content-Type. */
  mediaType: RequestText | undefined;
  /** A text body, sent as its UTF-8 bytes. */
  textBody: RequestText | undefined;
  fileBody: RequestText | undefined;
  parts: JavaPart[] | undefined;
  /** OkHttp requires a body on POST, PUT, PATCH, PROPPATCH and REPORT: an empty one when there is none. */
  emptyBody: boolean;
  /** OkHttp refuses a body on GET and HEAD: the request goes without it. */
  bodyRefused: boolean;
  /** Whether `body` is passed to `.method(...)`, else `null`. */
  hasBody: boolean;
  url: RequestText;
  method: RequestText;
  /** `new Headers.Builder()` when a value is non-ASCII: only its `addUnsafeNonAscii` accepts one. */
  headersBuilder: boolean;
  headers: { name: RequestText; value: RequestText; nonAscii: boolean }[];
  /** `Credentials.basic(...)` in UTF-8: credentials holding placeholders, encoded when the program runs. */
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  /** `.followRedirects(false)` when false (OkHttp follows by default). */
  followRedirects: boolean;
  /** `.callTimeout(amount, TimeUnit.unit)`: whole seconds, else milliseconds. */
  timeout: { amount: number; unit: 'SECONDS' | 'MILLISECONDS' } | undefined;
  /** A complete Main.java: imports, class Main and main around the statements. */
  program: boolean;
}

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
  boilerplate: sharedOptions.boilerplate('fragment'),
});

const REQUIRES_BODY = new Set(['POST', 'PUT', 'PATCH', 'PROPPATCH', 'REPORT']);
const optional = (text: string | undefined) => (text === undefined ? undefined : t(text));

export const target: TargetDefinition<JavaView, z.infer<typeof options>> = {
  info: {
    id: 'java-okhttp',
    label: 'Java',
    language: 'java',
    client: 'OkHttp',
    extension: 'java',
    fence: 'java',
    clientVersion: 'OkHttp 3.13+ and 4.x (RequestBody.create(MediaType, ...) is deprecated but kept in 4.x)',
    prism: 'java',
    highlightjs: 'java',
    executedWith: 'OpenJDK 17, OkHttp 3.13.1 (Debian libokhttp-java)',
  },
  options,
  view(request, warnings, { followRedirects, timeout, boilerplate }) {
    const body = request.body;
    const bodyRefused = bodyOnGetOrHead(request);
    if (bodyRefused) warnings.push(`OkHttp refuses a request body on ${request.method}: the snippet sends the request without its body.`);
    const sent = bodyRefused ? { mode: 'none' as const } : body;

    // The body's media type is what OkHttp sends as Content-Type, replacing the header: it must be the
    // header's exact value, and only one that OkHttp accepts (an ASCII value, a single header).
    const contentTypes = request.headers.filter((h) => h.name.toLowerCase() === 'content-type');
    const contentType = contentTypes.length === 1 && !isNonAscii(contentTypes[0]!.value) ? contentTypes[0]!.value : undefined;
    const usesMediaType = sent.mode === 'raw' || sent.mode === 'urlencoded' || sent.mode === 'file';

    const emptyBody = sent.mode === 'none' && REQUIRES_BODY.has(request.method);
    const headersBuilder = request.headers.some((h) => isNonAscii(h.value));
    return {
      followRedirects,
      timeout: timeout === 0 ? undefined : Number.isInteger(timeout) ? { amount: timeout, unit: 'SECONDS' } : { amount: Math.max(1, Math.round(timeout * 1000)), unit: 'MILLISECONDS' },
      program: boilerplate === 'program',
      mediaType: usesMediaType ? optional(contentType) : undefined,
      textBody: sent.mode === 'raw' ? t(sent.text) : sent.mode === 'urlencoded' ? t(sent.encoded) : undefined,
      fileBody: sent.mode === 'file' ? t(sent.src) : undefined,
      parts:
        sent.mode === 'formdata'
          ? sent.params.map((f) =>
              f.type === 'text'
                ? { key: t(f.key), value: t(f.value), fileName: undefined, src: undefined, contentType: optional(f.contentType) }
                : { key: t(f.key), value: undefined, fileName: t(f.fileName), src: t(f.src), contentType: t(f.contentType ?? 'application/octet-stream') },
            )
          : undefined,
      emptyBody,
      bodyRefused,
      hasBody: sent.mode !== 'none' || emptyBody,
      url: t(request.fullUrl),
      method: t(request.method),
      headersBuilder,
      headers: request.headers.map((h) => ({ name: t(h.name), value: t(h.value), nonAscii: isNonAscii(h.value) })),
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
    };
  },
};
