import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { perlBasicAuth, perlBodyText, perlHeaderValues, perlParts, type PerlHeaderValues, type PerlPart } from '../shared.js';

/** Methods Mojo::UserAgent has a method of its own for (`$ua->post(...)`); others go through build_tx. */
const UA_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

interface MojoView {
  /** `$ua->post`, or undefined for `$ua->build_tx('PROPFIND' => ...)`. */
  uaMethod: string | undefined;
  method: RequestText;
  url: RequestText;
  headers: PerlHeaderValues[];
  headerBlock: boolean;
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  /** The multipart generator, each part with the Content-Disposition the snippet writes (keeps the order; `form` sorts by name). */
  parts: PerlPart[] | undefined;
  basicAuth: { credentials: RequestText } | undefined;
  timeout: number;
  followRedirects: boolean;
}

const options = z.object({
  indent: sharedOptions.indent(4),
  followRedirects: sharedOptions.followRedirects(false),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<MojoView, z.infer<typeof options>> = {
  info: {
    id: 'perl-mojo',
    label: 'Perl (Mojo)',
    language: 'perl',
    client: 'Mojo::UserAgent',
    extension: 'pl',
    fence: 'perl',
    clientVersion: 'Mojolicious 9.x',
    prism: 'perl',
    highlightjs: 'perl',
    executedWith: 'Perl 5.36.0 (Debian 12), Mojolicious 9.31',
  },
  options,
  view(request, _warnings, { followRedirects, timeout }) {
    const body = request.body;
    const headers = perlHeaderValues(request.headers);
    const parts = perlParts(request);
    const basicAuth = perlBasicAuth(request);
    return {
      uaMethod: UA_METHODS.has(request.method) ? request.method.toLowerCase() : undefined,
      method: t(request.method),
      url: t(request.fullUrl),
      headers,
      headerBlock: headers.length > 0 || basicAuth !== undefined || parts !== undefined,
      body: perlBodyText(request),
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      parts,
      basicAuth,
      timeout,
      followRedirects,
    };
  },
};
