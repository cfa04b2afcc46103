import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { handWrittenMultipart, hasHeader, needsPartList, phpBasicAuth, phpBodyText, phpFormFields, phpOptions, withoutHeadBody, type PhpPart } from '../shared.js';
import type { TargetDefinition } from '../../types.js';

/** ext-curl follows no redirect unless told to. No curl_close(): since PHP 8.0 the handle is an object freed with $curl, and PHP 8.5 deprecates the call. */
const options = z.object(phpOptions(false));
type Options = z.infer<typeof options>;

/** A field of the CURLOPT_POSTFIELDS array: text, or a CURLFile. */
interface CurlField {
  key: RequestText;
  value: RequestText | undefined;
  file: { src: RequestText; contentType: RequestText; fileName: RequestText } | undefined;
}

interface CurlView {
  url: RequestText;
  /** HEAD is CURLOPT_NOBODY: with CURLOPT_CUSTOMREQUEST curl would wait for a response body. */
  head: boolean;
  /** CURLOPT_CUSTOMREQUEST for every method but HEAD and a GET without a body (curl's default; a body would make it a POST). */
  method: RequestText | undefined;
  followRedirects: boolean;
  /** CURLOPT_TIMEOUT takes whole seconds; a fraction goes as CURLOPT_TIMEOUT_MS. */
  timeoutSeconds: number | undefined;
  timeoutMs: number | undefined;
  basicAuth: ReturnType<typeof phpBasicAuth>;
  headerLines: RequestText[];
  /** `Content-Type:` with no value stops curl from typing a body the model gives no type as a form. */
  removeContentType: boolean;
  sendsHeaders: boolean;
  bodyText: RequestText | undefined;
  formFields: ReturnType<typeof phpFormFields>;
  bodyFile: RequestText | undefined;
  /** The POSTFIELDS array curl sends as multipart/form-data. */
  fields: CurlField[] | undefined;
  /** A multipart body written by the snippet, when the array cannot hold the parts (a repeated key, a typed text part). */
  multipart: { boundary: string; parts: PhpPart[] } | undefined;
}

export const target: TargetDefinition<CurlView, Options> = {
  info: {
    id: 'php-curl',
    label: 'PHP (cURL)',
    language: 'php',
    client: 'ext-curl',
    extension: 'php',
    fence: 'php',
    clientVersion: 'PHP 8.0+ with ext-curl',
    prism: 'php',
    highlightjs: 'php',
    executedWith: 'PHP 8.2.36, ext-curl on libcurl 7.88.1 (Debian 12)',
  },
  options,
  view(modelRequest, warnings, { followRedirects, timeout }) {
    const request = withoutHeadBody(modelRequest, 'ext-curl', warnings);
    const { body, method, headers } = request;
    const head = method === 'HEAD';
    const sendsBody = body.mode !== 'none';
    const multipart = body.mode === 'formdata' && needsPartList(body.params) ? handWrittenMultipart(request) : undefined;
    const fields =
      body.mode === 'formdata' && multipart === undefined
        ? body.params.map((p) =>
            p.type === 'text'
              ? { key: t(p.key), value: t(p.value), file: undefined }
              : { key: t(p.key), value: undefined, file: { src: t(p.src), contentType: t(p.contentType ?? ''), fileName: t(p.fileName) } },
          )
        : undefined;
    const headerLines = headers.map(({ name, value }) => t(value === '' ? `${name};` : `${name}: ${value}`));
    const removeContentType = sendsBody && body.mode !== 'formdata' && !hasHeader(headers, 'content-type');
    const wholeSeconds = Number.isInteger(timeout);
    return {
      url: t(request.fullUrl),
      head,
      method: (method === 'GET' && !sendsBody) || head ? undefined : t(method),
      followRedirects,
      timeoutSeconds: timeout > 0 && wholeSeconds ? timeout : undefined,
      timeoutMs: timeout > 0 && !wholeSeconds ? Math.round(timeout * 1000) : undefined,
      basicAuth: phpBasicAuth(request),
      headerLines,
      removeContentType,
      sendsHeaders: headerLines.length > 0 || removeContentType || multipart !== undefined,
      bodyText: sendsBody ? phpBodyText(request) : undefined,
      formFields: sendsBody ? phpFormFields(request) : undefined,
      bodyFile: sendsBody && body.mode === 'file' ? t(body.src) : undefined,
      fields: sendsBody ? fields : undefined,
      multipart: sendsBody ? multipart : undefined,
    };
  },
};
