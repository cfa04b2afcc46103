import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { groupByKey, rubyBasicAuth, rubyMethod, rubyBodyText, rubyHeaderValues, rubyParts, type RubyGroup, type RubyHeaderValues, type RubyMethod, type RubyPart, type RubyBasicAuth } from '../shared.js';

/** HTTP::Request::METHODS (http.rb 4.x and 5.x): RFC 7231, 5789, WebDAV (2518, 3253, 3648, 3744, 5323) and CalDAV; any other raises UnsupportedMethodError. */
const HTTP_RB_METHODS = new Set(
  'GET HEAD POST PUT DELETE CONNECT OPTIONS TRACE PATCH PROPFIND PROPPATCH MKCOL COPY MOVE LOCK UNLOCK ORDERPATCH ACL SEARCH'.split(' '),
);

interface HttpRbView {
  url: RequestText;
  /** `:get`, ...: the lower-case method name as a Symbol. */
  method: RubyMethod;
  headers: (RubyHeaderValues & { repeated: boolean })[];
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  parts: RubyGroup<RubyPart>[] | undefined;
  basicAuth: RubyBasicAuth | undefined;
  timeout: number;
  followRedirects: boolean;
}

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(false),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<HttpRbView, z.infer<typeof options>> = {
  info: {
    id: 'ruby-http',
    label: 'Ruby (http.rb)',
    language: 'ruby',
    client: 'http.rb',
    extension: 'rb',
    fence: 'ruby',
    clientVersion: 'http.rb 4.x and 5.x (http-form_data 2.x)',
    prism: 'ruby',
    highlightjs: 'ruby',
    executedWith: 'Ruby 3.1.2, http.rb 4.4.1 with http-form_data 2.3.0 (Debian 12)',
  },
  options,
  view(request, warnings, { timeout, followRedirects }) {
    const body = request.body;
    if (!HTTP_RB_METHODS.has(request.method)) warnings.push(`http.rb refuses the method ${request.method} (HTTP::Request::UnsupportedMethodError): it knows only the methods of HTTP, WebDAV and CalDAV.`);
    for (const name of new Set(request.headers.map((h) => h.name).filter((name) => name.includes('_')))) {
      // HTTP::Headers#normalize_header (4.x) splits a name at "-" and "_" and joins the capitalized words with "-".
      warnings.push(`http.rb 4.x sends the header ${name} with its "_" turned into "-" (5.x sends a String name as written).`);
    }
    let parts: HttpRbView['parts'];
    if (body.mode === 'formdata') {
      parts = groupByKey(body.params, 'http.rb', 'multipart fields', warnings).map((group) => ({ ...group, values: rubyParts(group.values) }));
    }
    return {
      url: t(request.fullUrl),
      method: rubyMethod(request.method, HTTP_RB_METHODS),
      // An Array value is sent as one header line per value.
      headers: rubyHeaderValues(request.headers).map((h) => ({ ...h, repeated: h.values.length > 1 })),
      body: rubyBodyText(request),
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      parts,
      basicAuth: rubyBasicAuth(request),
      timeout,
      followRedirects,
    };
  },
};
