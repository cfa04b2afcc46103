import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { groupByKey, rubyBasicAuth, rubyBodyText, rubyHeaders, rubyParts, urlNeedsEncodedBraces, type RubyGroup, type RubyHeader, type RubyPart, type RubyBasicAuth } from '../shared.js';

/** The methods HTTParty sends (HTTParty::Request::SupportedHTTPMethods, 0.21), each with its class method. */
const HTTPARTY_METHODS = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'MOVE', 'COPY', 'MKCOL', 'LOCK', 'UNLOCK']);

interface HttpartyView {
  url: RequestText;
  encodeBraces: boolean;
  /** `HTTParty.<methodName>`: the lower-case name of a method HTTParty sends, else undefined (the snippet warns and calls `send` with `method`). */
  methodName: string | undefined;
  method: RequestText;
  headers: RubyHeader[];
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  parts: RubyGroup<RubyPart>[] | undefined;
  basicAuth: RubyBasicAuth | undefined;
  timeout: number;
  followRedirects: boolean;
}

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<HttpartyView, z.infer<typeof options>> = {
  info: {
    id: 'ruby-httparty',
    label: 'Ruby (HTTParty)',
    language: 'ruby',
    client: 'HTTParty',
    extension: 'rb',
    fence: 'ruby',
    clientVersion: 'HTTParty 0.21+',
    prism: 'ruby',
    highlightjs: 'ruby',
    executedWith: 'Ruby 3.1.2, HTTParty 0.21.0 (Debian 12)',
  },
  options,
  view(request, warnings, { timeout, followRedirects }) {
    const body = request.body;
    if (!HTTPARTY_METHODS.has(request.method)) warnings.push(`HTTParty refuses the method ${request.method}: it sends only GET, POST, PATCH, PUT, DELETE, HEAD, OPTIONS, MOVE, COPY, MKCOL, LOCK and UNLOCK.`);
    if ((body.mode === 'raw' || body.mode === 'file') && !request.headers.some((h) => h.name.toLowerCase() === 'content-type')) {
      warnings.push('HTTParty (Net::HTTP) gives a body without a Content-Type header one of its own: application/x-www-form-urlencoded.');
    }
    let parts: HttpartyView['parts'];
    if (body.mode === 'formdata') {
      // HTTParty::Request::Body writes the multipart body from a Hash: a name once, a type only for a file (looked up from its name).
      if (body.hasRepeatedKeys) warnings.push('HTTParty takes multipart fields as a Hash and sends the values of an Array as "name[]": a repeated field cannot keep its name.');
      for (const field of body.params) {
        if (field.type === 'text' && field.contentType !== undefined) warnings.push(`HTTParty sends a text field without a Content-Type; ${JSON.stringify(field.key)} goes without ${JSON.stringify(field.contentType)}.`);
        if (field.type === 'file' && field.contentType !== undefined) warnings.push(`HTTParty types a file part by its extension (MiniMime): ${JSON.stringify(field.key)} may go without ${JSON.stringify(field.contentType)}.`);
      }
      parts = groupByKey(body.params, 'HTTParty', 'multipart fields', warnings).map((group) => ({ ...group, values: rubyParts(group.values) }));
    }
    return {
      url: t(request.fullUrl),
      encodeBraces: urlNeedsEncodedBraces(request),
      methodName: HTTPARTY_METHODS.has(request.method) ? request.method.toLowerCase() : undefined,
      method: t(request.method),
      headers: rubyHeaders(request.headers, 'HTTParty', warnings),
      body: rubyBodyText(request),
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      parts,
      basicAuth: rubyBasicAuth(request),
      timeout,
      followRedirects,
    };
  },
};
