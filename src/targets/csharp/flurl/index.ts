import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import { sharedOptions } from '../../options.js';
import { isNonAscii, joinRepeatedHeaders } from '../../shared.js';
import type { TargetDefinition } from '../../types.js';

const options = z.object({
  indent: sharedOptions.indent(4),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});
type Options = z.infer<typeof options>;

interface FlurlView {
  url: RequestText;
  /** .NET refuses non-ASCII header values unless the handler says how to encode them: a FlurlClient of its own. */
  utf8Headers: boolean;
  headers: { name: RequestText; value: RequestText }[];
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  noRedirects: boolean;
  timeout: number | undefined;
  /** Flurl's verb method for this body (`Post` for PostStringAsync); undefined: Send…Async with the method. */
  verb: string | undefined;
  /** A member of HttpMethod for Send…Async, or undefined for `new HttpMethod("...")`. */
  methodMember: string | undefined;
  method: RequestText;
  noBody: boolean;
  stringBody: RequestText | undefined;
  formFields: { key: RequestText; value: RequestText }[] | undefined;
  parts: { key: RequestText; text: RequestText | undefined; src: RequestText | undefined; fileName: RequestText | undefined; contentType: RequestText | undefined }[] | undefined;
  fileBody: RequestText | undefined;
}

const HTTP_METHOD_MEMBERS: Record<string, string> = { GET: 'Get', POST: 'Post', PUT: 'Put', DELETE: 'Delete', HEAD: 'Head', OPTIONS: 'Options', TRACE: 'Trace', PATCH: 'Patch' };

/** Flurl 4's verb methods by body kind (GetAsync, PostStringAsync, PostUrlEncodedAsync, PostMultipartAsync, PutAsync(content)...). */
const VERBS: Record<string, readonly string[]> = {
  none: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'],
  raw: ['POST', 'PUT', 'PATCH'],
  urlencoded: ['POST'],
  formdata: ['POST'],
  file: ['POST', 'PUT', 'PATCH'],
};

const pascal = (method: string) => method[0] + method.slice(1).toLowerCase();

export const target: TargetDefinition<FlurlView, Options> = {
  info: {
    id: 'csharp-flurl',
    label: 'C# Flurl',
    language: 'csharp',
    client: 'Flurl.Http',
    extension: 'cs',
    fence: 'csharp',
    clientVersion: 'Flurl.Http 4',
    prism: 'csharp',
    highlightjs: 'csharp',
    executedWith: '.NET 10 SDK, Flurl.Http 4.0.2 (NuGet)',
  },
  options,
  view(request, warnings, options) {
    const body = request.body;
    // Flurl keeps one value per header name (WithHeader replaces).
    const headers = joinRepeatedHeaders(request.headers, 'Flurl', warnings);
    // An empty body with no type of its own is no content: a string body would be typed text/plain.
    const sendsNothing = body.mode === 'none' || (body.mode === 'raw' && body.text === '' && !headers.some((h) => h.name.toLowerCase() === 'content-type'));
    // Flurl keeps one value per form field name: repeated fields go as the encoded text they are.
    const encodedForm = body.mode === 'urlencoded' && body.hasRepeatedKeys;
    const bodyKind = sendsNothing ? 'none' : encodedForm ? 'raw' : body.mode;
    return {
      url: t(request.fullUrl),
      utf8Headers: headers.some((h) => isNonAscii(h.value)),
      headers: headers.map((h) => ({ name: t(h.name), value: t(h.value) })),
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      noRedirects: !options.followRedirects,
      timeout: options.timeout > 0 ? options.timeout : undefined,
      verb: VERBS[bodyKind]!.includes(request.method) ? pascal(request.method) : undefined,
      methodMember: HTTP_METHOD_MEMBERS[request.method],
      method: t(request.method),
      noBody: sendsNothing,
      stringBody: sendsNothing ? undefined : body.mode === 'raw' ? t(body.text) : encodedForm ? t(body.encoded) : undefined,
      formFields: body.mode === 'urlencoded' && !encodedForm ? body.params.map((p) => ({ key: t(p.key), value: t(p.value) })) : undefined,
      parts: body.mode === 'formdata' ? body.params.map(part) : undefined,
      fileBody: body.mode === 'file' ? t(body.src) : undefined,
    };
  },
};

function part(field: PreparedFormField): NonNullable<FlurlView['parts']>[number] {
  const contentType = field.contentType === undefined ? undefined : t(field.contentType);
  if (field.type === 'text') return { key: t(field.key), text: t(field.value), src: undefined, fileName: undefined, contentType };
  return { key: t(field.key), text: undefined, src: t(field.src), fileName: field.fileName === field.src.split('/').pop() ? undefined : t(field.fileName), contentType };
}
