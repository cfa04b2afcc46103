import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { hasNul } from '../escape.js';
import { sharedOptions } from '../../options.js';
import { joinRepeatedHeaders, multipartBoundary } from '../../shared.js';
import type { TargetDefinition } from '../../types.js';

/** wget's defaults: up to 20 redirects followed, its 900 s read timeout. */
const options = z.object({ followRedirects: sharedOptions.followRedirects(true), timeout: sharedOptions.timeout() });
type Options = z.infer<typeof options>;

/** File the snippet writes a multipart body into (wget has no multipart builder). */
const MULTIPART_FILE = 'multipart-body.txt';

interface WgetView {
  method: RequestText;
  url: RequestText;
  flags: string;
  /** Options after the URL, one per line. */
  args: { option: string; value: RequestText }[];
  /**
   * The multipart body, written part by part with printf: the format strings are fixed text, the
   * request data goes in as %s arguments (printed as they are).
   */
  multipart: { boundary: string; file: string; parts: { head: RequestText[]; format: string; src: RequestText | undefined; value: RequestText | undefined }[] } | undefined;
}

export const target: TargetDefinition<WgetView, Options> = {
  info: { id: 'shell-wget', label: 'Wget', language: 'shell', client: 'GNU Wget', extension: 'sh', fence: 'bash', clientVersion: 'wget 1.16+', prism: 'bash', highlightjs: 'bash', executedWith: 'bash 5.2, GNU Wget 1.21.3 (Debian 12)' },
  options,
  view(request, warnings, options) {
    const body = request.body;
    const args: WgetView['args'] = [];
    // A later --header replaces an earlier one of the same name.
    for (const { name, value } of joinRepeatedHeaders(request.headers, 'wget', warnings)) {
      if (hasNul(value)) warnings.push(`No command-line argument can hold a NUL byte: the ${name} header is cut short.`);
      args.push({ option: '--header', value: t(`${name}: ${value}`) });
    }
    if (request.basicAuth !== undefined) {
      args.push({ option: '--user', value: t(request.basicAuth.username) }, { option: '--password', value: t(request.basicAuth.password) });
    }
    const hasContentType = request.headers.some((h) => h.name.toLowerCase() === 'content-type');
    if (body.mode === 'raw' || body.mode === 'urlencoded') {
      const text = body.mode === 'raw' ? body.text : body.encoded;
      if (text === '' && !hasContentType) {
        // --body-data adds Content-Type: application/x-www-form-urlencoded; without it a POST still says Content-Length: 0.
        if (request.method !== 'POST') warnings.push(`wget gives an empty ${request.method} body a Content-Type (application/x-www-form-urlencoded) or sends none; the snippet sends none.`);
      } else {
        if (hasNul(text)) warnings.push('No command-line argument can hold a NUL byte: the body is cut short; save it to a file and use --body-file.');
        args.push({ option: '--body-data', value: t(text) });
      }
    } else if (body.mode === 'file') {
      args.push({ option: '--body-file', value: t(body.src) });
    }
    let multipart: WgetView['multipart'];
    if (body.mode === 'formdata') {
      const boundary = multipartBoundary(body.params);
      args.push({ option: '--header', value: t(`Content-Type: multipart/form-data; boundary=${boundary}`) }, { option: '--body-file', value: t(MULTIPART_FILE) });
      multipart = {
        boundary,
        file: MULTIPART_FILE,
        parts: body.params.map((field) => {
          if (field.type === 'text' && hasNul(field.value)) warnings.push(`No command-line argument can hold a NUL byte: the form field ${JSON.stringify(field.key)} is cut short.`);
          const contentType = field.contentType ?? (field.type === 'file' ? 'application/octet-stream' : undefined);
          const head = [field.key, ...(field.type === 'file' ? [field.fileName] : []), ...(contentType === undefined ? [] : [contentType])];
          const format = `--${boundary}\\r\\nContent-Disposition: form-data; name="%s"${field.type === 'file' ? '; filename="%s"' : ''}${contentType === undefined ? '' : '\\r\\nContent-Type: %s'}\\r\\n\\r\\n${field.type === 'text' ? '%s\\r\\n' : ''}`;
          return { head: head.map(t), format, src: field.type === 'file' ? t(field.src) : undefined, value: field.type === 'text' ? t(field.value) : undefined };
        }),
      };
    }
    const flags = ['--quiet', '--output-document=-', ...(request.basicAuth !== undefined ? ['--auth-no-challenge'] : []), ...(options.followRedirects ? [] : ['--max-redirect=0']), ...(options.timeout > 0 ? [`--timeout=${options.timeout}`] : [])];
    return { method: t(request.method), url: t(request.fullUrl), flags: flags.join(' '), args, multipart };
  },
};
