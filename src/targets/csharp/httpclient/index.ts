import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import type { PreparedFormField, PreparedRequest } from '../../../model/prepare.js';
import { sharedOptions } from '../../options.js';
import { isNonAscii } from '../../shared.js';
import type { TargetDefinition } from '../../types.js';

const options = z.object({
  indent: sharedOptions.indent(4),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
  boilerplate: sharedOptions.boilerplate('fragment'),
  async: sharedOptions.async(true),
});
type Options = z.infer<typeof options>;

interface Header {
  name: RequestText;
  value: RequestText;
}

interface Part {
  key: RequestText;
  /** The part's variable when it needs its own Content-Type set before it is added. */
  variable: string | undefined;
  text: RequestText | undefined;
  src: RequestText | undefined;
  fileName: RequestText | undefined;
  contentType: RequestText | undefined;
}

interface HttpClientView extends HttpClientRequestView {
  /** Namespaces to import: beyond .NET's implicit usings for a fragment, all of them for a program. */
  usings: { name: string }[];
  async: boolean;
}

/** The request as HttpClient builds it, in any .NET language (the F# client shares it). */
export interface HttpClientRequestView {
  url: RequestText;
  /** A member of HttpMethod (`Post`), or undefined when the method is written as `new HttpMethod("...")`. */
  methodMember: string | undefined;
  method: RequestText;
  /** A handler only when the defaults will not do: redirects not followed, or non-ASCII header values. */
  handler: boolean;
  noRedirects: boolean;
  utf8Headers: boolean;
  timeout: number | undefined;
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  requestHeaders: Header[];
  contentHeaders: Header[];
  stringBody: RequestText | undefined;
  formFields: { key: RequestText; value: RequestText }[] | undefined;
  parts: Part[] | undefined;
  fileBody: RequestText | undefined;
  /** Headers of the content with no body to carry them: an empty content. */
  emptyContent: boolean;
  /** The content type the content class writes by itself is replaced by the request's own (or none). */
  clearContentType: boolean;
}

/** HttpMethod's static members; any other method is `new HttpMethod("...")`. */
const METHOD_MEMBERS: Record<string, string> = { GET: 'Get', POST: 'Post', PUT: 'Put', DELETE: 'Delete', HEAD: 'Head', OPTIONS: 'Options', TRACE: 'Trace', PATCH: 'Patch' };

/** Headers .NET keeps on HttpContent.Headers: HttpRequestMessage.Headers refuses them. */
const CONTENT_HEADERS = new Set(['allow', 'content-disposition', 'content-encoding', 'content-language', 'content-length', 'content-location', 'content-md5', 'content-range', 'content-type', 'expires', 'last-modified']);

export const target: TargetDefinition<HttpClientView, Options> = {
  info: {
    id: 'csharp-httpclient',
    label: 'C# HttpClient',
    language: 'csharp',
    client: 'HttpClient',
    extension: 'cs',
    fence: 'csharp',
    clientVersion: '.NET 6+',
    prism: 'csharp',
    highlightjs: 'csharp',
    executedWith: '.NET 10 SDK, System.Net.Http',
  },
  options,
  view(request, warnings, options) {
    const body = request.body;
    const program = options.boilerplate === 'program';
    const built = httpClientRequest(request, warnings, options);
    const namespaces = [
      ...(program ? ['System', 'System.Net.Http'] : []),
      ...(program && (body.mode === 'file' || body.mode === 'formdata' || !options.async) ? ['System.IO'] : []),
      ...(program && body.mode === 'urlencoded' ? ['System.Collections.Generic'] : []),
      ...(program && options.async ? ['System.Threading.Tasks'] : []),
      ...(built.basicAuth !== undefined ? ['System.Net.Http.Headers'] : []),
      ...(built.basicAuth !== undefined || built.utf8Headers ? ['System.Text'] : []),
    ];
    return { ...built, usings: [...new Set(namespaces)].sort().map((name) => ({ name })), async: options.async };
  },
};

/** The request as HttpClient takes it: which headers go on the request and which on its content, which content class. */
export function httpClientRequest(request: PreparedRequest, warnings: string[], options: { followRedirects: boolean; timeout: number }): HttpClientRequestView {
  const body = request.body;
  const isContentHeader = (name: string) => CONTENT_HEADERS.has(name.toLowerCase());
  const headers = request.headers.map((h) => ({ name: t(h.name), value: t(h.value) }));
  const names = request.headers.map((h) => h.name.toLowerCase());
  for (const name of new Set(names.filter((n, i) => names.indexOf(n) !== i))) {
    const written = request.headers.find((h) => h.name.toLowerCase() === name)!.name;
    warnings.push(`HttpClient sends the values of the repeated ${written} header in one line, joined with ", " (equivalent under RFC 9110).`);
  }
  const noRedirects = !options.followRedirects;
  const utf8Headers = request.headers.some((h) => isNonAscii(h.value));
  const defaultType = body.mode === 'raw' ? 'text/plain; charset=utf-8' : body.mode === 'urlencoded' ? 'application/x-www-form-urlencoded' : undefined;
  const userType = request.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  // The type the content class writes by itself stays when it is the request's own; otherwise it is replaced.
  const keepsDefaultType = defaultType !== undefined && userType === defaultType;
  const contentHeaders = headers.filter((h) => isContentHeader(h.name.text) && !(keepsDefaultType && h.name.text.toLowerCase() === 'content-type'));
  return {
    url: t(request.fullUrl),
    methodMember: METHOD_MEMBERS[request.method],
    method: t(request.method),
    handler: noRedirects || utf8Headers,
    noRedirects,
    utf8Headers,
    timeout: options.timeout > 0 ? options.timeout : undefined,
    basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
    requestHeaders: headers.filter((h) => !isContentHeader(h.name.text)),
    contentHeaders,
    stringBody: body.mode === 'raw' ? t(body.text) : undefined,
    formFields: body.mode === 'urlencoded' ? body.params.map((p) => ({ key: t(p.key), value: t(p.value) })) : undefined,
    parts: body.mode === 'formdata' ? body.params.map(part) : undefined,
    fileBody: body.mode === 'file' ? t(body.src) : undefined,
    emptyContent: body.mode === 'none' && contentHeaders.length > 0,
    clearContentType: defaultType !== undefined && !keepsDefaultType,
  };
}

/** A multipart part: StringContent (which types itself text/plain; charset=utf-8) or the file's bytes. */
function part(field: PreparedFormField, index: number): Part {
  const contentType = field.contentType === undefined ? undefined : t(field.contentType);
  return {
    key: t(field.key),
    variable: contentType === undefined ? undefined : `part${index + 1}`,
    text: field.type === 'text' ? t(field.value) : undefined,
    src: field.type === 'file' ? t(field.src) : undefined,
    fileName: field.type === 'file' ? t(field.fileName) : undefined,
    contentType,
  };
}
