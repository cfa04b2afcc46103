import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { isNonAscii, multipartBoundary } from '../../shared.js';
import { perlBasicAuth, perlBodyText, perlHeaderValues, perlParts, type PerlHeaderValues, type PerlPart } from '../shared.js';

interface TinyView {
  method: RequestText;
  url: RequestText;
  headers: PerlHeaderValues[];
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  /** HTTP::Tiny has no multipart encoder: the snippet writes the body from its parts. */
  multipart: { boundary: string; parts: PerlPart[] } | undefined;
  basicAuth: { credentials: RequestText } | undefined;
  /** Whether `headers => {...}` is written. */
  headerBlock: boolean;
  /** Whether `{ headers => ..., content => ... }` is written at all. */
  hasOptions: boolean;
  /** `HTTP::Tiny->new` arguments. */
  agentOptions: { timeout: number; noRedirects: boolean } | undefined;
}

const options = z.object({
  indent: sharedOptions.indent(4),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<TinyView, z.infer<typeof options>> = {
  info: {
    id: 'perl-http-tiny',
    label: 'Perl (HTTP::Tiny)',
    language: 'perl',
    client: 'HTTP::Tiny',
    extension: 'pl',
    fence: 'perl',
    clientVersion: 'HTTP::Tiny 0.070+ (core Perl)',
    prism: 'perl',
    highlightjs: 'perl',
    executedWith: 'Perl 5.36.0 (Debian 12), HTTP::Tiny 0.080',
  },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const body = request.body;
    // HTTP::Tiny dies on a header value with a byte outside printable ASCII (its $Field_Content pattern).
    const sendable = request.headers.filter((h) => !isNonAscii(h.value));
    for (const h of request.headers.filter((h) => isNonAscii(h.value))) warnings.push(`HTTP::Tiny refuses a header value outside printable ASCII: the ${h.name} header is left out.`);
    const typed = request.headers.some((h) => h.name.toLowerCase() === 'content-type');
    if (!typed && (body.mode === 'file' || (body.mode === 'raw' && body.byteLength > 0))) warnings.push('HTTP::Tiny gives a body without a Content-Type header one of its own: application/octet-stream.');
    const parts = perlParts(request);
    const multipart = parts === undefined || body.mode !== 'formdata' ? undefined : { boundary: multipartBoundary(body.params), parts };
    const headers = perlHeaderValues(sendable);
    const text = perlBodyText(request);
    const basicAuth = perlBasicAuth(request);
    return {
      method: t(request.method),
      url: t(request.fullUrl),
      headers,
      body: text,
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      multipart,
      basicAuth,
      headerBlock: headers.length > 0 || basicAuth !== undefined || multipart !== undefined,
      hasOptions: headers.length > 0 || basicAuth !== undefined || body.mode !== 'none',
      agentOptions: timeout > 0 || !followRedirects ? { timeout, noRedirects: !followRedirects } : undefined,
    };
  },
};
