import { t, type RequestText } from '../engine/request-text.js';
import { dispositionQuoted } from '../escape/multipart.js';
import type { PreparedFormField } from '../model/prepare.js';

/**
 * A multipart part as the clients without a usable multipart encoder write it by hand (httpc has none;
 * clj-http's gives every text part a Content-Type and a Content-Transfer-Encoding): its header lines,
 * then its content.
 */
export interface HandWrittenPart {
  /** The part's header lines (Content-Disposition, then Content-Type if any), CRLF-separated. */
  headers: RequestText;
  /** A text part's value, sent as UTF-8. */
  value: RequestText | undefined;
  /** A file part's path, read when the snippet runs. */
  src: RequestText | undefined;
}

export function multipartPart(field: PreparedFormField): HandWrittenPart {
  const fileName = field.type === 'file' ? `; filename=${dispositionQuoted(field.fileName)}` : '';
  const contentType = field.contentType ?? (field.type === 'file' ? 'application/octet-stream' : undefined);
  const headers = `Content-Disposition: form-data; name=${dispositionQuoted(field.key)}${fileName}` + (contentType !== undefined ? `\r\nContent-Type: ${contentType}` : '');
  return field.type === 'text' ? { headers: t(headers), value: t(field.value), src: undefined } : { headers: t(headers), value: undefined, src: t(field.src) };
}
