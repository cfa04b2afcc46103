import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import { handWrittenMultipart, isPhpIntegerKey, needsPartList, phpBasicAuth, phpBodyText, phpFormFields, phpHeaderMap, phpOptions, withoutHeadBody, type PhpHeaderEntry, type PhpPart } from '../shared.js';
import { joinRepeatedHeaders } from '../../shared.js';
import type { TargetDefinition } from '../../types.js';

/** pecl_http follows no redirect unless the `redirect` option allows some. */
const options = z.object(phpOptions(false));
type Options = z.infer<typeof options>;

interface PeclView {
  method: RequestText;
  url: RequestText;
  headers: PhpHeaderEntry[];
  bodyText: RequestText | undefined;
  formFields: ReturnType<typeof phpFormFields>;
  bodyFile: RequestText | undefined;
  /** Body::addForm(): text fields, then files; null or left out when there are none (an empty array crashes pecl_http 4.2). */
  form: { fields: { key: RequestText; value: RequestText }[] | undefined; files: { key: RequestText; src: RequestText; contentType: RequestText }[] | undefined } | undefined;
  /** A multipart body written by the snippet, when addForm() cannot send the parts as listed. */
  multipart: { boundary: string; parts: PhpPart[] } | undefined;
  requestOptions: boolean;
  basicAuth: ReturnType<typeof phpBasicAuth>;
  followRedirects: boolean;
  timeout: number;
}

export const target: TargetDefinition<PeclView, Options> = {
  info: {
    id: 'php-pecl-http',
    label: 'PHP (pecl_http)',
    language: 'php',
    client: 'pecl_http',
    extension: 'php',
    fence: 'php',
    clientVersion: 'pecl_http 3.x/4.x (http\\Client) on PHP 7/8',
    prism: 'php',
    highlightjs: 'php',
    executedWith: 'PHP 8.2.36, pecl_http 4.2.3 with raphf 2.0.1 (Debian 12)',
  },
  options,
  view(modelRequest, warnings, { followRedirects, timeout }) {
    const request = withoutHeadBody(modelRequest, 'pecl_http', warnings);
    const { body } = request;
    // A message keeps one value per header name (addHeader() joins repeats with ", ") and drops an empty one.
    const headers = joinRepeatedHeaders(request.headers, 'pecl_http', warnings).filter(({ name, value }) => {
      if (value === '') warnings.push(`pecl_http drops a header with an empty value: ${name} is not sent.`);
      else if (isPhpIntegerKey(name)) warnings.push(`pecl_http drops a header whose name is a number: ${name} is not sent.`);
      return value !== '' && !isPhpIntegerKey(name);
    });
    const formParams = body.mode === 'formdata' ? body.params : undefined;
    const multipart = formParams !== undefined && !addFormSends(formParams) ? handWrittenMultipart(request) : undefined;
    const form = formParams !== undefined && multipart === undefined ? addForm(formParams) : undefined;
    const basicAuth = phpBasicAuth(request);
    return {
      method: t(request.method),
      url: t(request.fullUrl),
      headers: phpHeaderMap(headers),
      bodyText: phpBodyText(request),
      formFields: phpFormFields(request),
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      form,
      multipart,
      requestOptions: basicAuth !== undefined || followRedirects || timeout > 0,
      basicAuth,
      followRedirects,
      timeout,
    };
  },
};

/**
 * addForm() writes the text fields, then the files, each file named after the base name of its path;
 * a text field has no type of its own and a repeated key is sent as `key[0]`, `key[1]`.
 */
function addFormSends(params: readonly PreparedFormField[]): boolean {
  const textsFirst = params.every((p, i) => p.type === 'text' || params.slice(i).every((q) => q.type === 'file'));
  const namedAfterPath = params.every((p) => p.type === 'text' || p.fileName === p.src.split(/[/\\]/).pop());
  return textsFirst && namedAfterPath && !needsPartList(params);
}

function addForm(params: readonly PreparedFormField[]): PeclView['form'] {
  const fields = params.flatMap((p) => (p.type === 'text' ? [{ key: t(p.key), value: t(p.value) }] : []));
  // pecl_http crashes on a file without a type: application/octet-stream is what browsers send then.
  const files = params.flatMap((p) => (p.type === 'file' ? [{ key: t(p.key), src: t(p.src), contentType: t(p.contentType ?? 'application/octet-stream') }] : []));
  return { fields: fields.length > 0 ? fields : undefined, files: files.length > 0 ? files : undefined };
}
