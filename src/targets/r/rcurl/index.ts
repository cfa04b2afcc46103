import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { needsNoContentType, rBodyText, rParts, type RPart } from '../shared.js';

interface RCurlView {
  url: RequestText;
  /** `customrequest`, left out for a GET without a body and for HEAD (sent with `nobody = TRUE`). */
  method: RequestText | undefined;
  head: boolean;
  /** Header lines as libcurl takes them: `Name: value`, or `Name;` for an empty value (`Name:` would remove the header). */
  headerLines: { line: RequestText; removesType: boolean }[];
  credentials: RequestText | undefined;
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  /** postForm's `.params`: text values and fileUpload() parts. */
  parts: RPart[] | undefined;
  timeout: number;
  followRedirects: boolean;
}

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(false),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<RCurlView, z.infer<typeof options>> = {
  info: {
    id: 'r-rcurl',
    label: 'R (RCurl)',
    language: 'r',
    client: 'RCurl',
    extension: 'R',
    fence: 'r',
    clientVersion: 'RCurl 1.98',
    prism: 'r',
    highlightjs: 'r',
    executedWith: 'R 4.2.2 (Debian 12), RCurl 1.98.1.10, libcurl 7.88.1',
  },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const body = request.body;
    const headerLines = request.headers.map(({ name, value }) => ({ line: t(value === '' ? `${name};` : `${name}: ${value}`), removesType: false }));
    if (needsNoContentType(request)) headerLines.push({ line: t('Content-Type:'), removesType: true });
    const parts = rParts(request, 'RCurl', warnings)?.map((part) => {
      // fileUpload(contents = ...) crashes RCurl 1.98 (a segfault in .postForm): a text part goes as a plain value.
      if (part.src === undefined && part.contentType !== undefined) {
        warnings.push("RCurl's postForm sends a text field as a plain value: the Content-Type of a text part cannot be given.");
        return { ...part, contentType: undefined };
      }
      return part;
    });
    return {
      url: t(request.fullUrl),
      method: request.method === 'HEAD' || (request.method === 'GET' && body.mode === 'none') ? undefined : t(request.method),
      head: request.method === 'HEAD',
      headerLines,
      credentials: request.basicAuth === undefined ? undefined : t(`${request.basicAuth.username}:${request.basicAuth.password}`),
      body: rBodyText(request, warnings),
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      parts,
      timeout,
      followRedirects,
    };
  },
};
