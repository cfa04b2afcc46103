import { t, type RequestText } from '../../../engine/request-text.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import { joinRepeatedHeaders } from '../../shared.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

interface CSharpView {
  url: RequestText;
  /** Credentials holding {{placeholders}}: RestSharp's HttpBasicAuthenticator encodes them (UTF-8, Base64) at run time. */
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  /** .NET's HttpClient refuses a non-ASCII header value unless the handler says how to encode it. */
  utf8Headers: boolean;
  /** A member of RestSharp's `Method` enum. */
  method: string;
  /** The real method when `method` only stands in for it (PURGE, or DELETE with a form body). */
  renameMethod: RequestText | undefined;
  headers: { name: RequestText; value: RequestText }[];
  /** urlencoded fields, added with AddParameter (RestSharp encodes them). */
  formFields: { key: RequestText; value: RequestText }[];
  multipart: { files: MultipartFile[]; typedField: TypedField | undefined; textFields: { key: RequestText; value: RequestText }[] } | undefined;
  /** Raw text body and the media type AddStringBody needs (the Content-Type header still says exactly what is sent). */
  body: { text: RequestText; mediaType: RequestText } | undefined;
  fileBody: { src: RequestText; mediaType: RequestText } | undefined;
  /** `Timeout = TimeSpan.FromSeconds(n)`; 0 keeps `Timeout.InfiniteTimeSpan`. */
  timeout: number;
  /** `FollowRedirects = false` when false (RestSharp follows by default). */
  followRedirects: boolean;
}

interface MultipartFile {
  key: RequestText;
  src: RequestText;
  /** Set when the name sent is not the path's last segment as .NET reads it (a WHATWG-encoded quote, a backslash). */
  fileName: RequestText | undefined;
  contentType: RequestText | undefined;
}

interface TypedField {
  key: RequestText;
  value: RequestText;
  contentType: RequestText;
}

/** RestSharp 112's `Method` enum; any other method is sent by renaming the HttpRequestMessage. */
const METHOD_MEMBERS: Record<string, string> = {
  GET: 'Get',
  POST: 'Post',
  PUT: 'Put',
  DELETE: 'Delete',
  HEAD: 'Head',
  OPTIONS: 'Options',
  PATCH: 'Patch',
  MERGE: 'Merge',
  COPY: 'Copy',
  SEARCH: 'Search',
};

/** RestSharp sends AddParameter fields as the body only for these; for the others they go to the query. */
const FORM_BODY_MEMBERS = new Set(['Post', 'Put', 'Patch']);

const TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}$`);

const options = z.object({
  indent: sharedOptions.indent(4),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<CSharpView, z.infer<typeof options>> = {
  info: { id: 'csharp-restsharp', label: 'C#', language: 'csharp', client: 'RestSharp', extension: 'cs', fence: 'csharp', clientVersion: 'RestSharp 112', prism: 'csharp', highlightjs: 'csharp', executedWith: '.NET 10 SDK, RestSharp 112.1.0 (NuGet)' },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const body = request.body;
    const formBody = body.mode === 'urlencoded' || body.mode === 'formdata';
    const member = METHOD_MEMBERS[request.method];
    const method = member !== undefined && (!formBody || FORM_BODY_MEMBERS.has(member)) ? member : body.mode === 'none' ? 'Get' : 'Post';

    const headers = joinRepeatedHeaders(request.headers, 'RestSharp', warnings);
    const contentType = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
    // StringContent takes a bare media type; the Content-Type header added below replaces its value.
    const mediaType = (fallback: string) => {
      const bare = contentType?.split(';')[0]!.trim();
      return t(bare !== undefined && MEDIA_TYPE.test(bare) ? bare : fallback);
    };

    return {
      timeout,
      followRedirects,
      url: t(request.fullUrl),
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      utf8Headers: headers.some((h) => /[^\x00-\x7f]/.test(h.value)),
      method,
      renameMethod: METHOD_MEMBERS[request.method] === method ? undefined : t(request.method),
      headers: headers.map((h) => ({ name: t(h.name), value: t(h.value) })),
      formFields: body.mode === 'urlencoded' ? body.params.map((p) => ({ key: t(p.key), value: t(p.value) })) : [],
      multipart: body.mode === 'formdata' ? multipart(body.params, warnings) : undefined,
      // An empty body (an empty form included) is no body parameter: RestSharp would add a Content-Type.
      body: body.mode === 'raw' && body.text !== '' ? { text: t(body.text), mediaType: mediaType('text/plain') } : undefined,
      fileBody: body.mode === 'file' ? { src: t(body.src), mediaType: mediaType('application/octet-stream') } : undefined,
    };
  },
};

type FileField = Extract<PreparedFormField, { type: 'file' }>;
type TextField = Extract<PreparedFormField, { type: 'text' }>;

/**
 * RestSharp builds the multipart body as files first, then its one body parameter (the only way to
 * give a text part its own Content-Type), then the AddParameter fields, which it types text/plain.
 */
function multipart(fields: readonly PreparedFormField[], warnings: string[]): NonNullable<CSharpView['multipart']> {
  const files = fields.filter((f): f is FileField => f.type === 'file');
  const textual = fields.filter((f): f is TextField => f.type === 'text');
  // The body parameter's ContentType must name a media type (type/subtype).
  const typed = textual.find((f): f is TextField & { contentType: string } => f.contentType !== undefined && f.contentType.includes('/'));
  const text = textual.filter((f) => f !== typed);
  for (const field of text) {
    if (field.contentType !== undefined) warnings.push(`RestSharp gives only one text part its own Content-Type; ${JSON.stringify(field.key)} is sent as text/plain.`);
  }
  const sendOrder: PreparedFormField[] = [...files, ...(typed !== undefined ? [typed] : []), ...text];
  if (sendOrder.some((f, i) => f !== fields[i])) warnings.push('RestSharp sends file parts first, then the typed text part, then the other fields: the parts go out in another order than listed.');
  return {
    files: files.map((f) => ({
      key: t(f.key),
      src: t(f.src),
      fileName: f.fileName === f.src.split('/').pop() ? undefined : t(f.fileName),
      contentType: f.contentType === undefined ? undefined : t(f.contentType),
    })),
    typedField: typed === undefined ? undefined : { key: t(typed.key), value: t(typed.value), contentType: t(typed.contentType) },
    textFields: text.map((f) => ({ key: t(f.key), value: t(f.value) })),
  };
}
