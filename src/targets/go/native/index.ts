import { t, type RequestText } from '../../../engine/request-text.js';
import { dispositionQuoted } from '../../../model/encoding/multipart.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

/** A multipart part; `number` (its 1-based position) names its variables, as Postman's generator does. */
interface GoPart {
  number: number;
  /** A text part with no content type of its own: `writer.WriteField`. */
  field: { key: RequestText; value: RequestText } | undefined;
  /** A file part with no content type of its own: `writer.CreateFormFile`, which sends application/octet-stream. */
  formFile: { key: RequestText; fileName: RequestText } | undefined;
  /** A part with its own content type: `writer.CreatePart` with these MIME headers. */
  custom: { disposition: RequestText; contentType: RequestText } | undefined;
  /** The part's content: a file read from `src`, or text written into a custom part. */
  src: RequestText | undefined;
  text: RequestText | undefined;
}

interface GoView {
  /** Only the packages the program uses: Go refuses an unused import. */
  imports: string[];
  url: RequestText;
  method: RequestText;
  /** Text body for strings.NewReader. */
  payload: RequestText | undefined;
  /** A file sent as the whole body. */
  payloadFile: RequestText | undefined;
  parts: GoPart[] | undefined;
  hasBody: boolean;
  /** `req.Host`: net/http ignores a Host entry in req.Header. */
  host: RequestText | undefined;
  headers: { name: RequestText; value: RequestText }[];
  /** `req.SetBasicAuth`: credentials holding placeholders, encoded when the program runs. */
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  /** `Timeout:` of the http.Client as a Go duration (`10 * time.Second`); undefined for none. */
  timeout: string | undefined;
  /** false: a CheckRedirect that stops at the first response (net/http follows up to 10 by default). */
  followRedirects: boolean;
}

const options = z.object({
  indent: sharedOptions.indent('tab'),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<GoView, z.infer<typeof options>> = {
  info: { id: 'go-native', label: 'Go', language: 'go', client: 'net/http', extension: 'go', fence: 'go', clientVersion: 'Go 1.16+', prism: 'go', highlightjs: 'go', executedWith: 'Go 1.19.8 (Debian 12), net/http' },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const body = request.body;
    const imports = new Set(['fmt', 'io', 'net/http']);
    if (timeout > 0) imports.add('time');
    const parts = body.mode === 'formdata' ? body.params.map(toPart) : undefined;
    if (body.mode === 'raw' || body.mode === 'urlencoded') imports.add('strings');
    if (body.mode === 'file') imports.add('bytes').add('os');
    if (parts !== undefined) {
      imports.add('bytes').add('mime/multipart');
      if (parts.some((p) => p.custom !== undefined)) imports.add('net/textproto');
      if (parts.some((p) => p.src !== undefined)) imports.add('os');
    }

    const hostHeaders = request.headers.filter((h) => h.name.toLowerCase() === 'host');
    if (hostHeaders.length > 1) warnings.push('net/http sends one Host header; the first value is used.');
    // net/http ignores a Content-Length in req.Header and counts the body itself.
    if (request.headers.some((h) => h.name.toLowerCase() === 'content-length')) warnings.push("The model's Content-Length header is replaced by the length net/http counts.");
    return {
      timeout: timeout === 0 ? undefined : Number.isInteger(timeout) ? `${timeout} * time.Second` : `${Math.max(1, Math.round(timeout * 1000))} * time.Millisecond`,
      followRedirects,
      imports: [...imports].sort(),
      url: t(request.fullUrl),
      method: t(request.method),
      payload: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      payloadFile: body.mode === 'file' ? t(body.src) : undefined,
      parts,
      hasBody: body.mode !== 'none',
      host: hostHeaders[0] === undefined ? undefined : t(hostHeaders[0].value),
      // Add, not Set: repeated headers go out as separate lines.
      headers: request.headers.filter((h) => !['host', 'content-length'].includes(h.name.toLowerCase())).map((h) => ({ name: t(h.name), value: t(h.value) })),
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
    };
  },
};

function toPart(field: PreparedFormField, index: number): GoPart {
  const part: GoPart = { number: index + 1, field: undefined, formFile: undefined, custom: undefined, src: undefined, text: undefined };
  if (field.type === 'file') part.src = t(field.src);
  if (field.contentType !== undefined) {
    const fileName = field.type === 'file' ? `; filename=${dispositionQuoted(field.fileName)}` : '';
    part.custom = { disposition: t(`form-data; name=${dispositionQuoted(field.key)}${fileName}`), contentType: t(field.contentType) };
    if (field.type === 'text') part.text = t(field.value);
  } else if (field.type === 'file') {
    part.formFile = { key: t(field.key), fileName: t(field.fileName) };
  } else {
    part.field = { key: t(field.key), value: t(field.value) };
  }
  return part;
}
