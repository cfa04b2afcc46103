import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { sharedOptions } from '../../options.js';
import { isNonAscii } from '../../shared.js';
import type { TargetDefinition } from '../../types.js';

const options = z.object({
  followRedirects: sharedOptions.followRedirects(false),
  timeout: sharedOptions.timeout(),
  indent: sharedOptions.indent(4),
  boilerplate: sharedOptions.boilerplate('fragment'),
});
type Options = z.infer<typeof options>;

interface AhcPart {
  key: RequestText;
  value: RequestText | undefined;
  fileName: RequestText | undefined;
  src: RequestText | undefined;
  contentType: RequestText | undefined;
}

interface AhcView {
  imports: string[];
  /** A complete Main.java: the imports, class Main and main around the statements. */
  program: boolean;
  /** `Dsl.config()` settings; neither: `Dsl.asyncHttpClient()` with the defaults. */
  configured: boolean;
  followRedirects: boolean;
  timeoutMillis: number | undefined;
  method: RequestText;
  url: RequestText;
  /** Netty writes each char of a header value as one byte: a non-ASCII value is handed over as its UTF-8 bytes read as Latin-1. */
  headers: { name: RequestText; value: RequestText; utf8: boolean }[];
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  textBody: RequestText | undefined;
  /** A text/* Content-Type without a charset, which AsyncHttpClient extends with `; charset=UTF-8` when it builds the request: set again on the built request. */
  textContentType: RequestText | undefined;
  fileBody: RequestText | undefined;
  parts: AhcPart[] | undefined;
}

export const target: TargetDefinition<AhcView, Options> = {
  info: {
    id: 'java-async-http-client',
    label: 'Java AsyncHttpClient',
    language: 'java',
    client: 'AsyncHttpClient',
    extension: 'java',
    fence: 'java',
    clientVersion: 'AsyncHttpClient 2.x',
    prism: 'java',
    highlightjs: 'java',
    executedWith: 'OpenJDK 17.0.15, AsyncHttpClient 2.12.3 (Debian libasync-http-client-java) on Netty 4.1.48',
  },
  options,
  view(request, warnings, options) {
    const body = request.body;
    const headers = request.headers.map((h) => ({ name: t(h.name), value: t(h.value), utf8: isNonAscii(h.value) }));
    const parts =
      body.mode === 'formdata'
        ? body.params.map((f) =>
            f.type === 'text'
              ? { key: t(f.key), value: t(f.value), fileName: undefined, src: undefined, contentType: f.contentType === undefined ? undefined : t(f.contentType) }
              : { key: t(f.key), value: undefined, fileName: t(f.fileName), src: t(f.src), contentType: t(f.contentType ?? 'application/octet-stream') },
          )
        : undefined;
    const imports = ['java.nio.charset.StandardCharsets', 'org.asynchttpclient.AsyncHttpClient', 'org.asynchttpclient.Dsl', 'org.asynchttpclient.Response'];
    if (body.mode === 'file' || parts?.some((p) => p.src !== undefined)) imports.push('java.io.File');
    if (parts?.some((p) => p.src !== undefined)) imports.push('org.asynchttpclient.request.body.multipart.FilePart');
    if (parts?.some((p) => p.src === undefined && p.contentType === undefined)) imports.push('org.asynchttpclient.request.body.multipart.StringPart');
    if (parts?.some((p) => p.src === undefined && p.contentType !== undefined)) imports.push('org.asynchttpclient.request.body.multipart.ByteArrayPart');
    const contentTypes = request.headers.filter((h) => h.name.toLowerCase() === 'content-type');
    const textContentType = contentTypes.length === 1 && /^text\//i.test(contentTypes[0]!.value) && !/charset/i.test(contentTypes[0]!.value) ? contentTypes[0]!.value : undefined;
    if (textContentType !== undefined) imports.push('org.asynchttpclient.Request');
    if (request.basicAuth !== undefined) imports.push('java.util.Base64');
    return {
      program: options.boilerplate === 'program',
      imports: imports.sort(),
      configured: options.followRedirects || options.timeout > 0,
      followRedirects: options.followRedirects,
      timeoutMillis: options.timeout > 0 ? Math.round(options.timeout * 1000) : undefined,
      method: t(request.method),
      url: t(request.fullUrl),
      headers,
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      textBody: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      textContentType: textContentType === undefined ? undefined : t(textContentType),
      fileBody: body.mode === 'file' ? t(body.src) : undefined,
      parts,
    };
  },
};
