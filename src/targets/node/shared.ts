import { t, type RequestText } from '../../engine/request-text.js';
import type { PreparedFormField, PreparedRequest } from '../../model/prepare.js';
import type { Header } from '../../model/schema.js';
import * as z from 'zod';
import { sharedOptions } from '../options.js';
import { isNonAscii, joinRepeatedHeaders } from '../shared.js';

/**
 * What the Node.js clients (node-*) share: how a header value reaches the wire, how headers repeat, what a
 * spec FormData does to a multipart body, which methods each family rewrites or refuses.
 */

/**
 * One header value. `utf8`: Node's http layer and undici write header values as Latin-1 (one byte per
 * character, and refuse characters beyond U+00FF), so non-ASCII text is given as the Latin-1 string of its
 * UTF-8 bytes: `Buffer.from(value).toString('latin1')`.
 */
export interface NodeHeaderValue {
  text: RequestText;
  utf8: boolean;
}

/** A header name with its values; `list` when the name repeats and the client takes an array (one header line each). */
export interface NodeHeader {
  name: RequestText;
  values: NodeHeaderValue[];
  list: boolean;
}

const headerValue = (value: string): NodeHeaderValue => ({ text: t(value), utf8: isNonAscii(value) });

/** For clients that send every value of an array as its own header line: the values of one name (case-insensitively) together, at its first place. */
function groupedHeaders(headers: readonly Header[]): NodeHeader[] {
  const groups = new Map<string, { name: string; values: string[] }>();
  for (const { name, value } of headers) {
    const group = groups.get(name.toLowerCase());
    if (group === undefined) groups.set(name.toLowerCase(), { name, values: [value] });
    else group.values.push(value);
  }
  return [...groups.values()].map(({ name, values }) => ({ name: t(name), values: values.map(headerValue), list: values.length > 1 }));
}

/** For clients whose headers go through a fetch `Headers`, which joins repeated values with ", ": joined here, with a warning. */
function joinedHeaders(headers: readonly Header[], client: string, warnings: string[]): NodeHeader[] {
  return joinRepeatedHeaders(headers, client, warnings).map(({ name, value }) => ({ name: t(name), values: [headerValue(value)], list: false }));
}

/** `username:password` holding placeholders, Base64-encoded (from UTF-8) when the snippet runs, for clients with no basic-auth option. */
const basicCredentials = (request: PreparedRequest): RequestText | undefined =>
  request.basicAuth === undefined ? undefined : t(`${request.basicAuth.username}:${request.basicAuth.password}`);

/** Methods the Fetch standard forbids: Node's fetch (undici) throws on them too. */
const FETCH_FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
/** The methods fetch upper-cases when written in another case (Fetch standard, "normalize a method"). */
const FETCH_NORMALIZED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

/** Warns about a method fetch-based clients refuse or rewrite; `upperCasesAll`: the client upper-cases every method before fetch sees it. */
function fetchMethodWarnings(method: string, client: string, upperCasesAll: boolean, warnings: string[]): void {
  const upper = method.toUpperCase();
  if (FETCH_FORBIDDEN_METHODS.has(upper)) warnings.push(`${client} refuses the ${method} method (Fetch standard): the request throws a TypeError.`);
  else if (method !== upper && (upperCasesAll || FETCH_NORMALIZED_METHODS.has(upper))) warnings.push(`${client} upper-cases the method: ${method} is sent as ${upper}.`);
}

/** Warns that Node's http layer (and so every client built on it) upper-cases the method. */
function upperCasedMethodWarning(method: string, client: string, warnings: string[]): void {
  if (method !== method.toUpperCase()) warnings.push(`${client} upper-cases the method: ${method} is sent as ${method.toUpperCase()}.`);
}

/** Headers undici refuses to be given (it frames the message and manages the connection itself): the request throws. */
const UNDICI_REFUSED_HEADERS = new Set(['keep-alive', 'upgrade', 'expect', 'transfer-encoding']);

/**
 * The headers an undici-based client can be given: undici throws on Keep-Alive, Upgrade, Expect and Transfer-Encoding,
 * and fetch sends the Host of the URL whatever the request says. Each one left out is warned about.
 */
function undiciHeaders(headers: readonly Header[], client: string, fetchBased: boolean, warnings: string[]): Header[] {
  return headers.filter(({ name }) => {
    const lower = name.toLowerCase();
    if (UNDICI_REFUSED_HEADERS.has(lower)) warnings.push(`${client} refuses the ${name} header (undici sets it itself): it is left out.`);
    else if (fetchBased && lower === 'host') warnings.push(`${client} sends the Host of the URL: the ${name} header is left out.`);
    else return true;
    return false;
  });
}

/** Undici's fetch hands the request headers to its dispatcher in a plain object, where a header named `__proto__` is lost. */
function fetchProtoHeaderWarning(request: PreparedRequest, client: string, warnings: string[]): void {
  if (request.headers.some((h) => h.name === '__proto__')) warnings.push(`${client} (undici) passes the headers on in a plain object, where the __proto__ header is lost.`);
}

/**
 * A multipart part as the snippet appends it: a text field, or a file read from `src` (relative to the working
 * directory) sent as `fileName`, with the part's own type when the model gives one.
 */
export interface NodeFormPart {
  key: RequestText;
  value: RequestText | undefined;
  file: { src: RequestText; fileName: RequestText } | undefined;
  contentType: RequestText | undefined;
}

function formParts(params: readonly PreparedFormField[]): NodeFormPart[] {
  return params.map((field) => ({
    key: t(field.key),
    value: field.type === 'text' ? t(field.value) : undefined,
    file: field.type === 'file' ? { src: t(field.src), fileName: t(field.fileName) } : undefined,
    contentType: field.contentType === undefined ? undefined : t(field.contentType),
  }));
}

/**
 * The parts of a spec FormData (`new FormData()`, which fetch, undici, axios, got and ky serialise): a text field
 * has no Content-Type of its own (a Blob would carry one, but is sent as a file named "blob"), and every line break
 * in a text field becomes CRLF (the HTML form rules). Warns about both and leaves a text part's type out.
 */
function specFormParts(params: readonly PreparedFormField[], client: string, warnings: string[]): NodeFormPart[] {
  for (const field of params) {
    if (field.type !== 'text') continue;
    if (field.contentType !== undefined) warnings.push(`${client}'s FormData cannot give a text field a Content-Type; ${JSON.stringify(field.key)} is sent without ${JSON.stringify(field.contentType)}.`);
    if (/\r(?!\n)|(?<!\r)\n/.test(field.value)) warnings.push(`${client}'s FormData sends every line break in a text field as CRLF (${JSON.stringify(field.key)}).`);
  }
  return formParts(params).map((part) => (part.file === undefined ? { ...part, contentType: undefined } : part));
}

/** An empty body with no Content-Type: a form whose fields are all disabled. */
const emptyUntypedBody = (request: PreparedRequest) =>
  request.body.mode === 'raw' && request.body.text === '' && !request.headers.some((h) => h.name.toLowerCase() === 'content-type');

/** Milliseconds for a timeout option in seconds (0: none), as the number the snippet prints. */
export const timeoutMs = (seconds: number) => (seconds > 0 ? Math.round(seconds * 1000) : undefined);

/** How a client takes the request: what the shared view of `nodeRequestView` is built for. */
export interface NodeClientTraits {
  /** The client's name in warnings. */
  client: string;
  /** Built on fetch (undici): repeated headers joined, methods as fetch treats them. */
  fetchBased: boolean;
  /** Sends through undici (fetch, or undici's own request()), which refuses some headers. */
  undiciBased: boolean;
  /**
   * Methods whose body the client cannot send: fetch throws on a GET or HEAD body, got on a HEAD body (a GET body
   * with `allowGetBody`), superagent writes a HEAD body with no Content-Length. The snippet leaves the body out.
   */
  refusesBodyWith: readonly string[];
  /** The client upper-cases every method (Node's http layer does; fetch only the standard ones). */
  upperCasesMethod: boolean;
  /** A urlencoded body as [key, value] pairs (URLSearchParams), or as the encoded text. */
  urlencoded: 'pairs' | 'encoded';
  /** Multipart through a spec FormData (its limits warned), or through the client's own encoder (form-data). */
  formData: 'spec' | 'own';
  /**
   * The client would type an empty string body (fetch `text/plain;charset=UTF-8`, superagent and axios a form): an
   * empty body with no Content-Type is left out, which they send as `Content-Length: 0` for a POST, PUT or PATCH.
   */
  typesEmptyBody: boolean;
  /** The client encodes basic credentials itself (an auth option); otherwise the snippet builds the header. */
  basicAuthOption: boolean;
}

/** The request as every Node template prints it; each client adds its own options. */
export interface NodeRequestView {
  url: RequestText;
  /** Undefined for GET, every client's default. */
  method: RequestText | undefined;
  headers: NodeHeader[];
  /** Basic credentials holding placeholders, for an auth option (`auth`) or a header built when the snippet runs (`basic`). */
  auth: { username: RequestText; password: RequestText } | undefined;
  basic: RequestText | undefined;
  /** A header block is printed: headers, or the basic header. */
  headerBlock: boolean;
  text: RequestText | undefined;
  /** `Buffer.from(text)`: the client would change a string body, or write the headers before it as UTF-8 (set by the client). */
  textBuffer: boolean;
  pairs: { key: RequestText; value: RequestText }[] | undefined;
  formParts: NodeFormPart[] | undefined;
  /** A file as the whole body, read with `readFile` from node:fs/promises. */
  file: RequestText | undefined;
  /** `import { openAsBlob } from 'node:fs'`: spec FormData files are Blobs. */
  openAsBlob: boolean;
  /** Some import of node:fs is printed (a blank line then follows the imports). */
  fsImport: boolean;
  /** Any body is sent. */
  sendsBody: boolean;
}

export function nodeRequestView(request: PreparedRequest, warnings: string[], traits: NodeClientTraits): NodeRequestView {
  const { client } = traits;
  if (traits.fetchBased) {
    fetchMethodWarnings(request.method, client, traits.upperCasesMethod, warnings);
    fetchProtoHeaderWarning(request, client, warnings);
  } else if (traits.upperCasesMethod) upperCasedMethodWarning(request.method, client, warnings);
  const given = traits.undiciBased ? undiciHeaders(request.headers, client, traits.fetchBased, warnings) : request.headers;
  const headers = traits.fetchBased ? joinedHeaders(given, client, warnings) : groupedHeaders(given);
  if (!traits.undiciBased && given.filter((h) => h.name.toLowerCase() === 'cookie').length > 1) {
    warnings.push(`${client} sends one Cookie header: Node's http joins repeated Cookie values with "; " (RFC 6265).`);
  }
  const view: NodeRequestView = {
    url: t(request.fullUrl),
    method: request.method === 'GET' ? undefined : t(request.method),
    headers,
    auth: traits.basicAuthOption && request.basicAuth !== undefined ? { username: t(request.basicAuth.username), password: t(request.basicAuth.password) } : undefined,
    basic: traits.basicAuthOption ? undefined : basicCredentials(request),
    headerBlock: false,
    text: undefined,
    textBuffer: false,
    pairs: undefined,
    formParts: undefined,
    file: undefined,
    openAsBlob: false,
    fsImport: false,
    sendsBody: false,
  };
  view.headerBlock = headers.length > 0 || view.basic !== undefined;
  const body = request.body;
  if (body.mode !== 'none' && traits.refusesBodyWith.includes(request.method.toUpperCase())) {
    warnings.push(`${client} cannot send a body with ${request.method}: the snippet sends the request without it.`);
    return view;
  }
  if (traits.typesEmptyBody && emptyUntypedBody(request)) return view;
  switch (body.mode) {
    case 'none':
      return view;
    case 'raw':
      view.text = t(body.text);
      break;
    case 'urlencoded':
      if (traits.urlencoded === 'pairs') view.pairs = body.params.map((p) => ({ key: t(p.key), value: t(p.value) }));
      else view.text = t(body.encoded);
      break;
    case 'formdata':
      view.formParts = traits.formData === 'spec' ? specFormParts(body.params, client, warnings) : formParts(body.params);
      view.openAsBlob = traits.formData === 'spec' && view.formParts.some((part) => part.file !== undefined);
      break;
    case 'file':
      view.file = t(body.src);
      break;
  }
  view.sendsBody = true;
  view.fsImport = view.openAsBlob || view.file !== undefined;
  return view;
}

/** The options of the clients built on fetch (fetch, ky, ofetch): the same init object, so the same choices. */
export const fetchStyleOptions = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
  async: sharedOptions.async(true),
});
export type FetchStyleOptions = z.infer<typeof fetchStyleOptions>;

/** What a fetch-style client prints besides the shared request view. */
export interface FetchStyleView extends NodeRequestView {
  /** `await` the response (top-level, the module is a program), or a `.then()` chain. */
  async: boolean;
  /** `redirect: 'manual'`: fetch follows redirects by default. */
  manualRedirect: boolean;
  /** The client's timeout (ky's own defaults to 10 s when not given). */
  timeoutMs: number | undefined;
  /** Anything besides the URL: the init (options) object is printed. */
  init: boolean;
}

/** The view of a client built on Node's global fetch; `upperCasesMethod`: the client upper-cases every method (ofetch). */
export function fetchStyleView(request: PreparedRequest, warnings: string[], options: FetchStyleOptions, client: string, upperCasesMethod: boolean): FetchStyleView {
  const common = nodeRequestView(request, warnings, { client, fetchBased: true, undiciBased: true, refusesBodyWith: ['GET', 'HEAD'], upperCasesMethod, urlencoded: 'pairs', formData: 'spec', typesEmptyBody: true, basicAuthOption: false });
  const view = { ...common, manualRedirect: !options.followRedirects, timeoutMs: timeoutMs(options.timeout), async: options.async };
  return { ...view, init: view.method !== undefined || view.headerBlock || view.sendsBody || view.manualRedirect || view.timeoutMs !== undefined };
}
