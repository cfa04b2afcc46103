import { InputError } from '../../errors.js';
import { decodeLenient } from '../../model/encoding/percent.js';
import type { RawLanguage, RequestInput } from '../../model/schema.js';
import { asList, describeJson, isObject, scalarText, type JsonObject } from '../json.js';
import { SourcePaths } from '../source-paths.js';
import type { ImportFailure, ImportedRequest } from '../types.js';

export interface ImportedHar {
  requests: ImportedRequest[];
  /** Entries left out because they have no usable request; one bad entry does not sink the others. */
  failures: ImportFailure[];
  warnings: string[];
}

type BodyInput = NonNullable<RequestInput['body']>;
type FormFieldInput = Extract<BodyInput, { mode: 'formdata' }>['params'][number];
type HeaderInput = NonNullable<RequestInput['headers']>[number];
type Pair = { key: string; value: string };

/**
 * Headers the client computes from the connection, the URL or the body (or HTTP/2 pseudo-headers, which
 * are not headers at all): copied into a snippet they would be wrong as soon as anything changes.
 * Accept-Encoding is the client's to negotiate: a browser's `br, zstd` would get a reply most clients cannot decode.
 */
const COMPUTED_HEADERS = new Set(['host', 'content-length', 'connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'accept-encoding']);

/** A whole export (`{"log": {...}}`) or one HAR request object (the model has no `httpVersion`, `queryString` or `postData`). */
export function isHar(json: unknown): boolean {
  if (!isObject(json)) return false;
  return isObject(json['log']) || 'httpVersion' in json || 'queryString' in json || 'postData' in json;
}

/**
 * Reads a HAR 1.2 export (every entry's request, in log order) or one request object into request
 * models. The query comes from `url` (what was sent; `queryString` is only compared with it); headers keep
 * their order and repeats, minus those a client computes; the Cookie header is kept as recorded (the
 * `cookies` list only makes one when there is none); a form or multipart body is rebuilt from its fields,
 * any other body is sent as its text. Entries whose request cannot be read are `failures`, named
 * `entries[i]`; a file that is not a HAR throws an InputError.
 */
export function importHar(json: unknown): ImportedHar {
  if (!isObject(json)) throw new InputError(`expected a HAR file (an object with "log"), got ${describeJson(json)}`);
  const out: ImportedHar = { requests: [], failures: [], warnings: [] };
  const dropped = new Set<string>();
  let droppedIn = 0;
  const importOne = (request: unknown, folders: string[], comment: string | undefined, path: string) => {
    if (!isObject(request)) throw new InputError(`request: expected an object, got ${found(request)}`);
    const imported = importRequest(request, folders, comment, out.warnings, path);
    if (imported === undefined) return;
    if (imported.dropped.length > 0) droppedIn++;
    imported.dropped.forEach((name) => dropped.add(name));
    out.requests.push(imported.request);
  };

  if (!isObject(json['log'])) {
    importOne(json, [], undefined, '');
  } else {
    const log = json['log'];
    const version = scalarText(log['version']);
    if (version !== undefined && !/^1\./.test(version)) out.warnings.push(`HAR version "${version}" is not 1.x; read as HAR 1.2.`);
    if (!Array.isArray(log['entries'])) throw new InputError(`log.entries: expected an array, got ${found(log['entries'])}`);
    const pageTitles = readPageTitles(log['pages']);
    log['entries'].forEach((entry, index) => {
      const entryName = `entries[${index}]`;
      try {
        if (!isObject(entry)) throw new InputError(`expected an object (an entry with "request"), got ${describeJson(entry)}`);
        const title = pageTitles.get(scalarText(entry['pageref']) ?? '');
        importOne(entry['request'], title !== undefined ? [title] : [], scalarText(entry['comment']), `log.entries[${index}].request`);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        out.failures.push({ name: entryName, folders: [], message: error.message });
      }
    });
  }
  if (dropped.size > 0) {
    const requests = droppedIn === 1 ? 'one request' : `${droppedIn} requests`;
    out.warnings.push(`headers a client computes itself are left out (${[...dropped].join(', ')}) in ${requests}.`);
  }
  return out;
}

/** What a field holds, for messages; a missing field is said to be missing. */
function found(value: unknown): string {
  return value === undefined ? 'nothing (the field is missing)' : describeJson(value);
}

/** Page id → title, for the folder of each entry; pages without a title give no folder. */
function readPageTitles(pages: unknown): Map<string, string> {
  const titles = new Map<string, string>();
  asList(pages, 'log.pages').forEach((page) => {
    const id = isObject(page) ? scalarText(page['id']) : undefined;
    const title = isObject(page) ? scalarText(page['title'])?.trim() : undefined;
    if (id !== undefined && title !== undefined && title !== '') titles.set(id, title);
  });
  return titles;
}

/** The request of one entry, or undefined (with a warning) for a scheme no HTTP client sends, such as `ws:` or `data:`. */
/** `path`: where the request object is in the file (`log.entries[3].request`), for the model's errors. */
function importRequest(request: JsonObject, folders: string[], comment: string | undefined, warnings: string[], path: string): { request: ImportedRequest; dropped: string[] } | undefined {
  const method = request['method'];
  if (typeof method !== 'string' || method === '') throw new InputError(`request.method: expected a method such as "GET", got ${method === '' ? 'an empty string' : found(method)}`);
  const url = request['url'];
  if (typeof url !== 'string') throw new InputError(`request.url: expected the absolute URL as a string, got ${found(url)}`);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    warnings.push(`${url.length > 80 ? `${url.slice(0, 80)}…` : url}: not an HTTP request (${scheme}:); skipped.`);
    return undefined;
  }
  if (!/^https?:\/\/[^/?#]/i.test(url)) throw new InputError(`request.url: expected an absolute URL (scheme://host/path), got ${JSON.stringify(url)}`);

  const { base, query } = splitUrl(url);
  const name = comment?.trim() || `${method.toUpperCase()} ${base.replace(/^[^:]+:\/\//, '')}`;
  const warn = (message: string) => warnings.push(`${name}: ${message}`);
  checkQueryString(query, request['queryString'], warn);

  const postData = request['postData'];
  if (postData !== undefined && postData !== null && !isObject(postData)) throw new InputError(`request.postData: expected an object, got ${describeJson(postData)}`);
  const body = postData ? importBody(postData, warn) : undefined;
  const { headers, dropped, indexes } = importHeaders(request, body);
  const at = (field: string) => (path === '' ? field : `${path}.${field}`);
  const sources = new SourcePaths().field('method', at('method')).field('url', at('url')).field('query', at('url')).field('body', at('postData'));
  sources.list('headers', at('headers'), indexes, { name: 'name' });
  // The recorded media type, not the model's default for the body's language (text/plain for most).
  const mimeType = postData ? scalarText(postData['mimeType']) : undefined;
  if ((body?.mode === 'raw' || body?.mode === 'file') && mimeType && !headers.some((header) => header.name.toLowerCase() === 'content-type')) headers.push({ name: 'Content-Type', value: mimeType });
  const model: RequestInput = { name, method, url: base, query, headers, ...(body && { body }) };
  return { request: { name, folders, request: model, sources }, dropped };
}

/** The URL without query and fragment, and the query as decoded pairs (`+` stays a plus, as everywhere in snipforge). */
function splitUrl(url: string): { base: string; query: Pair[] } {
  const withoutFragment = url.replace(/#.*$/s, '');
  const queryStart = withoutFragment.indexOf('?');
  if (queryStart === -1) return { base: withoutFragment, query: [] };
  const pairs = withoutFragment.slice(queryStart + 1).split('&').filter((pair) => pair !== '');
  return { base: withoutFragment.slice(0, queryStart), query: pairs.map((pair) => splitPair(pair, decodeLenient)) };
}

function splitPair(pair: string, decode: (text: string) => string): Pair {
  const eq = pair.indexOf('=');
  return eq === -1 ? { key: decode(pair), value: '' } : { key: decode(pair.slice(0, eq)), value: decode(pair.slice(eq + 1)) };
}

/**
 * `queryString` should list the URL's pairs. Exporters differ on whether its values are decoded and on
 * `+`, so both sides are compared decoded with `+` as a space; a real disagreement is reported, and the URL wins.
 */
function checkQueryString(query: Pair[], recorded: unknown, warn: (message: string) => void): void {
  if (recorded === undefined || recorded === null) return;
  const list = asList(recorded, `request.queryString`);
  const comparable = (key: unknown, value: unknown) => [key, value].map((text) => decodeLenient((scalarText(text) ?? '').replace(/\+/g, ' '))).join('=');
  const fromUrl = query.map((pair) => comparable(pair.key, pair.value));
  const fromList = list.map((entry) => (isObject(entry) ? comparable(entry['name'], entry['value']) : ''));
  const differs = Array.from({ length: Math.max(fromUrl.length, fromList.length) }, (_, index) => index).find((index) => fromUrl[index] !== fromList[index]);
  if (differs === undefined) return;
  const shown = (pair: string | undefined) => (pair === undefined ? 'nothing' : JSON.stringify(pair));
  warn(`queryString[${differs}] is ${shown(fromList[differs])} where the URL's query has ${shown(fromUrl[differs])}; the URL's query is used.`);
}

/**
 * Headers in order with repeats, without those a client computes (and without the recorded multipart
 * Content-Type, whose boundary the client chooses anew, or which has no body when the body was not recorded). HTTP/2 may record the cookie in several headers:
 * they are joined into one, as RFC 9113 8.2.3 says to when passing them on. With no Cookie header, the
 * `cookies` list makes one.
 */
function importHeaders(request: JsonObject, body: BodyInput | undefined): { headers: HeaderInput[]; dropped: string[]; indexes: number[] } {
  const headers: HeaderInput[] = [];
  /** Where each header is in the recorded list (a Content-Type or Cookie made here has none). */
  const indexes: number[] = [];
  const dropped: string[] = [];
  const cookies: string[] = [];
  let cookieIndex = -1;
  asList(request['headers'], `request.headers`).forEach((entry, index) => {
    if (!isObject(entry)) throw new InputError(`request.headers[${index}]: expected an object with "name" and "value", got ${describeJson(entry)}`);
    const name = scalarText(entry['name']) ?? '';
    const value = scalarText(entry['value']) ?? '';
    const lower = name.toLowerCase();
    const multipartType = lower === 'content-type' && (body?.mode === 'formdata' || (body === undefined && /^\s*multipart\/form-data/i.test(value)));
    if (name.startsWith(':') || COMPUTED_HEADERS.has(lower) || multipartType) {
      if (!dropped.includes(name)) dropped.push(name);
    } else if (lower === 'cookie') {
      if (cookieIndex === -1) {
        cookieIndex = headers.push({ name, value }) - 1;
        indexes.push(index);
      }
      cookies.push(value);
    } else {
      headers.push({ name, value });
      indexes.push(index);
    }
  });
  if (cookieIndex !== -1) {
    headers[cookieIndex]!.value = cookies.join('; ');
  } else {
    const fromList = asList(request['cookies'], `request.cookies`).flatMap((cookie) => (isObject(cookie) && scalarText(cookie['name']) !== undefined ? [`${scalarText(cookie['name'])}=${scalarText(cookie['value']) ?? ''}`] : []));
    if (fromList.length > 0) headers.push({ name: 'Cookie', value: fromList.join('; ') });
  }
  return { headers, dropped, indexes };
}

/**
 * A form body from its fields: the urlencoded `text` when recorded (it is what was sent; exporters
 * disagree on whether `params` are decoded), else `params`; multipart from `params` (a part with a
 * `fileName` reads `./fileName`), else parsed from `text`. Any other body is its text, with the language
 * its media type names.
 */
function importBody(postData: JsonObject, warn: (message: string) => void): BodyInput | undefined {
  const mimeType = scalarText(postData['mimeType']) ?? '';
  const essence = mimeType.split(';')[0]!.trim().toLowerCase();
  const text = scalarText(postData['text']) ?? '';
  const params = asList(postData['params'], `request.postData.params`).map((param, index) => {
    if (!isObject(param)) throw new InputError(`request.postData.params[${index}]: expected an object with "name", got ${describeJson(param)}`);
    return param;
  });
  if (essence === 'application/x-www-form-urlencoded' && (text !== '' || params.length > 0)) {
    const formDecode = (part: string) => decodeLenient(part.replace(/\+/g, ' '));
    const pairs = text !== '' ? text.split('&').filter((pair) => pair !== '').map((pair) => splitPair(pair, formDecode)) : params.map((param) => ({ key: scalarText(param['name']) ?? '', value: scalarText(param['value']) ?? '' }));
    return { mode: 'urlencoded', params: pairs };
  }
  if (essence === 'multipart/form-data') {
    if (params.length > 0 || text !== '') return { mode: 'formdata', params: params.length > 0 ? params.map(formField) : parseMultipart(text, mimeType) };
    // Browsers leave out the body of some uploads.
    warn('the multipart body was not recorded (no params, no text); the snippet sends no body.');
    return undefined;
  }
  if (postData['encoding'] === 'base64') {
    warn('the body is recorded as base64 (binary); the snippet sends the file ./body.bin instead.');
    return { mode: 'file', src: './body.bin' };
  }
  if (text === '') return undefined;
  return { mode: 'raw', text, language: languageOf(essence) };
}

function formField(param: JsonObject): FormFieldInput {
  const key = scalarText(param['name']) ?? '';
  const fileName = scalarText(param['fileName']);
  const contentType = scalarText(param['contentType']);
  const withType = contentType !== undefined && contentType !== '' ? { contentType } : {};
  if (fileName !== undefined && fileName !== '') return { type: 'file', key, src: fileSource(fileName), ...withType };
  return { type: 'text', key, value: scalarText(param['value']) ?? '', ...withType };
}

/** Only the file's own name: a recorded path (`C:\fakepath\a.png`) says nothing about where the reader keeps it. */
function fileSource(fileName: string): string {
  return `./${fileName.split(/[\\/]/).pop() || 'file'}`;
}

/** Multipart `text` split at the boundary the media type names, for exporters that record no `params`. */
function parseMultipart(text: string, mimeType: string): FormFieldInput[] {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(mimeType);
  if (boundary === null) throw new InputError(`request.postData.mimeType: a multipart body without "params" needs its boundary, got ${JSON.stringify(mimeType)}`);
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  return text
    .split(delimiter)
    .slice(1, -1)
    .map((part, index) => {
      const content = part.replace(/^\r?\n/, '').replace(/\r?\n$/, '');
      const headerEnd = /\r?\n\r?\n/.exec(content);
      const head = headerEnd === null ? content : content.slice(0, headerEnd.index);
      const value = headerEnd === null ? '' : content.slice(headerEnd.index + headerEnd[0].length);
      const disposition = /^content-disposition:(.*)$/im.exec(head)?.[1] ?? '';
      const name = /;\s*name="([^"]*)"/i.exec(disposition)?.[1];
      if (name === undefined) throw new InputError(`request.postData.text: multipart part ${index + 1} has no Content-Disposition name`);
      const fileName = /;\s*filename="([^"]*)"/i.exec(disposition)?.[1];
      const contentType = /^content-type:(.*)$/im.exec(head)?.[1]?.trim();
      return formField({ name, value, ...(fileName !== undefined && { fileName }), ...(contentType !== undefined && { contentType }) });
    });
}

function languageOf(essence: string): RawLanguage {
  // application/json, text/json, application/x-json, application/problem+json, ...
  if (/[/+](?:x-)?json$/.test(essence)) return 'json';
  if (/[/+]xml$/.test(essence)) return 'xml';
  if (essence === 'text/html') return 'html';
  if (essence === 'application/javascript' || essence === 'text/javascript') return 'javascript';
  return 'text';
}
