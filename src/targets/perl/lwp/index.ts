import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { perlBasicAuth, perlBodyText, perlParts, type PerlPart } from '../shared.js';

interface LwpView {
  method: RequestText;
  url: RequestText;
  /** `header` sets a name, `push_header` adds a repeat; a name with `_` is written `:name` (below). */
  headers: { name: RequestText; value: RequestText; push: boolean }[];
  body: RequestText | undefined;
  /** LWP writes no Content-Length for empty content: the snippet sets it so the server sees an empty body, not none. */
  emptyBody: boolean;
  bodyFile: RequestText | undefined;
  /** Multipart through HTTP::Request::Common's POST; `method` is set after when it is not POST. */
  parts: (PerlPart & { namedFile: boolean })[] | undefined;
  otherMethod: boolean;
  basicAuth: { credentials: RequestText } | undefined;
  /** `LWP::UserAgent->new` arguments. */
  agentOptions: { timeout: number; noRedirects: boolean } | undefined;
}

const options = z.object({
  indent: sharedOptions.indent(4),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<LwpView, z.infer<typeof options>> = {
  info: {
    id: 'perl-lwp',
    label: 'Perl',
    language: 'perl',
    client: 'LWP::UserAgent',
    extension: 'pl',
    fence: 'perl',
    clientVersion: 'libwww-perl 6.x',
    prism: 'perl',
    highlightjs: 'perl',
    executedWith: 'Perl 5.36.0 (Debian 12), LWP::UserAgent 6.68, HTTP::Request::Common 6.44',
  },
  options,
  view(request, _warnings, { followRedirects, timeout }) {
    const body = request.body;
    const seen = new Set<string>();
    const headers = request.headers.map(({ name, value }) => {
      const push = seen.has(name.toLowerCase());
      seen.add(name.toLowerCase());
      // HTTP::Headers turns `_` into `-` in a name unless it starts with ':' (which it drops).
      return { name: t(name.includes('_') ? `:${name}` : name), value: t(value), push };
    });
    const parts = perlParts(request)?.map((part, i) => {
      const field = body.mode === 'formdata' ? body.params[i]! : undefined;
      // HTTP::Request::Common names a file part after the path's last `/` segment unless told otherwise.
      const namedFile = field?.type === 'file' && field.fileName !== field.src.split('/').pop();
      return { ...part, namedFile };
    });
    const text = perlBodyText(request);
    return {
      method: t(request.method),
      url: t(request.fullUrl),
      headers,
      body: text,
      emptyBody: body.mode === 'raw' && body.byteLength === 0,
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      parts,
      otherMethod: request.method !== 'POST',
      basicAuth: perlBasicAuth(request),
      agentOptions: timeout > 0 || !followRedirects ? { timeout, noRedirects: !followRedirects } : undefined,
    };
  },
};
