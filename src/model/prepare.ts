import { formDataName } from './encoding/multipart.js';
import { encodeForm, encodeQuery } from './encoding/percent.js';
import { hasPlaceholder } from './placeholders.js';
import { trimChars } from '../text.js';
import type { FormField, Header, RawLanguage, RequestModel } from './schema.js';
import { encodePath, parseUrl, type ParsedUrl, type QueryPair } from './url.js';

/**
 * A multipart field as it is sent: text, or a file read from `src`. `key` and `fileName` are already
 * WHATWG-encoded (`"` → %22, CR → %0D, LF → %0A, as browsers send them): print them as they are in a
 * Content-Disposition, never encode them again.
 */
export type PreparedFormField =
  | { type: 'text'; key: string; value: string; contentType: string | undefined }
  | { type: 'file'; key: string; src: string; fileName: string; contentType: string | undefined };

/**
 * An urlencoded or form-data body with no enabled field arrives as `{ mode: 'raw', text: '' }` with no
 * default Content-Type: targets send the method unchanged, the user's headers as given (no invented
 * Content-Type) and an empty body (Content-Length: 0), like any empty raw body.
 */
export type PreparedBody =
  | { mode: 'none' }
  /** Sent byte for byte as UTF-8; GraphQL arrives here as its JSON text. */
  | { mode: 'raw'; text: string; language: RawLanguage; byteLength: number }
  | { mode: 'urlencoded'; params: QueryPair[]; encoded: string; byteLength: number; hasRepeatedKeys: boolean }
  | { mode: 'formdata'; params: PreparedFormField[]; hasRepeatedKeys: boolean }
  | { mode: 'file'; src: string };

/**
 * Everything a target needs, derived once from a validated model: decoded URL parts, the encoded
 * URL, the headers that are really sent (auth folded in, content type defaulted) and the body.
 * Targets read this and never re-parse.
 */
export interface PreparedRequest {
  name: string;
  description: string | undefined;
  method: string;
  url: ParsedUrl;
  /** Scheme + authority as written, e.g. `https://api.example.com:8443` or `{{baseUrl}}`. */
  origin: string;
  /** Encoded, placeholders verbatim: what a reader pastes into a client. */
  fullUrl: string;
  /** fullUrl without the query, for clients that take query pairs separately. */
  baseUrl: string;
  /** Encoded path, `/` when empty: the HTTP request target without the query. */
  path: string;
  /** Encoded query without `?`, '' when none. */
  queryString: string;
  /**
   * The headers to send, Authorization included, but for `basicAuth`: when that is set, `headers`
   * holds no Authorization header.
   */
  headers: Header[];
  /**
   * Set only when the basic-auth credentials hold {{placeholders}} (e.g. `{{username}}` from an
   * OpenAPI spec): a header precomputed now would carry Base64 of the placeholder text. The snippet
   * must encode `username:password` at run time, with the client's own basic-auth feature (curl -u,
   * requests auth=, Go SetBasicAuth, OkHttp Credentials.basic, Ruby basic_auth, ...) or by encoding it
   * itself (UTF-8, then Base64), so that filling in the placeholders yields a valid header. Literal
   * credentials arrive as a ready `Authorization: Basic ...` header in `headers`.
   */
  basicAuth?: { username: string; password: string };
  body: PreparedBody;
  warnings: string[];
}

const RAW_CONTENT_TYPES: Record<RawLanguage, string> = {
  json: 'application/json',
  xml: 'application/xml',
  text: 'text/plain',
  html: 'text/html',
  javascript: 'application/javascript',
};

export function prepare(model: RequestModel): PreparedRequest {
  const warnings: string[] = [];
  const url = parseUrl(model.url);
  url.query.push(...model.query.filter((q) => !q.disabled).map(({ key, value }) => ({ key, value })));

  const headers = model.headers.filter((h) => !h.disabled).map(({ name, value }) => ({ name, value: trimHeaderValue(name, value, warnings) }));
  const auth = model.auth;
  let basicAuth: PreparedRequest['basicAuth'];
  const addBasicAuth = (username: string, password: string) => {
    if (hasPlaceholder(username) || hasPlaceholder(password)) {
      warnings.push('The basic auth credentials hold {{placeholders}}: the snippet encodes them when it runs, so fill them in before running it.');
      basicAuth = { username, password };
    } else headers.push({ name: 'Authorization', value: `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}` });
  };
  if (auth.type === 'basic') {
    addBasicAuth(auth.username, auth.password);
  } else if (auth.type === 'none' && url.userinfo !== undefined) {
    // Clients differ on credentials in the URL (some drop them); a header sends the same thing everywhere.
    warnings.push('The credentials in the URL are sent as an Authorization: Basic header.');
    const colon = url.userinfo.indexOf(':');
    addBasicAuth(colon === -1 ? url.userinfo : url.userinfo.slice(0, colon), colon === -1 ? '' : url.userinfo.slice(colon + 1));
  } else if (auth.type === 'bearer') {
    headers.push({ name: 'Authorization', value: `Bearer ${auth.token}` });
  } else if (auth.type === 'apikey') {
    if (auth.in === 'query') url.query.push({ key: auth.key, value: auth.value });
    else headers.push({ name: auth.key, value: auth.value });
  }

  if (headers.some((h) => h.name.toLowerCase() === 'content-length')) {
    // Every client computes it from the body it sends; a copied value is wrong as soon as the body changes.
    warnings.push('The Content-Length header is dropped: the client computes it from the body.');
    removeHeaders(headers, 'content-length');
  }
  if (basicAuth !== undefined && headers.some((h) => h.name.toLowerCase() === 'authorization')) {
    warnings.push('The Authorization header is replaced by the basic auth credentials.');
    removeHeaders(headers, 'authorization');
  }
  const body = prepareBody(model, warnings);
  // An empty form is sent as an empty body: no field, so no form type the user did not write.
  const emptyForm = (model.body.mode === 'urlencoded' || model.body.mode === 'formdata') && body.mode === 'raw';
  const contentType = emptyForm ? undefined : defaultContentType(body);
  const hasContentType = headers.some((h) => h.name.toLowerCase() === 'content-type');
  if (body.mode === 'formdata' && hasContentType) {
    // The client writes its own multipart Content-Type with the boundary it chose.
    warnings.push('The Content-Type header is dropped: a multipart body gets its boundary from the client.');
    removeHeaders(headers, 'content-type');
  } else if (contentType !== undefined && !hasContentType) {
    headers.push({ name: 'Content-Type', value: contentType });
  }

  const origin = (url.scheme !== undefined ? `${url.scheme}://` : '') + url.authority;
  const path = encodePath(url.pathSegments);
  const queryString = encodeQuery(url.query);
  return {
    name: model.name ?? '',
    description: model.description,
    method: model.method,
    url,
    origin,
    fullUrl: origin + (path === '' && queryString !== '' ? '/' : path) + (queryString !== '' ? '?' + queryString : ''),
    baseUrl: origin + path,
    path: path === '' ? '/' : path,
    queryString,
    headers,
    ...(basicAuth !== undefined && { basicAuth }),
    body,
    warnings,
  };
}

function prepareBody(model: RequestModel, warnings: string[]): PreparedBody {
  const body = model.body;
  switch (body.mode) {
    case 'none':
      return body;
    case 'raw':
      return raw(body.text, body.language);
    case 'graphql': {
      const payload: Record<string, unknown> = { query: body.query };
      const variables = typeof body.variables === 'string' ? parseVariables(body.variables, warnings) : body.variables;
      if (variables !== undefined) payload['variables'] = variables;
      if (body.operationName !== undefined) payload['operationName'] = body.operationName;
      return raw(JSON.stringify(payload), 'json');
    }
    case 'urlencoded': {
      const params = body.params.filter((p) => !p.disabled).map(({ key, value }) => ({ key, value }));
      if (params.length === 0) return raw('', 'text');
      const encoded = encodeForm(params);
      return { mode: 'urlencoded', params, encoded, byteLength: Buffer.byteLength(encoded), hasRepeatedKeys: repeats(params.map((p) => p.key)) };
    }
    case 'formdata': {
      const params = body.params.filter((p) => !p.disabled).map((field) => prepareFormField(field, warnings));
      if (params.length === 0) return raw('', 'text');
      return { mode: 'formdata', params, hasRepeatedKeys: repeats(params.map((p) => p.key)) };
    }
    case 'file':
      return { mode: 'file', src: body.src };
  }
}

function raw(text: string, language: RawLanguage): PreparedBody {
  return { mode: 'raw', text, language, byteLength: Buffer.byteLength(text) };
}

function prepareFormField(field: FormField, warnings: string[]): PreparedFormField {
  const key = formDataName(field.key);
  if (key !== field.key) warnings.push(`The multipart field name ${JSON.stringify(field.key)} is sent as ${JSON.stringify(key)}: a quote or line break is percent-encoded, as browsers do (WHATWG form-data).`);
  if (field.type === 'text') return { type: 'text', key, value: field.value, contentType: field.contentType };
  const baseName = field.src.split(/[/\\]/).pop() ?? field.src;
  const fileName = formDataName(baseName);
  if (fileName !== baseName) warnings.push(`The file name ${JSON.stringify(baseName)} is sent as ${JSON.stringify(fileName)}: a quote or line break is percent-encoded, as browsers do (WHATWG form-data).`);
  return { type: 'file', key, src: field.src, fileName, contentType: field.contentType };
}

function parseVariables(text: string, warnings: string[]): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    warnings.push('GraphQL variables are not valid JSON; they are sent as a string.');
    return text;
  }
}

function defaultContentType(body: PreparedBody): string | undefined {
  if (body.mode === 'raw') return RAW_CONTENT_TYPES[body.language];
  if (body.mode === 'urlencoded') return 'application/x-www-form-urlencoded';
  return undefined;
}

/** RFC 9110 5.5: a field value excludes leading and trailing spaces and tabs; no client sends them. */
function trimHeaderValue(name: string, value: string, warnings: string[]): string {
  const trimmed = trimChars(value, ' \t');
  if (trimmed !== value) warnings.push(`The ${name} header value loses its leading or trailing whitespace: HTTP does not carry it.`);
  return trimmed;
}

function removeHeaders(headers: Header[], lowerName: string): void {
  for (let i = headers.length - 1; i >= 0; i--) if (headers[i]!.name.toLowerCase() === lowerName) headers.splice(i, 1);
}

function repeats(keys: readonly string[]): boolean {
  return new Set(keys).size !== keys.length;
}
