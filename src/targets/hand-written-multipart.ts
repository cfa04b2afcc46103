import { t, type RequestText } from '../engine/request-text.js';
import { dispositionQuoted } from '../model/encoding/multipart.js';
import type { PreparedBody, PreparedFormField } from '../model/prepare.js';
import { multipartBoundary } from './shared.js';

// Used by clojure/clj-http, lua/socket, ocaml/cohttp and httpc-shared.ts (elixir/httpc, erlang/httpc).

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

/** A part whose header lines the snippet's own code writes (Lua, OCaml): its fields one by one. */
export interface PartFields {
  name: RequestText;
  fileName: RequestText | undefined;
  /** A file part's path, read when the snippet runs. */
  src: RequestText | undefined;
  /** A text part's value. */
  value: RequestText | undefined;
  contentType: RequestText | undefined;
}

/** A multipart body for a snippet that writes it itself: a boundary that occurs in no part, and each part's fields. */
export function multipartFields(body: Extract<PreparedBody, { mode: 'formdata' }>): { boundary: string; parts: PartFields[] } {
  return {
    boundary: multipartBoundary(body.params),
    parts: body.params.map((field) => ({
      name: t(field.key),
      fileName: field.type === 'file' ? t(field.fileName) : undefined,
      src: field.type === 'file' ? t(field.src) : undefined,
      value: field.type === 'text' ? t(field.value) : undefined,
      contentType: field.contentType === undefined ? undefined : t(field.contentType),
    })),
  };
}
