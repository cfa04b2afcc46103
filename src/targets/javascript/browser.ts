import { t, type RequestText } from '../../engine/request-text.js';
import type { PreparedFormField, PreparedRequest } from '../../model/prepare.js';
import type { Header } from '../../model/schema.js';
import { bodyOnGetOrHead, isNonAscii, joinRepeatedHeaders } from '../shared.js';

/**
 * What a script in a browser page may send, shared by the browser clients (fetch, XMLHttpRequest, axios, jQuery):
 * the Fetch standard's forbidden request headers and methods, and how a header value is written so the browser
 * sends it as the model's UTF-8 bytes.
 */

/** Headers a script may not set (Fetch standard, "forbidden request-header"): the browser drops them. */
const FORBIDDEN_HEADERS = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);
/** Methods fetch() and XMLHttpRequest.open() refuse (Fetch standard, "forbidden method"). */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
const METHOD_OVERRIDE_HEADERS = new Set(['x-http-method', 'x-http-method-override', 'x-method-override']);

/** True for a header a browser does not let a script set: the forbidden names, `Proxy-` and `Sec-` prefixes, and a method override naming a forbidden method. */
export function isForbiddenRequestHeader({ name, value }: Header): boolean {
  const lower = name.toLowerCase();
  if (FORBIDDEN_HEADERS.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-')) return true;
  return METHOD_OVERRIDE_HEADERS.has(lower) && value.split(',').some((method) => FORBIDDEN_METHODS.has(method.trim().toUpperCase()));
}

export const isForbiddenMethod = (method: string) => FORBIDDEN_METHODS.has(method.toUpperCase());

/**
 * A header as a browser snippet sets it. `utf8`: a header value is a ByteString, so non-ASCII text goes as its UTF-8
 * bytes (`String.fromCharCode(...new TextEncoder().encode(value))`). `basic`: the value is `username:password` holding
 * placeholders, Base64-encoded (from UTF-8) when the script runs; XHR's own user/password arguments would send them
 * only after a 401 challenge.
 */
export interface BrowserHeader {
  name: RequestText;
  value: RequestText;
  utf8: boolean;
  basic: boolean;
}

export interface BrowserHeaders {
  /** Forbidden headers left out, named in a comment so that the snippet says what it does not send. */
  droppedHeaders: string[];
  /**
   * The Cookie header's pairs, each set with `document.cookie` (`name=value; path=/`): a script cannot set the
   * header, the browser sends the cookies it holds for the URL's site.
   */
  cookies: RequestText[];
  /** The headers the script sets, repeats joined (the browser joins them anyway), basic credentials last. */
  headers: BrowserHeader[];
  /** The same headers as plain names and values, for a client's own checks (a Content-Type, a name it cannot set). */
  sent: Header[];
}

/** Sorts the request's headers into what a browser script sets, stores as cookies and cannot send, warning about each loss. */
export function browserHeaders(request: PreparedRequest, client: string, warnings: string[]): BrowserHeaders {
  const cookies = request.headers.filter((h) => h.name.toLowerCase() === 'cookie').flatMap((h) => h.value.split(/;[ \t]*/).filter((pair) => pair !== ''));
  if (cookies.length > 0) {
    warnings.push("A browser does not let a script set the Cookie header: the snippet stores the cookies with document.cookie, and the browser sends them only to the page's own site.");
  }
  const allowed = request.headers.filter((header) => {
    if (!isForbiddenRequestHeader(header)) return true;
    if (header.name.toLowerCase() !== 'cookie') warnings.push(`A browser does not let a script set the ${header.name} header; it is left out (the browser sends its own or none).`);
    return false;
  });
  const sent = joinRepeatedHeaders(allowed, client, warnings);
  return {
    droppedHeaders: [...new Set(request.headers.filter((h) => isForbiddenRequestHeader(h) && h.name.toLowerCase() !== 'cookie').map((h) => h.name))],
    cookies: cookies.map((pair) => t(`${pair}; path=/`)),
    headers: [
      ...sent.map((h) => browserHeader(h)),
      ...(request.basicAuth === undefined ? [] : [browserHeader({ name: 'Authorization', value: `${request.basicAuth.username}:${request.basicAuth.password}` }, true)]),
    ],
    sent,
  };
}

export function browserHeader({ name, value }: Header, basic = false): BrowserHeader {
  return { name: t(name), value: t(value), utf8: !basic && isNonAscii(value), basic };
}

/** Warns about a method the browser refuses or rewrites; `upperCases`: the client (jQuery, axios) upper-cases every method. */
export function browserMethodWarnings(method: string, upperCases: boolean, warnings: string[]): void {
  if (isForbiddenMethod(method)) warnings.push(`Browsers refuse the ${method} method: the request throws a SecurityError or TypeError.`);
  else if (upperCases && method !== method.toUpperCase()) warnings.push(`The client upper-cases the method: ${method} is sent as ${method.toUpperCase()}.`);
}

/** Warns that a GET or HEAD body is left out: fetch() throws on one, XMLHttpRequest drops it. */
export function bodyOnGetOrHeadWarning(method: string, warnings: string[]): void {
  warnings.push(`Browsers send no body with ${method}: the snippet sends the request without it.`);
}

/**
 * A multipart part as a browser FormData sends it: a text field, or the File the user picked in `fileInputs[input]`,
 * sent as `fileName` (with the part's own type when the model gives one).
 */
export interface BrowserFormPart {
  key: RequestText;
  value: RequestText | undefined;
  file: { input: number; fileName: RequestText; contentType: RequestText | undefined } | undefined;
}

/** The FormData parts of a multipart body, files numbered by the `<input type=file>` they come from, warning about what FormData changes (names arrive WHATWG-encoded, as the model warned). */
export function browserFormParts(params: readonly PreparedFormField[], warnings: string[]): BrowserFormPart[] {
  let input = 0;
  return params.map((field) => {
    if (field.type === 'file') {
      return { key: t(field.key), value: undefined, file: { input: input++, fileName: t(field.fileName), contentType: field.contentType === undefined ? undefined : t(field.contentType) } };
    }
    if (field.contentType !== undefined) {
      // A Blob part could carry the type, but FormData then sends it as a file named "blob".
      warnings.push(`FormData cannot give a text field a Content-Type; ${JSON.stringify(field.key)} is sent without ${JSON.stringify(field.contentType)}.`);
    }
    if (/\r(?!\n)|(?<!\r)\n/.test(field.value)) {
      warnings.push(`Browsers turn every line break in a multipart text field into CRLF (${JSON.stringify(field.key)}).`);
    }
    return { key: t(field.key), value: t(field.value), file: undefined };
  });
}

/** A request body as a browser client sends it; at most one of `formParts`, `formFields`, `text` and `file` is set. */
export interface BrowserBody {
  /** `const fileInputs = document.querySelectorAll("input[type=file]")`: where the files come from in a browser. */
  fileInputs: boolean;
  /** The parts appended to a FormData, in order. */
  formParts: BrowserFormPart[] | undefined;
  /** An urlencoded form, appended to a URLSearchParams in order (repeats and all). */
  formFields: { key: RequestText; value: RequestText }[] | undefined;
  text: RequestText | undefined;
  /** A file as the whole body: the File picked in `fileInputs[0]`, its source named in a comment. */
  file: { src: RequestText } | undefined;
}

/**
 * The body a browser client sends. None with GET or HEAD (fetch() throws on one, XMLHttpRequest drops it), with a
 * warning. An empty text without a Content-Type is left out too: a script's empty string would be typed text/plain,
 * while a POST or PUT without a body goes out with Content-Length: 0 and no type.
 */
function browserBody(request: PreparedRequest, contentType: string | undefined, warnings: string[]): BrowserBody {
  const none: BrowserBody = { fileInputs: false, formParts: undefined, formFields: undefined, text: undefined, file: undefined };
  const body = request.body;
  if (body.mode === 'none') return none;
  if (bodyOnGetOrHead(request)) {
    bodyOnGetOrHeadWarning(request.method, warnings);
    return none;
  }
  switch (body.mode) {
    case 'raw':
      return body.text === '' && contentType === undefined ? none : { ...none, text: t(body.text) };
    case 'urlencoded':
      return { ...none, formFields: body.params.map((p) => ({ key: t(p.key), value: t(p.value) })) };
    case 'formdata': {
      const formParts = browserFormParts(body.params, warnings);
      return { ...none, formParts, fileInputs: formParts.some((part) => part.file !== undefined) };
    }
    case 'file':
      return { ...none, fileInputs: true, file: { src: t(body.src) } };
  }
}

/** What the fetch, XMLHttpRequest and axios snippets all print: the body, the headers and where the request goes. */
export interface BrowserRequestView extends BrowserBody {
  droppedHeaders: string[];
  cookies: RequestText[];
  /** Statements before the request (cookies, files, a form): a blank line separates them from it. */
  preamble: boolean;
  url: RequestText;
  method: RequestText;
  headers: BrowserHeader[];
  /** The client's timeout in milliseconds, when one is set. */
  timeoutMs: number | undefined;
}

/**
 * The view the browser clients share, with the Content-Type the page sends (what decides how a client treats a
 * text body). `upperCasesMethod`: the client upper-cases the method itself (axios), see browserMethodWarnings.
 */
export function browserRequestView(
  request: PreparedRequest,
  client: string,
  { upperCasesMethod, timeoutSeconds }: { upperCasesMethod: boolean; timeoutSeconds: number },
  warnings: string[],
): { view: BrowserRequestView; contentType: string | undefined } {
  browserMethodWarnings(request.method, upperCasesMethod, warnings);
  const { droppedHeaders, cookies, headers, sent } = browserHeaders(request, client, warnings);
  const contentType = sent.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  const body = browserBody(request, contentType, warnings);
  const view: BrowserRequestView = {
    ...body,
    droppedHeaders,
    cookies,
    preamble: cookies.length > 0 || body.fileInputs || body.formParts !== undefined || body.formFields !== undefined,
    url: t(request.fullUrl),
    method: t(request.method),
    headers,
    timeoutMs: timeoutSeconds > 0 ? Math.round(timeoutSeconds * 1000) : undefined,
  };
  return { view, contentType };
}
