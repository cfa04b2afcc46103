import { t, type RequestText } from '../../../engine/request-text.js';
import { hasPlaceholder } from '../../../model/placeholders.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { joinRepeatedHeaders } from '../../shared.js';

/** Methods with their own Net::HTTP request class (Ruby 3.1 net/http/requests.rb). */
const REQUEST_CLASSES: Record<string, string> = {
  GET: 'Get',
  HEAD: 'Head',
  POST: 'Post',
  PUT: 'Put',
  DELETE: 'Delete',
  OPTIONS: 'Options',
  TRACE: 'Trace',
  PATCH: 'Patch',
  PROPFIND: 'Propfind',
  PROPPATCH: 'Proppatch',
  MKCOL: 'Mkcol',
  COPY: 'Copy',
  MOVE: 'Move',
  LOCK: 'Lock',
  UNLOCK: 'Unlock',
};

interface RubyView {
  url: RequestText;
  /** `http.use_ssl = true` for an https URL. */
  sslAlways: boolean;
  /** The scheme is a placeholder (or in one): it is known only when the program runs. */
  sslByScheme: boolean;
  /** `Net::HTTP::<requestClass>`, or a Net::HTTPGenericRequest for any other method. */
  requestClass: string | undefined;
  method: RequestText;
  hasBody: boolean;
  headers: { name: RequestText; value: RequestText }[];
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  /** set_form fields; `file` opens `value` as a file. */
  /** set_form fields; `file` opens `value` as a file, `fileName` when the part's name is not the path's (a WHATWG-encoded quote). */
  form: { key: RequestText; value: RequestText; file: boolean; fileName: RequestText | undefined; contentType: RequestText | undefined }[] | undefined;
  /** `request.basic_auth`: credentials holding placeholders, encoded when the program runs. */
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  /** URI() rejects '{': the braces of {{placeholders}} in the path and query go percent-encoded when the program runs. */
  encodeBraces: boolean;
  /** Seconds for open_timeout and read_timeout; 0 keeps Net::HTTP's defaults. */
  timeout: number;
}

const options = z.object({
  indent: sharedOptions.indent(2),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<RubyView, z.infer<typeof options>> = {
  info: { id: 'ruby-net-http', label: 'Ruby', language: 'ruby', client: 'Net::HTTP', extension: 'rb', fence: 'ruby', clientVersion: 'Ruby 2.7+', prism: 'ruby', highlightjs: 'ruby', executedWith: 'Ruby 3.1.2 (Debian 12), Net::HTTP' },
  options,
  view(request, warnings, { timeout }) {
    const body = request.body;
    let form: RubyView['form'];
    if (body.mode === 'formdata') {
      form = body.params.map((field) => {
        // set_form writes a Content-Type only for file parts (HTML5 says text parts have none).
        if (field.type === 'text' && field.contentType !== undefined) {
          warnings.push(`Net::HTTP's set_form sends a text field without a Content-Type; ${JSON.stringify(field.key)} goes without ${JSON.stringify(field.contentType)}.`);
        }
        const file = field.type === 'file';
        return {
          key: t(field.key),
          value: t(field.type === 'file' ? field.src : field.value),
          file,
          // set_form names a file part after File.basename, backslash-escaping a quote; the model's name is WHATWG-encoded.
          fileName: field.type === 'file' && field.fileName !== field.src.split(/[/\\]/).pop() ? t(field.fileName) : undefined,
          contentType: file && field.contentType !== undefined ? t(field.contentType) : undefined,
        };
      });
    }
    // Net::HTTP counts a body itself, but would send a model's Content-Length as it is on a request without one.
    if (request.headers.some((h) => h.name.toLowerCase() === 'content-length')) warnings.push("The model's Content-Length header is replaced by the length Net::HTTP counts.");
    const headers = request.headers.filter((h) => h.name.toLowerCase() !== 'content-length');
    if ((body.mode === 'raw' || body.mode === 'file') && !headers.some((h) => h.name.toLowerCase() === 'content-type')) {
      warnings.push('Net::HTTP gives a body without a Content-Type header one of its own: application/x-www-form-urlencoded.');
    }
    const scheme = request.url.scheme === undefined || hasPlaceholder(request.url.scheme) ? undefined : request.url.scheme.toLowerCase();
    return {
      timeout,
      url: t(request.fullUrl),
      encodeBraces: hasPlaceholder(request.fullUrl.slice(request.origin.length)),
      sslAlways: scheme === 'https',
      sslByScheme: scheme === undefined,
      requestClass: REQUEST_CLASSES[request.method],
      method: t(request.method),
      hasBody: body.mode !== 'none',
      // Net::HTTP writes the values of a repeated header joined with ", " on one line, even after add_field.
      headers: joinRepeatedHeaders(headers, 'Net::HTTP', warnings).map((h) => ({ name: t(h.name), value: t(h.value) })),
      body: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      form,
    };
  },
};
