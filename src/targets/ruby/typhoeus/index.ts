import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { multipartBoundary } from '../../shared.js';
import { rubyBasicAuth, rubyMethod, rubyBodyText, rubyHeaders, rubyParts, type RubyHeader, type RubyMethod, type RubyPart, type RubyBasicAuth } from '../shared.js';

/** Methods Ethon has an action class for (Ethon::Easy::Http). */
const ETHON_ACTIONS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS']);

interface TyphoeusView {
  url: RequestText;
  /** `:get`, ... for the methods Ethon has an action for; any other goes as a String, sent as libcurl's CUSTOMREQUEST. */
  method: RubyMethod;
  headers: RubyHeader[];
  sendsHeaders: boolean;
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  /** libcurl's form API types a file by its extension and a text field not at all: the snippet writes the body from (name, file name, type, content) tuples. */
  multipart: { boundary: string; parts: RubyPart[] } | undefined;
  basicAuth: RubyBasicAuth | undefined;
  timeout: number;
  followRedirects: boolean;
}

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(false),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<TyphoeusView, z.infer<typeof options>> = {
  info: {
    id: 'ruby-typhoeus',
    label: 'Ruby (Typhoeus)',
    language: 'ruby',
    client: 'Typhoeus',
    extension: 'rb',
    fence: 'ruby',
    clientVersion: 'Typhoeus 1.4+ (on Ethon)',
    prism: 'ruby',
    highlightjs: 'ruby',
    executedWith: 'Ruby 3.1.2, Typhoeus 1.4.0 on Ethon 0.16.0 and libcurl 7.88.1 (Debian 12)',
  },
  options,
  view(request, warnings, { timeout, followRedirects }) {
    const body = request.body;
    for (const h of request.headers) {
      // libcurl takes "Name:" with nothing after the colon as "remove this header".
      if (h.value === '') warnings.push(`Typhoeus (libcurl) leaves out a header with an empty value: ${h.name} is not sent.`);
    }
    if ((body.mode === 'raw' || body.mode === 'file') && !request.headers.some((h) => h.name.toLowerCase() === 'content-type')) {
      warnings.push('Typhoeus (libcurl) gives a body without a Content-Type header one of its own: application/x-www-form-urlencoded.');
    }
    const headers = rubyHeaders(request.headers, 'Typhoeus', warnings);
    const multipart = body.mode === 'formdata' ? { boundary: multipartBoundary(body.params), parts: rubyParts(body.params) } : undefined;
    return {
      url: t(request.fullUrl),
      method: rubyMethod(request.method, ETHON_ACTIONS),
      headers,
      sendsHeaders: headers.length > 0 || multipart !== undefined,
      body: rubyBodyText(request),
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      multipart,
      basicAuth: rubyBasicAuth(request),
      timeout,
      followRedirects,
    };
  },
};
