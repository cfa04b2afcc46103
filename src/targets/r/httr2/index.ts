import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { rBodyText, rNamedHeaders, rParts, type RPart } from '../shared.js';

interface Httr2View {
  url: RequestText;
  /** `req_method()`, left out for a GET without a body (httr2's default). */
  method: RequestText | undefined;
  headers: { name: RequestText; value: RequestText }[];
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  parts: RPart[] | undefined;
  timeout: number;
  followRedirects: boolean;
  /** A HEAD response has no body for resp_body_string(): the status is printed. */
  head: boolean;
}

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<Httr2View, z.infer<typeof options>> = {
  info: {
    id: 'r-httr2',
    label: 'R (httr2)',
    language: 'r',
    client: 'httr2',
    extension: 'R',
    fence: 'r',
    // Only functions whose arguments are the same in 0.2 (Debian 12) and 1.x (current, Debian 13: 1.1.1).
    clientVersion: 'httr2 0.2.2+ and 1.x (R 4.1+ for |>)',
    prism: 'r',
    highlightjs: 'r',
    executedWith: 'R 4.2.2 (Debian 12), httr2 0.2.2, curl 5.0.0',
  },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const body = request.body;
    return {
      url: t(request.fullUrl),
      method: request.method === 'GET' && body.mode === 'none' ? undefined : t(request.method),
      headers: rNamedHeaders(request.headers, 'httr2', warnings),
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      body: rBodyText(request, warnings),
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      parts: rParts(request, 'httr2', warnings),
      timeout,
      followRedirects,
      head: request.method === 'HEAD',
    };
  },
};
