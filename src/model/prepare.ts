import { encodeForm, encodeQuery } from '../escape/percent.js';
import { hasPlaceholder } from './placeholders.js';
import type { FormField, Header, RawLanguage, RequestModel } from './schema.js';
import { encodePath, parseUrl, type ParsedUrl, type QueryPair } from './url.js';

/** A multipart field as it is sent: text, or a file read from `src`. */
export type PreparedFormField =
  | { type: 'text'; key: string; value: string; contentType: string | undefined }
  | { type: 'file'; key: string; src: string; fileName: string; contentType: string | undefined };

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
  headers: Header[];
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
  if (auth.type === 'basic') {
    headers.push(basicAuthorization(`${auth.username}:${auth.password}`, warnings));
  } else if (auth.type === 'none' && url.userinfo !== undefined) {
    // Clients differ on credentials in the URL (some drop them); a header sends the same thing everywhere.
    warnings.push('The credentials in the URL are sent as an Authorization: Basic header.');
    headers.push(basicAuthorization(url.userinfo.includes(':') ? url.userinfo : `${url.userinfo}:`, warnings));
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
  const body = prepareBody(model, warnings);
  const contentType = defaultContentType(body);
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
      const encoded = encodeForm(params);
      return { mode: 'urlencoded', params, encoded, byteLength: Buffer.byteLength(encoded), hasRepeatedKeys: repeats(params.map((p) => p.key)) };
    }
    case 'formdata': {
      const params = body.params.filter((p) => !p.disabled).map(prepareFormField);
      return { mode: 'formdata', params, hasRepeatedKeys: repeats(params.map((p) => p.key)) };
    }
    case 'file':
      return { mode: 'file', src: body.src };
  }
}

function raw(text: string, language: RawLanguage): PreparedBody {
  return { mode: 'raw', text, language, byteLength: Buffer.byteLength(text) };
}

function prepareFormField(field: FormField): PreparedFormField {
  if (field.type === 'text') return { type: 'text', key: field.key, value: field.value, contentType: field.contentType };
  const fileName = field.src.split(/[/\\]/).pop() ?? field.src;
  return { type: 'file', key: field.key, src: field.src, fileName, contentType: field.contentType };
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

function basicAuthorization(credentials: string, warnings: string[]): Header {
  if (hasPlaceholder(credentials)) {
    warnings.push('The basic auth credentials hold {{placeholders}}: the Authorization header carries them base64-encoded as written, so fill them in (--var, --env) to get a header that works.');
  }
  return { name: 'Authorization', value: `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}` };
}

/** RFC 9110 5.5: a field value excludes leading and trailing spaces and tabs; no client sends them. */
function trimHeaderValue(name: string, value: string, warnings: string[]): string {
  const trimmed = value.replace(/^[ \t]+|[ \t]+$/g, '');
  if (trimmed !== value) warnings.push(`The ${name} header value loses its leading or trailing whitespace: HTTP does not carry it.`);
  return trimmed;
}

function removeHeaders(headers: Header[], lowerName: string): void {
  for (let i = headers.length - 1; i >= 0; i--) if (headers[i]!.name.toLowerCase() === lowerName) headers.splice(i, 1);
}

function repeats(keys: readonly string[]): boolean {
  return new Set(keys).size !== keys.length;
}
