import { t, type RequestText } from '../../../engine/request-text.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import type { Header } from '../../../model/schema.js';
import { joinRepeatedHeaders } from '../../shared.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

/** `'key' => 'value'`, or `'key' => array('a', 'b')` for a repeated key. */
interface PostParameter {
  key: RequestText;
  value: RequestText | undefined;
  values: RequestText[] | undefined;
}

interface UploadFile {
  src: RequestText;
  fileName: RequestText;
  contentType: RequestText | undefined;
}

/** One addUpload() call: one file, or the array form for several files under one key. */
interface Upload {
  key: RequestText;
  file: UploadFile | undefined;
  files: UploadFile[] | undefined;
}

interface PhpView {
  url: RequestText;
  /** `METHOD_POST` for the methods HTTP_Request2 has a constant for; otherwise `method` is printed as a string. */
  methodConstant: string | undefined;
  method: RequestText | undefined;
  /** false when a repeated form key must keep its name (`tag=a&tag=b`, not `tag[0]=a&tag[1]=b`). */
  useBrackets: boolean;
  /**
   * The variable the form fields are added to: `request`, or `form` for a multipart body of another method than
   * POST (HTTP_Request2 builds one only for POST: a POST request builds it, and the request sends it with setBody()).
   */
  formVariable: 'request' | 'form';
  /** Set when the form fields go to `form`; its useBrackets is the one `useBrackets` would otherwise say. */
  form: { useBrackets: boolean } | undefined;
  headers: { name: RequestText; value: RequestText }[];
  /** Credentials holding {{placeholders}}: setAuth() encodes them (Base64 of the bytes as written) at run time. */
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  postParameters: PostParameter[] | undefined;
  uploads: Upload[];
  /** A string body for setBody(). */
  body: RequestText | undefined;
  /** A file name for setBody($file, true). */
  bodyFile: RequestText | undefined;
  /** Comments: fixed text, never request data (`?>` ends PHP mode even inside a `//` comment). */
  notes: string[];
  /** HTTP_Request2's follow_redirects (its own default is FALSE; the snippet turns it on unless asked not to). */
  followRedirects: boolean;
  /** Seconds, HTTP_Request2's timeout; 0 for none. */
  timeout: number;
}

/** The methods HTTP_Request2 names as class constants (HTTP_Request2::METHOD_GET, ...). */
const METHOD_CONSTANTS = new Set(['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT']);
/** The adapter keeps Content-Type (and sends Content-Length: 0) on an empty body only for these. */
const BODY_REQUIRED = new Set(['POST', 'PUT']);
const FORM_TYPE = 'application/x-www-form-urlencoded';
/** What PHP's trim() removes from either end: " \t\n\r\0\x0B". */
const PHP_TRIMMED = /^[ \t\n\r\0\x0B]|[ \t\n\r\0\x0B]$/;

type TextField = Extract<PreparedFormField, { type: 'text' }>;
type FileField = Extract<PreparedFormField, { type: 'file' }>;

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<PhpView, z.infer<typeof options>> = {
  info: { id: 'php-http-request2', label: 'PHP', language: 'php', client: 'HTTP_Request2', extension: 'php', fence: 'php', clientVersion: 'HTTP_Request2 2.5+', prism: 'php', highlightjs: 'php', executedWith: 'PHP 8.2, HTTP_Request2 2.6.0 (vendored PEAR)' },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const { method, body } = request;
    const notes = new Set<string>();
    // setHeader() keeps one value per (case-insensitive) name and trims it.
    const headers = joinRepeatedHeaders(request.headers, 'HTTP_Request2', warnings);
    for (const { name, value } of headers) {
      if (PHP_TRIMMED.test(value)) warnings.push(`HTTP_Request2 trims header values: ${name} loses its leading or trailing whitespace.`);
    }
    if (method === 'CONNECT') warnings.push('HTTP_Request2 sends CONNECT only through an HTTP proxy (proxy_host); without one send() throws.');

    let text: string | undefined;
    let postParameters: PostParameter[] | undefined;
    let uploads: Upload[] = [];
    let useBrackets = true;
    let formVariable: PhpView['formVariable'] = 'request';
    if (body.mode === 'raw') text = body.text;
    else if (body.mode === 'urlencoded' && body.params.length > 0) {
      const grouped = groupByKey(body.params);
      // Post parameters are encoded only for POST with a form Content-Type. Turning use_brackets off
      // for a repeated key also strips `[n]` from the end of any key, so such keys need the text body.
      const asParameters =
        method === 'POST' &&
        (headerValue(headers, 'content-type') ?? '').startsWith(FORM_TYPE) &&
        grouped.keepsOrder &&
        !(body.hasRepeatedKeys && body.params.some((p) => /\[\d+\]$/.test(p.key)));
      if (asParameters) {
        postParameters = grouped.groups.map(postParameter);
        useBrackets = !body.hasRepeatedKeys;
      } else text = body.encoded;
    } else if (body.mode === 'formdata' && body.params.length > 0) {
      // Set before send() on POST (with text fields only, addPostParameter() would choose the urlencoded type); the
      // adapter gives a multipart body set with setBody() its Content-Type with the boundary itself.
      if (method === 'POST') headers.push({ name: 'Content-Type', value: 'multipart/form-data' });
      else formVariable = 'form';
      ({ postParameters, uploads } = multipart(body.params, warnings, notes));
      useBrackets = !body.hasRepeatedKeys;
    } else if (body.mode === 'file' && headerValue(headers, 'content-type') === undefined) {
      warnings.push('HTTP_Request2 gives a file body the Content-Type it detects from the file when none is set.');
    }

    const formSent = postParameters !== undefined || uploads.length > 0;
    const sendsBody = text !== undefined ? text !== '' : formSent || body.mode === 'file';
    if (!sendsBody && !BODY_REQUIRED.has(method) && headerValue(headers, 'content-type') !== undefined) {
      warnings.push(`HTTP_Request2 drops the Content-Type header of a ${method} request without a body.`);
      notes.add('HTTP_Request2 sends Content-Type without a body only for POST and PUT: this one is dropped.');
    }
    if (sendsBody && method === 'TRACE') warnings.push('HTTP_Request2 never sends a body with TRACE.');

    const constant = METHOD_CONSTANTS.has(method);
    return {
      followRedirects,
      timeout,
      url: t(request.fullUrl),
      methodConstant: constant ? `METHOD_${method}` : undefined,
      method: constant ? undefined : t(method),
      useBrackets: formVariable === 'request' ? useBrackets : true,
      formVariable,
      form: formVariable === 'form' ? { useBrackets } : undefined,
      headers: headers.map((h) => ({ name: t(h.name), value: t(h.value) })),
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      postParameters,
      uploads,
      body: text !== undefined && text !== '' ? t(text) : undefined,
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      notes: [...notes],
    };
  },
};

function headerValue(headers: readonly Header[], lowerName: string): string | undefined {
  return headers.find((h) => h.name.toLowerCase() === lowerName)?.value;
}

/**
 * Fields grouped under their key in first-seen order, as a PHP array holds them. `keepsOrder`: the
 * grouping changes nothing because every repeated key repeats without another key in between.
 */
function groupByKey<T extends { key: string }>(fields: readonly T[]): { groups: T[][]; keepsOrder: boolean } {
  const byKey = new Map<string, T[]>();
  for (const field of fields) {
    const group = byKey.get(field.key);
    if (group === undefined) byKey.set(field.key, [field]);
    else group.push(field);
  }
  const groups = [...byKey.values()];
  return { groups, keepsOrder: groups.flat().every((field, i) => field === fields[i]) };
}

function postParameter(group: readonly { key: string; value: string }[]): PostParameter {
  const key = t(group[0]!.key);
  return group.length === 1 ? { key, value: t(group[0]!.value), values: undefined } : { key, value: undefined, values: group.map((f) => t(f.value)) };
}

function uploadFile(field: FileField): UploadFile {
  return { src: t(field.src), fileName: t(field.fileName), contentType: field.contentType === undefined ? undefined : t(field.contentType) };
}

/**
 * HTTP_Request2's multipart body: every text field (addPostParameter) before every file (addUpload),
 * each key once, names written as given (prepare has WHATWG-encoded them), text parts without a Content-Type. What that cannot carry
 * from the model is a warning.
 */
function multipart(params: readonly PreparedFormField[], warnings: string[], notes: Set<string>): { postParameters: PostParameter[] | undefined; uploads: Upload[] } {
  const texts = groupByKey(params.filter((p): p is TextField => p.type === 'text'));
  const files = groupByKey(params.filter((p): p is FileField => p.type === 'file'));
  if (![...texts.groups.flat(), ...files.groups.flat()].every((field, i) => field === params[i])) {
    warnings.push('HTTP_Request2 sends the text fields first, then the files, each key once: the multipart parts go in another order.');
    notes.add('HTTP_Request2 sends the text fields first, then the files.');
  }
  for (const field of params) {
    if (field.type === 'text' && field.contentType !== undefined) {
      warnings.push(`HTTP_Request2 cannot give a text field a Content-Type: ${JSON.stringify(field.key)} is sent without ${JSON.stringify(field.contentType)}.`);
      notes.add('HTTP_Request2 sends text fields without a Content-Type of their own.');
    }
  }
  // A list under the key "" or "0" is flattened with its indexes as names (PHP's empty("0") is true).
  if (texts.groups.some((g) => g.length > 1 && (g[0]!.key === '' || g[0]!.key === '0'))) {
    warnings.push('HTTP_Request2 names repeated text fields with the key "" or "0" by their index (0, 1, ...).');
  }
  return {
    postParameters: texts.groups.length > 0 ? texts.groups.map(postParameter) : undefined,
    uploads: files.groups.map((g) =>
      g.length === 1 ? { key: t(g[0]!.key), file: uploadFile(g[0]!), files: undefined } : { key: t(g[0]!.key), file: undefined, files: g.map(uploadFile) },
    ),
  };
}
