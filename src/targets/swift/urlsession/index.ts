import { t, type RequestText } from '../../../engine/request-text.js';
import { dispositionQuoted } from '../../../model/encoding/multipart.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import { bodyOnGetOrHead, joinRepeatedHeaders } from '../../shared.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

interface SwiftPart {
  /** The part's header lines as sent (Content-Disposition, then Content-Type if any), CRLF-separated. */
  headers: RequestText;
  /** A text part's value, sent as UTF-8; undefined for a file part. */
  value: RequestText | undefined;
  /** A file part's path, read when the snippet runs. */
  src: RequestText | undefined;
}

interface SwiftView {
  /** A text body, sent as UTF-8. */
  text: RequestText | undefined;
  /** A file sent as the whole body. */
  file: RequestText | undefined;
  /** Multipart parts, written by hand: Foundation has no multipart builder. */
  parts: SwiftPart[] | undefined;
  /** URLSession fails a GET with a body (NSURLErrorDataLengthExceedsMaximum since iOS 13 / macOS 10.15). */
  bodyRefused: boolean;
  hasBody: boolean;
  url: RequestText;
  method: RequestText;
  headers: { name: RequestText; value: RequestText }[];
  /** Credentials holding {{placeholders}}: the snippet Base64-encodes their UTF-8 when it runs (URLRequest has no basic-auth helper). */
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  /** `timeoutInterval:` in seconds, `Double.infinity` for none. */
  timeoutInterval: string;
}


const options = z.object({
  indent: sharedOptions.indent(2),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<SwiftView, z.infer<typeof options>> = {
  info: {
    id: 'swift-urlsession',
    label: 'Swift',
    language: 'swift',
    client: 'URLSession',
    extension: 'swift',
    fence: 'swift',
    clientVersion: 'Swift 5.9+ Foundation (Apple platforms and swift-corelibs-foundation on Linux)',
    prism: 'swift',
    highlightjs: 'swift',
    executedWith: 'Swift 6.0.3 (Debian 13 root), Foundation URLSession',
  },
  options,
  view(request, warnings, { timeout }) {
    const body = request.body;
    const bodyRefused = bodyOnGetOrHead(request);
    if (bodyRefused) warnings.push(`URLSession fails a ${request.method} request that has a body (NSURLErrorDataLengthExceedsMaximum): the snippet sends it without the body.`);
    const sent = bodyRefused ? { mode: 'none' as const } : body;
    // URLRequest keeps one value per header name (addValue joins repeats with ","): join them ourselves with ", ".
    const headers = joinRepeatedHeaders(request.headers, 'URLSession', warnings);
    return {
      timeoutInterval: timeout === 0 ? 'Double.infinity' : String(timeout),
      text: sent.mode === 'raw' ? t(sent.text) : sent.mode === 'urlencoded' ? t(sent.encoded) : undefined,
      file: sent.mode === 'file' ? t(sent.src) : undefined,
      parts: sent.mode === 'formdata' ? sent.params.map(part) : undefined,
      bodyRefused,
      hasBody: sent.mode !== 'none',
      url: t(request.fullUrl),
      method: t(request.method),
      headers: headers.map((h) => ({ name: t(h.name), value: t(h.value) })),
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
    };
  },
};

function part(field: PreparedFormField): SwiftPart {
  const fileName = field.type === 'file' ? `; filename=${dispositionQuoted(field.fileName)}` : '';
  const contentType = field.contentType ?? (field.type === 'file' ? 'application/octet-stream' : undefined);
  const headers = `Content-Disposition: form-data; name=${dispositionQuoted(field.key)}${fileName}` + (contentType !== undefined ? `\r\nContent-Type: ${contentType}` : '');
  return field.type === 'text' ? { headers: t(headers), value: t(field.value), src: undefined } : { headers: t(headers), value: undefined, src: t(field.src) };
}
