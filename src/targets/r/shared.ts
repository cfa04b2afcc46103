import { t, type RequestText } from '../../engine/request-text.js';
import { formDataName } from '../../model/encoding/multipart.js';
import type { PreparedFormField, PreparedRequest } from '../../model/prepare.js';
import type { Header } from '../../model/schema.js';
import { joinRepeatedHeaders } from '../shared.js';

/**
 * The view pieces the R clients (httr, httr2, RCurl) share. All three send through libcurl, and the
 * first two through the curl package, which writes a header as `Name: value`: libcurl reads a header
 * with nothing after the colon as "remove this header", so an empty value cannot be sent by them.
 */

/** httr and httr2 keep one value per header name: repeats are joined (RFC 9110 5.3); an empty value is warned about. */
export function rNamedHeaders(headers: readonly Header[], client: string, warnings: string[]): { name: RequestText; value: RequestText }[] {
  for (const h of headers.filter((h) => h.value === '')) {
    warnings.push(`${client} (the curl package) writes an empty header as "${h.name}: ", which libcurl reads as removing it: the ${h.name} header is not sent.`);
  }
  return joinRepeatedHeaders(headers, client, warnings).map((h) => ({ name: t(h.name), value: t(h.value) }));
}

/** A body that is text (raw, or urlencoded as its encoded form), as an R expression: `rBytes` keeps a NUL. */
export function rBodyText(request: PreparedRequest, warnings: string[]): RequestText | undefined {
  const body = request.body;
  const text = body.mode === 'raw' ? body.text : body.mode === 'urlencoded' ? body.encoded : undefined;
  if (text?.includes('\0')) warnings.push('An R string cannot hold a NUL byte: the body is written as a raw vector of its bytes.');
  return text === undefined ? undefined : t(text);
}

/** libcurl gives a body without a Content-Type `application/x-www-form-urlencoded` unless a header removes it. */
export const needsNoContentType = (request: PreparedRequest) => (request.body.mode === 'raw' || request.body.mode === 'file') && !request.headers.some((h) => h.name.toLowerCase() === 'content-type');

export interface RPart {
  key: RequestText;
  /** Text part: its value (an R expression through rBytes); file part: undefined. */
  value: RequestText | undefined;
  src: RequestText | undefined;
  contentType: RequestText | undefined;
  /** A text value with NUL goes as a raw vector, which only curl::form_data takes. */
  rawValue: boolean;
}

/**
 * Multipart parts for curl's form_file / form_data, which name a file part after the path's base
 * name: a WHATWG-encoded name (a quote or line break) cannot be given (warned).
 */
export function rParts(request: PreparedRequest, client: string, warnings: string[]): RPart[] | undefined {
  const body = request.body;
  if (body.mode !== 'formdata') return undefined;
  return body.params.map((field: PreparedFormField) => {
    const contentType = field.contentType === undefined ? undefined : t(field.contentType);
    if (field.type === 'text') {
      if (field.value.includes('\0')) warnings.push(`An R string cannot hold a NUL byte: the ${JSON.stringify(field.key)} field is written as a raw vector of its bytes.`);
      return { key: t(field.key), value: t(field.value), src: undefined, contentType, rawValue: field.value.includes('\0') };
    }
    // libcurl names a file part after the path's last `/` segment, WHATWG-encoded as the model's name is; a backslash is no separator to it.
    const sentName = formDataName(field.src.split('/').pop() ?? field.src);
    if (field.fileName !== sentName) warnings.push(`${client} names a file part after its path (${JSON.stringify(sentName)}); the file name ${JSON.stringify(field.fileName)} cannot be given.`);
    return { key: t(field.key), value: undefined, src: t(field.src), contentType, rawValue: false };
  });
}
