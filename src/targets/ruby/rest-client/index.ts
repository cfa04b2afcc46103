import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { rubyBasicAuth, rubyMethod, rubyBodyText, rubyHeaders, rubyParts, urlNeedsEncodedBraces, type RubyHeader, type RubyMethod, type RubyPart, type RubyBasicAuth } from '../shared.js';

/** Methods with a Net::HTTP request class, which RestClient::Request looks up by name (Ruby 3.1 net/http/requests.rb). */
const NET_HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'PROPFIND', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK']);

interface RestClientView {
  url: RequestText;
  encodeBraces: boolean;
  /** `:get`, ...: RestClient::Request capitalizes it into a Net::HTTP class name. */
  method: RubyMethod;
  headers: RubyHeader[];
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  parts: RubyPart[] | undefined;
  basicAuth: RubyBasicAuth | undefined;
  timeout: number;
  /** false: a block takes the response as it is (rest-client then follows no redirect and raises for no status). */
  followRedirects: boolean;
}

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<RestClientView, z.infer<typeof options>> = {
  info: {
    id: 'ruby-rest-client',
    label: 'Ruby (rest-client)',
    language: 'ruby',
    client: 'rest-client',
    extension: 'rb',
    fence: 'ruby',
    clientVersion: 'rest-client 2.1',
    prism: 'ruby',
    highlightjs: 'ruby',
    executedWith: 'Ruby 3.1.2, rest-client 2.1.0 (Debian 12)',
  },
  options,
  view(request, warnings, { timeout, followRedirects }) {
    const body = request.body;
    if (!NET_HTTP_METHODS.has(request.method)) warnings.push(`rest-client sends only methods Net::HTTP has a request class for; ${request.method} is not one.`);
    if ((body.mode === 'raw' || body.mode === 'file') && !request.headers.some((h) => h.name.toLowerCase() === 'content-type')) {
      warnings.push('rest-client (Net::HTTP) gives a body without a Content-Type header one of its own: application/x-www-form-urlencoded.');
    }
    let parts: RubyPart[] | undefined;
    if (body.mode === 'formdata') {
      // RestClient::Payload::Multipart: a text part has no Content-Type; a file part is named after its path and typed by MIME::Types.
      for (const field of body.params) {
        if (field.type === 'text' && field.contentType !== undefined) warnings.push(`rest-client sends a text field without a Content-Type; ${JSON.stringify(field.key)} goes without ${JSON.stringify(field.contentType)}.`);
        if (field.type === 'file') {
          const baseName = field.src.split(/[/\\]/).pop()!;
          if (baseName !== field.fileName) warnings.push(`rest-client writes a file name as it is: ${JSON.stringify(baseName)} goes unencoded in the part's header.`);
          if (field.contentType !== undefined) warnings.push(`rest-client types a file part by its extension (MIME::Types): ${JSON.stringify(field.key)} may go without ${JSON.stringify(field.contentType)}.`);
        }
      }
      parts = rubyParts(body.params);
    }
    return {
      url: t(request.fullUrl),
      encodeBraces: urlNeedsEncodedBraces(request),
      method: rubyMethod(request.method, NET_HTTP_METHODS),
      headers: rubyHeaders(request.headers, 'rest-client', warnings),
      body: rubyBodyText(request),
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      parts,
      basicAuth: rubyBasicAuth(request),
      timeout,
      followRedirects,
    };
  },
};
