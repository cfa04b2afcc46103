import * as z from 'zod';
import { t, type RequestText } from '../../engine/request-text.js';
import type { PreparedRequest } from '../../model/prepare.js';
import { sharedOptions } from '../options.js';
import { isNonAscii, joinRepeatedHeaders } from '../shared.js';

/**
 * The view both PowerShell cmdlets share (Invoke-RestMethod and Invoke-WebRequest take the same
 * parameters in PowerShell 7): the parameters are splatted from a hashtable, request data only in
 * single-quoted strings and here-strings (src/targets/powershell/escape.ts).
 */

export const powershellOptions = z.object({
  indent: sharedOptions.indent(4),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});
export type PowerShellOptions = z.infer<typeof powershellOptions>;

export interface PowerShellView {
  url: RequestText;
  /** A member of WebRequestMethod (`Post`), or undefined when the method is given as -CustomMethod. */
  methodMember: string | undefined;
  customMethod: RequestText | undefined;
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  headers: { name: RequestText; value: RequestText }[];
  hasHeaders: boolean;
  contentType: RequestText | undefined;
  body: RequestText | undefined;
  inFile: RequestText | undefined;
  /** Multipart fields for -Form, by name. */
  form: { key: RequestText; values: { text: RequestText | undefined; src: RequestText | undefined }[]; list: boolean }[] | undefined;
  /** Multipart parts built with MultipartFormDataContent, when -Form cannot send them as listed. */
  parts: { key: RequestText; text: RequestText | undefined; src: RequestText | undefined; fileName: RequestText | undefined; contentType: RequestText | undefined }[] | undefined;
  /** -SkipHeaderValidation: the values are sent as written; PowerShell would otherwise reparse or refuse some. */
  skipHeaderValidation: boolean;
  noRedirects: boolean;
  timeout: number | undefined;
}

/** PowerShell 7's WebRequestMethod members; any other method goes in -CustomMethod. */
const METHOD_MEMBERS: Record<string, string> = { GET: 'Get', HEAD: 'Head', POST: 'Post', PUT: 'Put', DELETE: 'Delete', TRACE: 'Trace', OPTIONS: 'Options', MERGE: 'Merge', PATCH: 'Patch' };

export function powershellView(request: PreparedRequest, warnings: string[], options: PowerShellOptions, cmdlet: string): PowerShellView {
  const body = request.body;
  // -Headers is a hashtable: one value per name.
  const headers = joinRepeatedHeaders(request.headers, cmdlet, warnings);
  const contentType = headers.find((h) => h.name.toLowerCase() === 'content-type');
  const member = METHOD_MEMBERS[request.method];
  if (headers.some((h) => isNonAscii(h.value))) warnings.push(`${cmdlet} refuses a header value outside ASCII (.NET's default, which PowerShell does not let a script change).`);
  const otherHeaders = headers.filter((h) => h !== contentType);
  if (request.method === 'POST' && body.mode === 'raw' && body.text === '' && contentType === undefined) {
    warnings.push(`${cmdlet} gives a POST without -ContentType the type application/x-www-form-urlencoded, even with no body.`);
  }
  return {
    url: t(request.fullUrl),
    methodMember: member,
    customMethod: member === undefined ? t(request.method) : undefined,
    basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
    headers: otherHeaders.map((h) => ({ name: t(h.name), value: t(h.value) })),
    hasHeaders: otherHeaders.length > 0 || request.basicAuth !== undefined,
    contentType: contentType === undefined ? undefined : t(contentType.value),
    // Given an empty string, the cmdlets would add a form Content-Type the model does not have.
    body: body.mode === 'raw' && (body.text !== '' || contentType !== undefined) ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
    inFile: body.mode === 'file' ? t(body.src) : undefined,
    ...(body.mode === 'formdata' ? multipart(body.params) : { form: undefined, parts: undefined }),
    skipHeaderValidation: headers.length > 0 || request.basicAuth !== undefined,
    noRedirects: !options.followRedirects,
    timeout: options.timeout > 0 ? options.timeout : undefined,
  };
}

type FormFields = Extract<PreparedRequest['body'], { mode: 'formdata' }>['params'];

/**
 * -Form takes a dictionary: a repeated field is one key holding a list (its parts go out together),
 * a file is a FileInfo (Get-Item) named after its file, and no part gets a Content-Type of its own.
 * When that would change what is sent, the parts are built with .NET's MultipartFormDataContent
 * (PowerShell's documented way) and sent as -Body.
 */
function multipart(fields: FormFields): Pick<PowerShellView, 'form' | 'parts'> {
  const byKey = new Map<string, FormFields[number][]>();
  for (const field of fields) byKey.set(field.key, [...(byKey.get(field.key) ?? []), field]);
  const formKeepsOrder = [...byKey.values()].flat().every((field, i) => field === fields[i]);
  const formExpressesParts = fields.every((f) => f.contentType === undefined && (f.type === 'text' || f.fileName === f.src.split(/[/\\]/).pop()));
  if (formKeepsOrder && formExpressesParts) {
    const form = [...byKey.entries()].map(([key, group]) => ({
      key: t(key),
      values: group.map((field) => (field.type === 'text' ? { text: t(field.value), src: undefined } : { text: undefined, src: t(field.src) })),
      list: group.length > 1,
    }));
    return { form, parts: undefined };
  }
  const parts = fields.map((field) => ({
    key: t(field.key),
    text: field.type === 'text' ? t(field.value) : undefined,
    src: field.type === 'file' ? t(field.src) : undefined,
    fileName: field.type === 'file' ? t(field.fileName) : undefined,
    contentType: field.contentType === undefined ? undefined : t(field.contentType),
  }));
  return { form: undefined, parts };
}
