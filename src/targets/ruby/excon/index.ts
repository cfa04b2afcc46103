import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { multipartBoundary } from '../../shared.js';
import { rubyBasicAuth, rubyBodyText, rubyHeaderValues, rubyParts, urlNeedsEncodedBraces, type RubyHeaderValues, type RubyPart, type RubyBasicAuth } from '../shared.js';

interface ExconView {
  url: RequestText;
  encodeBraces: boolean;
  method: RequestText;
  headers: (RubyHeaderValues & { repeated: boolean })[];
  sendsHeaders: boolean;
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  /** Excon has no multipart builder: the snippet writes the body from (name, file name, type, content) tuples. */
  multipart: { boundary: string; parts: RubyPart[] } | undefined;
  basicAuth: RubyBasicAuth | undefined;
  timeout: number;
  followRedirects: boolean;
  /** Excon.new takes connection options. */
  connectionOptions: boolean;
}

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(false),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<ExconView, z.infer<typeof options>> = {
  info: {
    id: 'ruby-excon',
    label: 'Ruby (Excon)',
    language: 'ruby',
    client: 'Excon',
    extension: 'rb',
    fence: 'ruby',
    clientVersion: 'Excon 0.88+ and 1.x',
    prism: 'ruby',
    highlightjs: 'ruby',
    executedWith: 'Ruby 3.1.2, Excon 0.88.0 (Debian 12)',
  },
  options,
  view(request, warnings, { timeout, followRedirects }) {
    const body = request.body;
    const headers = rubyHeaderValues(request.headers).map((h) => ({ ...h, repeated: h.values.length > 1 }));
    const multipart = body.mode === 'formdata' ? { boundary: multipartBoundary(body.params), parts: rubyParts(body.params) } : undefined;
    const basicAuth = rubyBasicAuth(request);
    return {
      url: t(request.fullUrl),
      encodeBraces: urlNeedsEncodedBraces(request),
      method: t(request.method),
      // An Array value is sent as one header line per value.
      headers,
      sendsHeaders: headers.length > 0 || multipart !== undefined,
      body: rubyBodyText(request),
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      multipart,
      basicAuth,
      timeout,
      followRedirects,
      connectionOptions: basicAuth !== undefined || timeout > 0 || followRedirects,
    };
  },
};
