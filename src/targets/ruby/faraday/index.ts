import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { groupByKey, rubyBasicAuth, rubyMethod, rubyBodyText, rubyHeaders, rubyParts, urlNeedsEncodedBraces, type RubyGroup, type RubyHeader, type RubyMethod, type RubyPart, type RubyBasicAuth } from '../shared.js';

/** Connection#run_request refuses any other method (Faraday::Connection::METHODS, 1.x and 2.x). */
const FARADAY_METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS', 'TRACE']);

interface FaradayView {
  url: RequestText;
  /** The URL has a query, which Faraday would write again its own way: the snippet keeps it as written. */
  hasQuery: boolean;
  encodeBraces: boolean;
  /** `:get`, ...; a method Faraday does not know is still written (the snippet warns). */
  method: RubyMethod;
  headers: RubyHeader[];
  sendsHeaders: boolean;
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  parts: RubyGroup<RubyPart>[] | undefined;
  basicAuth: RubyBasicAuth | undefined;
  /** Seconds for the connection's `request: { timeout: }`; 0 keeps Faraday's default. */
  timeout: number;
  /** Faraday.new takes `request:` options (the params encoder, the timeout). */
  requestOptions: boolean;
}

const options = z.object({
  indent: sharedOptions.indent(2),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<FaradayView, z.infer<typeof options>> = {
  info: {
    id: 'ruby-faraday',
    label: 'Ruby (Faraday)',
    language: 'ruby',
    client: 'Faraday',
    extension: 'rb',
    fence: 'ruby',
    clientVersion: 'Faraday 1.x and 2.x (multipart is written for 1.x: on 2.x it needs the faraday-multipart gem, `require "faraday/multipart"` and Faraday::Multipart::FilePart/ParamPart)',
    prism: 'ruby',
    highlightjs: 'ruby',
    executedWith: 'Ruby 3.1.2, Faraday 1.1.0 with its Net::HTTP adapter (Debian 12)',
  },
  options,
  view(request, warnings, { timeout }) {
    const body = request.body;
    if (!FARADAY_METHODS.has(request.method)) warnings.push(`Faraday's run_request refuses the method ${request.method}: it sends only GET, POST, PUT, DELETE, HEAD, PATCH, OPTIONS and TRACE.`);
    let parts: FaradayView['parts'];
    if (body.mode === 'formdata') {
      parts = groupByKey(body.params, 'Faraday', 'multipart fields', warnings).map((group) => ({ ...group, values: rubyParts(group.values) }));
    }
    if ((body.mode === 'raw' || body.mode === 'file') && !request.headers.some((h) => h.name.toLowerCase() === 'content-type')) {
      warnings.push("Faraday's Net::HTTP adapter gives a body without a Content-Type header one of its own: application/x-www-form-urlencoded.");
    }
    const basicAuth = rubyBasicAuth(request);
    const headers = rubyHeaders(request.headers, 'Faraday', warnings);
    return {
      url: t(request.fullUrl),
      hasQuery: request.queryString !== '',
      encodeBraces: urlNeedsEncodedBraces(request),
      method: rubyMethod(request.method, FARADAY_METHODS),
      headers,
      sendsHeaders: headers.length > 0 || basicAuth !== undefined || parts !== undefined,
      body: rubyBodyText(request),
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      parts,
      basicAuth,
      timeout,
      requestOptions: request.queryString !== '' || timeout > 0,
    };
  },
};
