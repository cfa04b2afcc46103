import { t, type RequestText } from '../../../engine/request-text.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import { isNonAscii, joinRepeatedHeaders } from '../../shared.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

/** A multipart text part sent through `request.fields` (a Map: name, value, nothing else). */
interface DartField {
  key: RequestText;
  value: RequestText;
}

/** A part sent as a `MultipartFile`: a file read from its path, or a text part that needs its own Content-Type. */
interface DartFile {
  key: RequestText;
  /** A file part's path; undefined for text. */
  src: RequestText | undefined;
  /** A file part's name as sent. */
  fileName: RequestText | undefined;
  /** A text part's value, sent as UTF-8. */
  value: RequestText | undefined;
  /** Undefined for a file part without one (package:http sends application/octet-stream). */
  contentType: RequestText | undefined;
}

interface DartView {
  method: RequestText;
  url: RequestText;
  headers: { name: RequestText; value: RequestText }[];
  /** Credentials holding {{placeholders}}: the snippet Base64-encodes their UTF-8 when it runs. */
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  /** A text body, sent as its UTF-8 bytes (`bodyBytes`: the `body` setter would add a charset to the Content-Type). */
  text: RequestText | undefined;
  file: RequestText | undefined;
  multipart: { fields: DartField[]; files: DartFile[] } | undefined;
  /** package:http_parser's MediaType, for a part's own Content-Type. */
  mediaType: boolean;
  /** dart:convert, for utf8 and base64. */
  convert: boolean;
  /** dart:io, to read a file sent as the whole body. */
  io: boolean;
  /** Whether any dart: library is imported (a blank line then parts them from the packages). */
  sdkImports: boolean;
  followRedirects: boolean;
  /** `Duration(...)` arguments of the `.timeout()` on the send; undefined for none. */
  timeout: string | undefined;
}

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<DartView, z.infer<typeof options>> = {
  info: {
    id: 'dart-http',
    label: 'Dart',
    language: 'dart',
    client: 'http',
    extension: 'dart',
    fence: 'dart',
    clientVersion: 'package:http 1.x (Dart 3)',
    prism: 'dart',
    highlightjs: 'dart',
    executedWith: 'checked statically, not run: a Dart lexer written from the language specification (strings, comments, brackets), escaping and literal tests',
    staticOnly: 'no Dart SDK in Debian 12 or on npm, and no registry this project reaches serves one',
  },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const body = request.body;
    // BaseRequest.headers is a Map with case-insensitive keys: one value per name.
    // dart:io throws a FormatException for a header value with a character beyond ASCII (HttpHeaders' value check).
    const headers = joinRepeatedHeaders(request.headers, 'package:http', warnings).filter(({ name, value }) => {
      if (!isNonAscii(value)) return true;
      warnings.push(`dart:io refuses a header value with a character outside ASCII (FormatException): the ${name} header is left out.`);
      return false;
    });
    const multipart = body.mode === 'formdata' ? multipartParts(body.params, body.hasRepeatedKeys, warnings) : undefined;
    const convert = body.mode === 'raw' || body.mode === 'urlencoded' || request.basicAuth !== undefined || (multipart?.files.some((f) => f.value !== undefined) ?? false);
    return {
      method: t(request.method),
      url: t(request.fullUrl),
      headers: headers.map((h) => ({ name: t(h.name), value: t(h.value) })),
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      text: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      file: body.mode === 'file' ? t(body.src) : undefined,
      multipart,
      mediaType: multipart?.files.some((f) => f.contentType !== undefined) ?? false,
      convert,
      io: body.mode === 'file',
      sdkImports: convert || body.mode === 'file',
      followRedirects,
      timeout: timeout === 0 ? undefined : Number.isInteger(timeout) ? `seconds: ${timeout}` : `milliseconds: ${Math.round(timeout * 1000)}`,
    };
  },
};

/**
 * Text parts go to `request.fields`, but a Map holds one value per name and no Content-Type: those
 * parts become MultipartFiles. MultipartRequest writes every field before every file.
 */
function multipartParts(params: readonly PreparedFormField[], hasRepeatedKeys: boolean, warnings: string[]): { fields: DartField[]; files: DartFile[] } {
  const fields: DartField[] = [];
  const files: DartFile[] = [];
  let fieldAfterFile = false;
  for (const field of params) {
    const repeated = hasRepeatedKeys && params.filter((p) => p.key === field.key).length > 1;
    if (field.type === 'text' && field.contentType === undefined && !repeated) {
      fields.push({ key: t(field.key), value: t(field.value) });
      fieldAfterFile ||= files.length > 0;
      if (isNonAscii(field.value)) warnings.push(`package:http gives the non-ASCII text field ${JSON.stringify(field.key)} a Content-Type: text/plain; charset=utf-8 of its own.`);
    } else if (field.type === 'text') {
      const firstOfItsName = !files.some((f) => f.key.text === field.key);
      if (field.contentType === undefined && firstOfItsName) warnings.push(`The repeated text field ${JSON.stringify(field.key)} is sent as a MultipartFile (request.fields holds one value per name), which gives it Content-Type: application/octet-stream.`);
      files.push({ key: t(field.key), src: undefined, fileName: undefined, value: t(field.value), contentType: field.contentType === undefined ? undefined : t(field.contentType) });
    } else {
      files.push({ key: t(field.key), src: t(field.src), fileName: t(field.fileName), value: undefined, contentType: field.contentType === undefined ? undefined : t(field.contentType) });
    }
  }
  if (fieldAfterFile) warnings.push('package:http sends the text fields before the files, so the parts are not in the order given.');
  return { fields, files };
}
