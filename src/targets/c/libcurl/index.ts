import { t, type RequestText } from '../../../engine/request-text.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { curlHeaderLines, curlMethod, type CurlMethod } from '../../libcurl-shared.js';

/** A curl_mime part: text (with its byte length when it holds a NUL) or a file read by libcurl. */
interface MimePart {
  name: RequestText;
  text: RequestText | undefined;
  /** The value's byte length when it holds a NUL; CURL_ZERO_TERMINATED otherwise. */
  textLength: number | undefined;
  file: { src: RequestText; fileName: RequestText } | undefined;
  contentType: RequestText | undefined;
}

interface LibcurlView extends CurlMethod {
  url: RequestText;
  /** `Name: value` lines for curl_slist_append, `Name;` for an empty value (libcurl's way to send one). */
  headerLines: RequestText[];
  /** Whether the program builds a header list at all. */
  headerList: boolean;
  /** A text body, sent from a char array with its size (a NUL inside cannot end it early). */
  body: RequestText | undefined;
  /** A file sent as the whole body (CURLOPT_UPLOAD with CURLOPT_READDATA). */
  bodyFile: RequestText | undefined;
  parts: MimePart[] | undefined;
  /** CURLOPT_USERNAME and CURLOPT_PASSWORD: credentials holding placeholders, encoded when the program runs. */
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  followRedirects: boolean;
  timeoutMs: number | undefined;
}

const options = z.object({
  indent: sharedOptions.indent(4),
  // libcurl does not follow redirects unless asked (CURLOPT_FOLLOWLOCATION).
  followRedirects: sharedOptions.followRedirects(false),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<LibcurlView, z.infer<typeof options>> = {
  info: {
    id: 'c-libcurl',
    label: 'C',
    language: 'c',
    client: 'libcurl',
    extension: 'c',
    fence: 'c',
    clientVersion: 'libcurl 7.56+ (curl_mime), C99',
    prism: 'c',
    highlightjs: 'c',
    executedWith: 'libcurl 7.88.1, gcc 12.2 (Debian 12)',
  },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const body = request.body;
    const method = curlMethod(request, warnings, 'libcurl');
    const headerLines = curlHeaderLines(request);
    return {
      ...method,
      url: t(request.fullUrl),
      headerLines,
      headerList: headerLines.length > 0 || method.dropDefaultType || method.dropExpect,
      body: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      parts: body.mode === 'formdata' ? body.params.map(toPart) : undefined,
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      followRedirects,
      timeoutMs: timeout > 0 ? Math.max(1, Math.round(timeout * 1000)) : undefined,
    };
  },
};

function toPart(field: PreparedFormField): MimePart {
  const nul = field.type === 'text' && field.value.includes('\0');
  return {
    name: t(field.key),
    text: field.type === 'text' ? t(field.value) : undefined,
    textLength: nul ? Buffer.byteLength(field.value) : undefined,
    file: field.type === 'file' ? { src: t(field.src), fileName: t(field.fileName) } : undefined,
    contentType: field.contentType === undefined ? undefined : t(field.contentType),
  };
}
