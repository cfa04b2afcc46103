import { InputError } from '../../errors.js';
import { decodeLenient } from '../../model/encoding/percent.js';
import { PLACEHOLDER, variablesByName } from '../../model/placeholders.js';
import { RAW_LANGUAGES, type RawLanguage } from '../../model/raw-languages.js';
import type { RequestInput } from '../../model/schema.js';
import { asList, describeJson, expectObject, isObject, scalarText, type JsonObject } from '../json.js';
import { SourcePaths } from '../source-paths.js';
import type { ExampleResponse, ImportFailure, ImportedRequest } from '../types.js';

export type { ImportFailure, ImportedRequest } from '../types.js';

export interface ImportedCollection {
  requests: ImportedRequest[];
  /** Requests left out because they could not be imported; one bad request does not sink the others. */
  failures: ImportFailure[];
  /** The collection's own variable values; the requests keep their `{{placeholders}}`. */
  variables: Record<string, string>;
  warnings: string[];
  /** The collection's name (`info.name`). */
  title?: string;
}

type AuthInput = NonNullable<RequestInput['auth']>;
type BodyInput = NonNullable<RequestInput['body']>;
type FormFieldInput = Extract<BodyInput, { mode: 'formdata' }>['params'][number];
type QueryInput = NonNullable<RequestInput['query']>[number];
type HeaderInput = NonNullable<RequestInput['headers']>[number];

/** Where a request sits while the item tree is walked: its folders and the auth it inherits. */
interface Scope {
  folders: string[];
  /** The nearest folder's (or the collection's) Postman auth object; undefined when none is set. */
  auth: JsonObject | undefined;
  /** Where that auth object is, as an error names it: `auth`, or `auth of folder "Users"`. */
  authSource: string;
}

/**
 * Reads a Postman Collection v2.1 (or v2.0, same shape) into our request models, in collection
 * order. Placeholders stay as they are; the collection's variables are returned for the caller to
 * substitute when asked. What our model cannot hold (other auth types, a query key without '=')
 * becomes a warning naming the request. Header names and values are passed through untouched so
 * that bad ones fail the model's validation with its usual message. A request whose fields have the
 * wrong shape is reported in `failures`; a collection whose own shape is wrong throws an InputError.
 */
export function importPostmanCollection(json: unknown): ImportedCollection {
  if (!isObject(json)) throw new InputError('expected a Postman collection (a JSON object with "info" and "item")');
  if (isV1(json)) {
    throw new InputError('this file is a Postman Collection v1; export it as v2.1 from Postman (Export → Collection v2.1)');
  }
  if (!isObject(json['info']) || !Array.isArray(json['item'])) {
    throw new InputError('expected a Postman collection: an object with "info" (an object) and "item" (an array)');
  }
  const warnings: string[] = [];
  const schema = scalarText(json['info']['schema']);
  if (schema !== undefined && !/\/collection\/v2\.[01]\.\d+\//.test(schema)) {
    warnings.push(`Unrecognised collection schema "${schema}"; read as Postman Collection v2.1.`);
  }
  const title = scalarText(json['info']['name'])?.trim();
  const out: ImportedCollection = { requests: [], failures: [], variables: readVariables(json['variable'], 'variable'), warnings, ...(title && { title }) };
  walkItems(json['item'], { folders: [], auth: authOf(json['auth']), authSource: "auth of the collection" }, out);
  return out;
}

function isV1(json: JsonObject): boolean {
  const schema = isObject(json['info']) ? scalarText(json['info']['schema']) : undefined;
  return Array.isArray(json['requests']) || Array.isArray(json['order']) || (schema !== undefined && /\/collection\/v1\b/.test(schema));
}

function walkItems(items: unknown[], scope: Scope, out: ImportedCollection): void {
  items.forEach((item, index) => {
    const fallbackName = `item[${index}]`;
    if (!isObject(item)) {
      out.failures.push({ name: fallbackName, folders: scope.folders, message: 'expected an object (a folder or a request)' });
      return;
    }
    const name = scalarText(item['name']);
    if (Array.isArray(item['item'])) {
      const folder = name ?? '';
      const auth = authOf(item['auth']);
      const inner = auth !== undefined ? { auth, authSource: `auth of folder ${JSON.stringify(folder)}` } : { auth: scope.auth, authSource: scope.authSource };
      walkItems(item['item'], { folders: [...scope.folders, folder], ...inner }, out);
    } else if (item['request'] !== undefined) {
      try {
        out.requests.push(importRequest(item, scope, out.warnings));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        out.failures.push({ name: name ?? fallbackName, folders: scope.folders, message: error.message });
      }
    } else {
      out.warnings.push(`${[...scope.folders, name ?? fallbackName].join(' / ')}: neither a folder nor a request; skipped.`);
    }
  });
}

/** Throws an InputError whose message says where in the item (`header[2]: expected an object`). */
function importRequest(item: JsonObject, scope: Scope, warnings: string[]): ImportedRequest {
  const itemName = scalarText(item['name']);
  // v2 allows the request to be just its URL.
  const request = typeof item['request'] === 'string' ? { url: item['request'] } : expectObject(item['request'], 'request');
  const name = scalarText(request['name']) ?? itemName ?? 'Untitled request';
  const label = [...scope.folders, name].join(' / ');
  const warn = (message: string) => warnings.push(`${label}: ${message}`);

  // Paths as the item's `request` object has them, as the importer's own errors name them (`header[2]: ...`).
  const sources = new SourcePaths().field('method', 'method').field('url', 'url').field('body', 'body').field('description', 'description');
  const { url, query } = importUrl(request['url'], warn, sources);
  const ownAuth = authOf(request['auth']);
  sources.field('auth', ownAuth !== undefined ? 'auth' : scope.authSource);
  const model: RequestInput = {
    name,
    description: descriptionOf(request['description']) ?? descriptionOf(item['description']),
    method: importMethod(request['method']),
    url,
    query,
    headers: importHeaders(request['header'], sources),
    auth: importAuth(ownAuth ?? scope.auth, warn),
    body: importBody(request['body'], warn, sources),
  };
  const key = scalarText(item['id']);
  const responses = savedResponses(item['response']);
  return { name, folders: scope.folders, request: model, sources, ...(key !== undefined && key.trim() !== '' && { key }), ...(responses.length > 0 && { responses }) };
}

/** A Postman item's saved examples (`response`: name, code, header, body); one without a body shows nothing and is left out. */
function savedResponses(value: unknown): ExampleResponse[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): ExampleResponse[] => {
    if (!isObject(entry)) return [];
    const body = scalarText(entry['body']) ?? '';
    if (body === '') return [];
    const status = typeof entry['code'] === 'number' ? entry['code'] : undefined;
    const headers = Array.isArray(entry['header']) ? entry['header'].filter(isObject) : [];
    const contentType = headers.find((header) => scalarText(header['key'])?.toLowerCase() === 'content-type');
    const name = scalarText(entry['name'])?.trim() || [status, scalarText(entry['status'])].filter((part) => part !== undefined).join(' ') || 'Example response';
    return [{ name, ...(status !== undefined && { status }), ...(contentType !== undefined && { contentType: scalarText(contentType['value']) ?? '' }), body }];
  });
}

function importMethod(value: unknown): string {
  if (value === undefined || value === null) return 'GET';
  if (typeof value !== 'string') throw new InputError(`method: expected a string (GET, POST, ...), got ${describeJson(value)}`);
  return value;
}

// ---- URL ----------------------------------------------------------------------------------------

/**
 * Our `url` is the URL without its query; the query pairs go to `query` as literal text. Postman and
 * newman send what the URL's parts say (`host`, `path`, `query`, ...) and ignore `raw`, so the parts
 * win, with a warning when an edited export's `raw` says otherwise; `raw` alone is read when the URL
 * has no parts.
 */
function importUrl(value: unknown, warn: (m: string) => void, sources: SourcePaths): { url: string; query: QueryInput[] } {
  if (typeof value === 'string') {
    const { base, query } = splitRawUrl(value);
    return { url: base, query: parseQueryText(query).map((pair) => queryPair(pair, warn)) };
  }
  sources.field('url', isObject(value) && value['raw'] !== undefined && value['host'] === undefined && value['path'] === undefined ? 'url.raw' : 'url');
  sources.field('query', 'url.raw');
  if (value === undefined || value === null) throw new InputError('the request has no URL');
  if (!isObject(value)) throw new InputError(`url: expected a string or an object, got ${describeJson(value)}`);
  const url = value;
  const raw = scalarText(url['raw']);
  const split = raw !== undefined ? splitRawUrl(raw) : undefined;
  const hasParts = url['host'] !== undefined || url['path'] !== undefined;
  if (!hasParts) {
    const query = url['query'] !== undefined ? readQueryList(url['query'], sources) : parseQueryText(split?.query ?? '');
    return { url: resolvePathVariables(split?.base ?? buildUrl(url), url['variable'], warn), query: query.map((pair) => queryPair(pair, warn)) };
  }
  const base = buildUrl(url);
  const query = readQueryList(url['query'], sources);
  if (split !== undefined && !sameUrl({ base, query }, { base: split.base, query: parseQueryText(split.query) })) {
    warn(`url.raw ${JSON.stringify(raw)} disagrees with the URL's parts (host, path, query); the parts are followed, as Postman does: ${JSON.stringify(base + queryText(query))}.`);
  }
  return { url: resolvePathVariables(base, url['variable'], warn), query: query.map((pair) => queryPair(pair, warn)) };
}

/** A query pair as Postman holds it; `value` is null for a key without '='. */
interface PostmanQueryPair {
  key: string;
  value: string | null;
}

/** Whether two readings of a URL send the same thing: the same base and the same (decoded) query pairs. */
function sameUrl(a: { base: string; query: PostmanQueryPair[] }, b: { base: string; query: PostmanQueryPair[] }): boolean {
  const pairs = (query: PostmanQueryPair[]) => JSON.stringify(query.map(({ key, value }) => [decodeLenient(key), value === null ? null : decodeLenient(value)]));
  return a.base === b.base && pairs(a.query) === pairs(b.query);
}

function queryText(query: PostmanQueryPair[]): string {
  return query.length === 0 ? '' : `?${query.map(({ key, value }) => (value === null ? key : `${key}=${value}`)).join('&')}`;
}

/** Splits `raw` at its query; the fragment is never sent, so it is dropped. */
function splitRawUrl(raw: string): { base: string; query: string } {
  const withoutFragment = raw.trim().replace(/#.*$/s, '');
  const queryStart = withoutFragment.indexOf('?');
  if (queryStart === -1) return { base: withoutFragment, query: '' };
  return { base: withoutFragment.slice(0, queryStart), query: withoutFragment.slice(queryStart + 1) };
}

/** The URL without its query from Postman's parts, as its SDK's Url.toString() writes it. */
function buildUrl(url: JsonObject): string {
  const protocol = scalarText(url['protocol']);
  const auth = isObject(url['auth']) ? url['auth'] : undefined;
  const user = auth !== undefined ? scalarText(auth['user']) : undefined;
  const password = auth !== undefined ? scalarText(auth['password']) : undefined;
  const credentials = user !== undefined || password !== undefined ? `${user ?? ''}${password !== undefined ? `:${password}` : ''}@` : '';
  const host = Array.isArray(url['host']) ? url['host'].map((part) => scalarText(part) ?? '').join('.') : (scalarText(url['host']) ?? '');
  const port = scalarText(url['port']);
  const path = Array.isArray(url['path'])
    ? url['path'].map((segment) => (isObject(segment) ? scalarText(segment['value']) : scalarText(segment)) ?? '')
    : (scalarText(url['path'])?.replace(/^\//, '').split('/') ?? []);
  return (protocol !== undefined ? `${protocol.replace(/:?(\/\/)?$/, '')}://` : '') + credentials + host + (port !== undefined ? `:${port}` : '') + path.map((s) => `/${s}`).join('');
}

/**
 * Replaces each `:name` path segment (Postman keeps a `.suffix`, as in `:id.json`) by the path
 * variable's value, or by `{{name}}` when the variable has no value, so docs show what to fill in.
 * A segment with no declared variable is literal text, as Postman sends it. `?` and `#` in a value
 * are encoded: Postman sends them inside the path, where they would otherwise end it.
 */
function resolvePathVariables(base: string, variables: unknown, warn: (m: string) => void): string {
  const values = new Map<string, string>();
  for (const variable of asList(variables, 'url.variable')) {
    if (!isObject(variable)) continue;
    const key = scalarText(variable['key']) ?? scalarText(variable['id']);
    if (key !== undefined) values.set(key, scalarText(variable['value']) ?? '');
  }
  if (values.size === 0) return base;
  const pathStart = base.indexOf('/', (/^[A-Za-z][A-Za-z0-9+.\-]*:\/\//.exec(base)?.[0].length ?? 0));
  if (pathStart === -1) return base;
  const segments = base.slice(pathStart).split('/').map((segment) => {
    if (!segment.startsWith(':')) return segment;
    const separator = segment.indexOf('.');
    const name = segment.slice(1, separator === -1 ? undefined : separator);
    const value = values.get(name);
    if (value === undefined) return segment;
    const suffix = separator === -1 ? '' : segment.slice(separator);
    if (value !== '') return value.replace(/\?/g, '%3F').replace(/#/g, '%23') + suffix;
    if (new RegExp(`^${PLACEHOLDER.source}$`).test(`{{${name}}}`)) return `{{${name}}}${suffix}`;
    warn(`path variable "${name}" has no value and cannot be a {{placeholder}}; the segment is sent as "${segment}".`);
    return segment;
  });
  return base.slice(0, pathStart) + segments.join('/');
}

/** Postman's query text as typed, split into pairs (still encoded). */
function parseQueryText(query: string): PostmanQueryPair[] {
  return query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return { key: eq === -1 ? pair : pair.slice(0, eq), value: eq === -1 ? null : pair.slice(eq + 1) };
    });
}

function readQueryList(list: unknown, sources: SourcePaths): PostmanQueryPair[] {
  const entries = enabledEntries(list, 'url.query');
  sources.list('query', 'url.query', entries.map(({ index }) => index));
  return entries.map(({ entry }) => ({ key: scalarText(entry['key']) ?? '', value: entry['value'] === null || entry['value'] === undefined ? null : (scalarText(entry['value']) ?? '') }));
}

/** A pair for our model: `%XX` decoded when it forms UTF-8, anything else literal. */
function queryPair({ key, value }: PostmanQueryPair, warn: (m: string) => void): QueryInput {
  // Our model always writes `key=value`; Postman sends a bare `key` when there is no '='.
  if (value === null) warn(`query parameter "${key}" has no value; it is sent as "${key}=".`);
  return { key: decodeLenient(key), value: decodeLenient(value ?? '') };
}

// ---- Headers ------------------------------------------------------------------------------------

function importHeaders(value: unknown, sources: SourcePaths): HeaderInput[] {
  // v2 also allows the headers as one `Name: value` line each.
  if (typeof value === 'string') {
    sources.field('headers', 'header');
    return value
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const colon = line.indexOf(':');
        return colon === -1 ? { name: line.trim(), value: '' } : { name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
      });
  }
  const entries = enabledEntries(value, 'header');
  sources.list('headers', 'header', entries.map(({ index }) => index), { name: 'key' });
  return entries.map(({ entry }) => ({ name: scalarText(entry['key']) ?? '', value: scalarText(entry['value']) ?? '' }));
}

// ---- Auth ---------------------------------------------------------------------------------------

/** A Postman auth object, or undefined for "not set here, inherit" (missing, null or `inherit`). */
function authOf(value: unknown): JsonObject | undefined {
  return isObject(value) && value['type'] !== 'inherit' ? value : undefined;
}

function importAuth(auth: JsonObject | undefined, warn: (m: string) => void): AuthInput | undefined {
  if (auth === undefined) return undefined;
  const type = scalarText(auth['type']);
  const attributes = authAttributes(auth[type ?? '']);
  const attribute = (key: string) => attributes.get(key) ?? '';
  switch (type) {
    case 'noauth':
      return undefined;
    case 'basic':
      return { type: 'basic', username: attribute('username'), password: attribute('password') };
    case 'bearer':
      return { type: 'bearer', token: attribute('token') };
    case 'apikey':
      return { type: 'apikey', key: attribute('key'), value: attribute('value'), in: attribute('in') === 'query' ? 'query' : 'header' };
    default:
      warn(`auth type "${type ?? '(none)'}" is not supported; the snippet sends no authentication.`);
      return undefined;
  }
}

/** v2.1 stores auth attributes as `[{key, value}]`, v2.0 as a plain object. */
function authAttributes(value: unknown): Map<string, string> {
  const attributes = new Map<string, string>();
  if (Array.isArray(value)) {
    for (const entry of value) {
      const key = isObject(entry) ? scalarText(entry['key']) : undefined;
      if (key !== undefined && isObject(entry)) attributes.set(key, scalarText(entry['value']) ?? '');
    }
  } else if (isObject(value)) {
    for (const [key, entry] of Object.entries(value)) attributes.set(key, scalarText(entry) ?? '');
  }
  return attributes;
}

// ---- Body ---------------------------------------------------------------------------------------

function importBody(value: unknown, warn: (m: string) => void, sources: SourcePaths): BodyInput | undefined {
  if (value === undefined || value === null) return undefined;
  const body = expectObject(value, 'body');
  if (body['disabled'] === true) return undefined;
  const mode = body['mode'];
  switch (mode) {
    // Postman's own exports write `"mode": ""` for a request without a body.
    case undefined:
    case null:
    case '':
      return undefined;
    case 'raw': {
      const raw = scalarText(body['raw']) ?? '';
      // Postman sends no body for an empty raw one.
      if (raw === '') return undefined;
      sources.field('body.text', 'body.raw');
      const options = isObject(body['options']) && isObject(body['options']['raw']) ? body['options']['raw'] : {};
      const language = scalarText(options['language']);
      return { mode: 'raw', text: raw, language: isRawLanguage(language) ? language : 'text' };
    }
    case 'urlencoded': {
      const entries = enabledEntries(emptyAsNone(body['urlencoded']), 'body.urlencoded');
      sources.list('body.params', 'body.urlencoded', entries.map(({ index }) => index));
      return { mode: 'urlencoded', params: entries.map(({ entry }) => ({ key: scalarText(entry['key']) ?? '', value: scalarText(entry['value']) ?? '' })) };
    }
    case 'formdata':
      return { mode: 'formdata', params: importFormFields(enabledEntries(emptyAsNone(body['formdata']), 'body.formdata'), warn, sources) };
    case 'graphql': {
      const graphql = isObject(body['graphql']) ? body['graphql'] : {};
      const variables = graphql['variables'];
      const result: BodyInput = { mode: 'graphql', query: scalarText(graphql['query']) ?? '' };
      sources.field('body.query', 'body.graphql.query').field('body.variables', 'body.graphql.variables');
      // Postman keeps the variables as the JSON text typed in its editor.
      if (isObject(variables) || (typeof variables === 'string' && variables.trim() !== '')) result.variables = variables;
      return result;
    }
    case 'file': {
      const src = isObject(body['file']) ? scalarText(body['file']['src']) : undefined;
      if (src === undefined || src === '') {
        warn('the file body names no file; the snippet sends no body.');
        return undefined;
      }
      sources.field('body.src', 'body.file.src');
      return { mode: 'file', src };
    }
    default:
      throw new InputError(`body.mode: expected raw, urlencoded, formdata, file or graphql, got ${JSON.stringify(mode)}`);
  }
}

/** The Postman SDK writes an empty form body as `""`; it holds no fields. */
function emptyAsNone(fields: unknown): unknown {
  return fields === '' ? undefined : fields;
}

function importFormFields(entries: readonly SourceEntry[], warn: (m: string) => void, sources: SourcePaths): FormFieldInput[] {
  const fields: FormFieldInput[] = [];
  const indexes: number[] = [];
  sources.list('body.params', 'body.formdata', indexes);
  for (const { entry, index } of entries) {
    const key = scalarText(entry['key']) ?? '';
    const contentType = scalarText(entry['contentType']);
    const withType = contentType !== undefined && contentType !== '' ? { contentType } : {};
    if (entry['type'] !== 'file') {
      fields.push({ type: 'text', key, value: scalarText(entry['value']) ?? '', ...withType });
      indexes.push(index);
      continue;
    }
    const files = (Array.isArray(entry['src']) ? entry['src'] : [entry['src']]).map(scalarText).filter((src): src is string => src !== undefined && src !== '');
    if (files.length === 0) {
      warn(`form field "${key}" has no file selected; it is left out.`);
      continue;
    }
    if (files.length > 1) warn(`form field "${key}" selects ${files.length} files; only the first, "${files[0]}", is sent.`);
    fields.push({ type: 'file', key, src: files[0]!, ...withType });
    indexes.push(index);
  }
  return fields;
}

function isRawLanguage(language: string | undefined): language is RawLanguage {
  return (RAW_LANGUAGES as readonly (string | undefined)[]).includes(language);
}

// ---- Shared readers -----------------------------------------------------------------------------

/**
 * A collection's `variable` list as name → value. Disabled entries are left out, and so are empty
 * ones: Postman exports leave values blank for the reader to fill in, and substituting '' would
 * replace a readable `{{placeholder}}` with nothing.
 */
function readVariables(list: unknown, where: string): Record<string, string> {
  const variables = variablesByName();
  for (const { entry } of enabledEntries(list, where)) {
    const key = scalarText(entry['key']) ?? scalarText(entry['id']);
    const value = scalarText(entry['value']) ?? '';
    if (key !== undefined && value !== '') variables[key] = value;
  }
  return variables;
}

/** An entry of a Postman list and its index there, disabled entries counted, as a user counts them. */
interface SourceEntry {
  entry: JsonObject;
  index: number;
}

function enabledEntries(list: unknown, where: string): SourceEntry[] {
  return asList(list, where)
    .map((entry, index) => ({ entry: expectObject(entry, `${where}[${index}]`), index }))
    .filter(({ entry }) => entry['disabled'] !== true);
}

function descriptionOf(value: unknown): string | undefined {
  return isObject(value) ? scalarText(value['content']) : scalarText(value);
}
