import { t, type RequestText } from '../../../engine/request-text.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

/** A resty.MultipartField: text from a strings.Reader, or a file opened as `file<number>`. */
interface RestyPart {
  number: number;
  param: RequestText;
  fileName: RequestText | undefined;
  /** The part's own type; a file part without one is sent as application/octet-stream (as net/http's CreateFormFile does). */
  contentType: RequestText | undefined;
  text: RequestText | undefined;
  src: RequestText | undefined;
}

interface RestyView {
  /** The standard packages the program uses (Go refuses an unused import). */
  imports: string[];
  url: RequestText;
  method: RequestText;
  headers: { name: RequestText; value: RequestText }[];
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  payload: RequestText | undefined;
  payloadFile: RequestText | undefined;
  parts: RestyPart[] | undefined;
  filesToOpen: RestyPart[];
  /** resty drops a GET body unless the client allows it. */
  allowGetPayload: boolean;
  timeout: string | undefined;
  followRedirects: boolean;
}

const options = z.object({
  indent: sharedOptions.indent('tab'),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<RestyView, z.infer<typeof options>> = {
  info: {
    id: 'go-resty',
    label: 'Go resty',
    language: 'go',
    client: 'resty',
    extension: 'go',
    fence: 'go',
    clientVersion: 'resty v2 (v2.6+; the API used is unchanged through v2.16)',
    prism: 'go',
    highlightjs: 'go',
    executedWith: 'Go 1.19.8, resty 2.6.0 (Debian 12, GOPATH mode)',
  },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const body = request.body;
    const method = request.method;
    // resty's parseRequestBody skips the body of HEAD and OPTIONS (isPayloadSupported), and multipart on PATCH.
    const bodyDropped = body.mode !== 'none' && (method === 'HEAD' || method === 'OPTIONS');
    if (bodyDropped) warnings.push(`resty sends ${method} without a body; the request body is left out.`);
    if (body.mode === 'formdata' && method === 'PATCH') warnings.push('resty 2 builds no multipart body for PATCH (handleMultipart is skipped); the fields are sent as no body at all.');
    const hasContentType = request.headers.some((h) => h.name.toLowerCase() === 'content-type');
    const emptyBody = body.mode === 'raw' && body.text === '';
    if (!bodyDropped && !hasContentType && (body.mode === 'file' || (body.mode === 'raw' && !emptyBody))) {
      warnings.push('resty gives a body without a Content-Type one of its own (text/plain; charset=utf-8, or a type sniffed from a file).');
    }
    const send = !bodyDropped && !(emptyBody && !hasContentType);
    const parts = send && body.mode === 'formdata' ? body.params.map(toPart) : undefined;

    const imports = new Set(['fmt']);
    if (timeout > 0) imports.add('time');
    if (parts?.some((p) => p.text !== undefined)) imports.add('strings');
    if ((send && body.mode === 'file') || parts?.some((p) => p.src !== undefined)) imports.add('os');
    return {
      imports: [...imports].sort(),
      url: t(request.fullUrl),
      method: t(method),
      // Header.Add, not SetHeader: repeated headers go out as separate lines.
      headers: request.headers.map((h) => ({ name: t(h.name), value: t(h.value) })),
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      payload: !send ? undefined : body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      payloadFile: send && body.mode === 'file' ? t(body.src) : undefined,
      parts,
      filesToOpen: parts?.filter((p) => p.src !== undefined) ?? [],
      allowGetPayload: send && method === 'GET' && body.mode !== 'none',
      timeout: timeout === 0 ? undefined : Number.isInteger(timeout) ? `${timeout} * time.Second` : `${Math.max(1, Math.round(timeout * 1000))} * time.Millisecond`,
      followRedirects,
    };
  },
};

function toPart(field: PreparedFormField, index: number): RestyPart {
  return {
    number: index + 1,
    param: t(field.key),
    fileName: field.type === 'file' ? t(field.fileName) : undefined,
    contentType: field.contentType !== undefined ? t(field.contentType) : field.type === 'file' ? t('application/octet-stream') : undefined,
    text: field.type === 'text' ? t(field.value) : undefined,
    src: field.type === 'file' ? t(field.src) : undefined,
  };
}
