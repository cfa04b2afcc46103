import { t, type RequestText } from '../../../engine/request-text.js';
import { dispositionQuoted } from '../../../model/encoding/multipart.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import { bodyOnGetOrHead, joinRepeatedHeaders, multipartBoundary } from '../../shared.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

interface ObjcPart {
  /** The part's header lines as sent (Content-Disposition, then Content-Type if any), CRLF-separated. */
  headers: RequestText;
  /** A text part's value, sent as UTF-8; undefined for a file part. */
  value: RequestText | undefined;
  /** Set for a value with a NUL (see `textByteLength`). */
  valueByteLength: number | undefined;
  /** A file part's path, read when the snippet runs. */
  src: RequestText | undefined;
}

interface ObjcView {
  url: RequestText;
  method: RequestText;
  /** `timeoutInterval:` in seconds; undefined keeps NSURLRequest's default (60 s). */
  timeoutInterval: string | undefined;
  headers: { name: RequestText; value: RequestText }[];
  /** Credentials holding {{placeholders}}: the snippet Base64-encodes their UTF-8 when it runs. */
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  /** A text body, sent as UTF-8. */
  text: RequestText | undefined;
  /**
   * Set for text with a NUL, which an NSString literal holds only with a compiler warning: the bytes
   * are sent as `[NSData dataWithBytes:length:]` of a C literal, this many.
   */
  textByteLength: number | undefined;
  file: RequestText | undefined;
  /** Multipart parts, written by hand: Foundation has no multipart builder. */
  parts: ObjcPart[] | undefined;
  boundary: RequestText | undefined;
  /** NSURLSession fails a GET or HEAD with a body (NSURLErrorDataLengthExceedsMaximum since iOS 13 / macOS 10.15). */
  bodyRefused: boolean;
}

const options = z.object({
  indent: sharedOptions.indent(4),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<ObjcView, z.infer<typeof options>> = {
  info: {
    id: 'objc-nsurlsession',
    label: 'Objective-C',
    language: 'objectivec',
    client: 'NSURLSession',
    extension: 'm',
    fence: 'objectivec',
    clientVersion: 'Foundation NSURLSession (iOS 7+, macOS 10.9+), ARC and blocks',
    prism: 'objectivec',
    highlightjs: 'objectivec',
    shiki: 'objc',
    executedWith: 'checked statically, not run: tree-sitter objc parse, clang 14 -fsyntax-only against GNUstep Foundation plus Apple\'s NSURLSession declarations, escaping and literal tests',
    staticOnly: "no NSURLSession on Linux: Debian's GNUstep Foundation is built without it (GS_HAVE_NSURLSESSION 0) and Apple's Foundation runs only on Apple platforms",
  },
  options,
  view(request, warnings, { timeout }) {
    const bodyRefused = bodyOnGetOrHead(request);
    if (bodyRefused) warnings.push(`NSURLSession fails a ${request.method} request that has a body (NSURLErrorDataLengthExceedsMaximum): the snippet sends it without the body.`);
    const body = bodyRefused ? { mode: 'none' as const } : request.body;
    // NSMutableURLRequest keeps one value per header name (addValue: joins repeats with ","): join them ourselves with ", ".
    const headers = joinRepeatedHeaders(request.headers, 'NSMutableURLRequest', warnings);
    const text = body.mode === 'raw' ? body.text : body.mode === 'urlencoded' ? body.encoded : undefined;
    return {
      url: t(request.fullUrl),
      method: t(request.method),
      timeoutInterval: timeout === 0 ? undefined : String(timeout),
      headers: headers.map((h) => ({ name: t(h.name), value: t(h.value) })),
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      text: text === undefined ? undefined : t(text),
      textByteLength: byteLengthWithNul(text),
      file: body.mode === 'file' ? t(body.src) : undefined,
      parts: body.mode === 'formdata' ? body.params.map(part) : undefined,
      boundary: body.mode === 'formdata' ? t(multipartBoundary(body.params)) : undefined,
      bodyRefused,
    };
  },
};

const byteLengthWithNul = (text: string | undefined) => (text?.includes('\0') ? Buffer.byteLength(text) : undefined);

function part(field: PreparedFormField): ObjcPart {
  const fileName = field.type === 'file' ? `; filename=${dispositionQuoted(field.fileName)}` : '';
  const contentType = field.contentType ?? (field.type === 'file' ? 'application/octet-stream' : undefined);
  const headers = t(`Content-Disposition: form-data; name=${dispositionQuoted(field.key)}${fileName}` + (contentType !== undefined ? `\r\nContent-Type: ${contentType}` : ''));
  return field.type === 'text'
    ? { headers, value: t(field.value), valueByteLength: byteLengthWithNul(field.value), src: undefined }
    : { headers, value: undefined, valueByteLength: undefined, src: t(field.src) };
}
