import { findTarget, generateSnippet, parseRequest, type RequestInput, type RequestModel } from '../../src/index.js';
import { isForbiddenRequestHeader } from '../../src/targets/javascript/browser.js';
import { checkerFor, formatProblems, grammarByLanguage, parsedByOwnParser } from '../syntax/checkers.js';
import { parseHttpMessage, splitHeaderLine } from '../syntax/http-message.js';
import { excerpt as quoted } from '../syntax/tree-sitter.js';
import { CANARY } from './arbitraries.js';
import { codeOutsideLiterals, scanLiterals, type LiteralSpan } from './literals.js';

/*
 * The fuzz property for one target and one request model: the snippet parses; every literal reads
 * back as plain data; no model text is code; and every model value is carried by some literal, as
 * itself or in the one encoding the request sends it in. What the test expects is read from the
 * model here, with small encoders and decoders of its own, never with the escapers (src/targets/<language>/escape.ts) or src/model.
 */

/** What a model value is, which decides how a target may carry it. */
type AtomKind =
  | 'method'
  | 'headerName'
  | 'headerValue'
  /** A basic auth user name or password holding placeholders: the snippet hands it to the client, which encodes it. */
  | 'basicCredential'
  | 'body'
  | 'bodyFile'
  | 'formKey'
  | 'formValue'
  | 'fileSrc'
  | 'fileName'
  | 'partContentType';

/** One model value the snippet must carry, with where it is in the model (for messages). */
interface Atom {
  kind: AtomKind;
  where: string;
  value: string;
  /** For header atoms: the header's name. */
  headerName?: string;
  /** For multipart atoms: the part's type and its index among the enabled parts. */
  part?: { type: 'text' | 'file'; index: number };
  /** The values that travel together (one header, one multipart part): a client argument may hold them all. */
  group?: string;
}

/** How a target writes a value into a literal, when not as itself. */
type Form = 'quotedInner' | 'httpieEscaped' | 'httpieAuthEscaped';

/** How a target sends urlencoded fields: one encoded text, the fields to its client, or one `key=value` argument per field (curl). */
type UrlencodedCarrier = 'encoded' | 'fields' | 'pairArgs';

/** True for an atom the target does not send by design (each one warns or says so in a comment). */
type Drop = (atom: Atom, expected: Expected) => boolean;

interface Carriage {
  /** Methods the snippet names by an identifier (an enum member, a class, curl's default) instead of a string. */
  methodIdentifiers: readonly string[];
  /** Encodings an atom kind may take in a literal besides itself. */
  forms: Partial<Record<AtomKind, readonly Form[]>>;
  urlencoded: readonly UrlencodedCarrier[];
  drops: readonly Drop[];
  /** The client takes the origin (scheme, host, port) and the path with its query in two literals (httplib::Client, then its call). */
  splitUrl?: boolean;
}

const BODY_KINDS: ReadonlySet<AtomKind> = new Set(['body', 'bodyFile', 'formKey', 'formValue', 'fileSrc', 'fileName', 'partContentType']);

/** OkHttp, URLSession and XMLHttpRequest send no body with GET or HEAD (the snippet says so). */
const bodyOnGetOrHead: Drop = (atom, expected) => BODY_KINDS.has(atom.kind) && (expected.method === 'GET' || expected.method === 'HEAD');
/** The client gives text parts no Content-Type of their own. */
const textPartContentType: Drop = (atom) => atom.kind === 'partContentType' && atom.part?.type === 'text';
/** RestSharp types only its one body parameter: the first text part whose type names a media type. */
const untypedRestSharpPart: Drop = (atom, expected) => {
  if (atom.kind !== 'partContentType' || atom.part?.type !== 'text') return false;
  const typed = expected.atoms.find((a) => a.kind === 'partContentType' && a.part?.type === 'text' && a.value.includes('/'));
  return atom !== typed;
};
/** net/http sends the first Host header's value as `req.Host`; its name is not written, later Host headers not sent. */
const hostAsField: Drop = (atom, expected) =>
  atom.headerName?.toLowerCase() === 'host' && (atom.kind === 'headerName' || atom.value !== expected.headers.find((h) => h.name.toLowerCase() === 'host')?.value);
/** In a browser the user picks the files; their paths are not used (a body file is named in a comment). */
const pickedFiles: Drop = (atom) => atom.kind === 'fileSrc' || atom.kind === 'bodyFile';
/**
 * The Fetch standard's forbidden request headers, which a script cannot set: the browser targets' one rule
 * (src/targets/javascript/browser.ts), by which they leave a header out with a warning. A method override is forbidden by its value.
 */
const browserForbiddenHeader: Drop = (atom, expected) => {
  if (atom.headerName === undefined) return false;
  const value = expected.headers.find((h) => h.where.name === atom.group)?.value ?? atom.value;
  return isForbiddenRequestHeader({ name: atom.headerName, value });
};
/** axios's config merge skips keys named __proto__, constructor and prototype: headers of those names are left out, with a warning. */
const axiosMergeSkippedHeader: Drop = (atom) => atom.headerName === '__proto__' || atom.headerName === 'constructor' || atom.headerName === 'prototype';

/** HttpClient's content classes write these types themselves: a header asking for the same one is not written again. */
const typeWrittenByHttpContent: Drop = (atom, expected) =>
  atom.headerName?.toLowerCase() === 'content-type' &&
  expected.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value === (expected.bodyMode === 'urlencoded' ? 'application/x-www-form-urlencoded' : expected.bodyMode === 'raw' || expected.bodyMode === 'graphql' ? 'text/plain; charset=utf-8' : undefined);

/** The PowerShell cmdlets take the Content-Type as their -ContentType parameter: the header's name is not written. */
const contentTypeParameter: Drop = (atom) => atom.kind === 'headerName' && atom.headerName?.toLowerCase() === 'content-type';

/** got throws on a HEAD body and superagent would write it unframed: the snippet leaves it out (and warns). */
const bodyOnHead: Drop = (atom, expected) => BODY_KINDS.has(atom.kind) && expected.method === 'HEAD';
/** undici refuses Keep-Alive, Upgrade, Expect and Transfer-Encoding headers, and Node's fetch sends the URL's Host: the Node snippets leave them out (and warn). */
const undiciRefusedHeader: Drop = (atom) => /^(keep-alive|upgrade|expect|transfer-encoding)$/i.test(atom.headerName ?? '');
const fetchHost: Drop = (atom) => atom.headerName?.toLowerCase() === 'host';
/** HTTPie names a file part after the base name of the path it reads: the path's literal carries the name. */
const fileNameFromPath: Drop = (atom) => atom.kind === 'fileName';
/** java.net.http refuses Connection, Content-Length, Expect, Host and Upgrade, and cannot send a non-ASCII value (the snippet leaves them out). */
const jdkHttpRefusedHeader: Drop = (atom, expected) => {
  const name = atom.headerName;
  if (name === undefined) return false;
  const nonAscii = (value: string) => /[^\x00-\x7f]/.test(value);
  const valueLeftOut = atom.kind === 'headerName' ? expected.headers.some((h) => h.name.toLowerCase() === name.toLowerCase() && nonAscii(h.value)) : nonAscii(atom.value);
  return /^(connection|content-length|expect|host|upgrade)$/i.test(name) || valueLeftOut;
};
/** HttpURLConnection drops its restricted headers without a word (the snippet leaves them out). */
const urlConnectionRestrictedHeader: Drop = (atom) =>
  atom.headerName !== undefined && /^(access-control-request-headers|access-control-request-method|connection|content-length|content-transfer-encoding|host|keep-alive|origin|trailer|transfer-encoding|upgrade|via)$/i.test(atom.headerName);
/** HttpURLConnection turns a GET with a body into a POST: the snippet sends the GET without it. */
const bodyOnGet: Drop = (atom, expected) => BODY_KINDS.has(atom.kind) && expected.method === 'GET';
/** HTTP::Tiny dies on a header value outside printable ASCII: the snippet leaves such a header out (and warns). */
const tinyRefusedHeader: Drop = (atom, expected) => {
  const name = atom.headerName;
  if (name === undefined) return false;
  const nonAscii = (value: string) => /[^\x00-\x7f]/.test(value);
  return atom.kind === 'headerName' ? expected.headers.some((h) => h.name.toLowerCase() === name.toLowerCase() && nonAscii(h.value)) : nonAscii(atom.value);
};
/**
 * needle takes multipart fields as one object: a repeated name keeps its last part, and a field named __proto__ or an
 * empty text field (needle throws on it) is left out (the snippet warns).
 */
const needleLostPart: Drop = (atom, expected) => {
  if (atom.part === undefined) return false;
  const keyOf = (index: number) => expected.atoms.find((a) => a.kind === 'formKey' && a.part?.index === index)?.value;
  const key = keyOf(atom.part.index);
  const emptyText = atom.part.type === 'text' && expected.atoms.some((a) => a.kind === 'formValue' && a.part?.index === atom.part!.index && a.value === '');
  return key === '__proto__' || emptyText || expected.atoms.some((a) => a.kind === 'formKey' && a.part !== undefined && a.part.index > atom.part!.index && a.value === key);
};
/** HTTParty and rest-client type a file part by its extension (MiniMime, MIME::Types): the type the model gives is not written. */
const filePartTypedByExtension: Drop = (atom) => atom.kind === 'partContentType' && atom.part?.type === 'file';
/** pecl_http keeps no header with an empty value, nor one named by a number (an integer array key): the snippet leaves them out (and warns). */
const peclDroppedHeader: Drop = (atom, expected) =>
  atom.headerName !== undefined &&
  (/^(?:0|-?[1-9][0-9]{0,17})$/.test(atom.headerName) ||
    (atom.kind === 'headerName' && expected.headers.filter((h) => h.name.toLowerCase() === atom.headerName?.toLowerCase()).every((h) => h.value === '')));
/** resty skips the body of HEAD and OPTIONS requests (isPayloadSupported): the snippet leaves it out (and warns). */
const bodyOnHeadOrOptions: Drop = (atom, expected) => BODY_KINDS.has(atom.kind) && (expected.method === 'HEAD' || expected.method === 'OPTIONS');
/** dart:io throws on a header value beyond ASCII: the Dart snippet leaves that header out (and warns). */
const dartIoRefusedHeader: Drop = (atom, expected) => {
  const name = atom.headerName;
  if (name === undefined) return false;
  return expected.headers.some((h) => h.name.toLowerCase() === name.toLowerCase() && /[^\x00-\x7f]/.test(h.value));
};
/** cpp-httplib 0.11 builds multipart bodies only in Post and Put: other methods go without the parts (the snippet warns). */
const multipartOutsidePostPut: Drop = (atom, expected) => atom.part !== undefined && expected.method !== 'POST' && expected.method !== 'PUT';
/** How each target carries each kind of model value, read from its template and view. */
/**
 * httpc takes a body, and the Content-Type it passes beside the headers, only with POST, PUT, PATCH and DELETE (a
 * method it does not know goes as POST): the snippet leaves them out on GET, HEAD, OPTIONS and TRACE, and sends the
 * first Content-Type alone (it warns). The Content-Type's name is never written.
 */
const httpcContentAndType: Drop = (atom, expected) => {
  const isType = atom.headerName?.toLowerCase() === 'content-type';
  if (/^(GET|HEAD|OPTIONS|TRACE)$/.test(expected.method) && (BODY_KINDS.has(atom.kind) || isType)) return true;
  return isType && (atom.kind === 'headerName' || atom.value !== expected.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value);
};
/** clj-http's HEAD and OPTIONS requests carry no entity: the snippet leaves the body out (and warns). */
const cljHttpBodyless: Drop = (atom, expected) => BODY_KINDS.has(atom.kind) && (expected.method === 'HEAD' || expected.method === 'OPTIONS');
const HTTPC_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'];
const CARRIAGE: Readonly<Record<string, Carriage>> = {
  // Methods are atoms (keywords in Clojure); multipart part headers are written by hand, names as quoted strings.
  'elixir-httpc': { methodIdentifiers: HTTPC_METHODS, forms: { formKey: ['quotedInner'], fileName: ['quotedInner'] }, urlencoded: ['encoded'], drops: [httpcContentAndType] },
  'erlang-httpc': { methodIdentifiers: HTTPC_METHODS, forms: { formKey: ['quotedInner'], fileName: ['quotedInner'] }, urlencoded: ['encoded'], drops: [httpcContentAndType] },
  'clojure-clj-http': {
    methodIdentifiers: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'COPY', 'MOVE'],
    forms: { formKey: ['quotedInner'], fileName: ['quotedInner'] },
    urlencoded: ['encoded'],
    drops: [cljHttpBodyless],
  },
  curl: {
    methodIdentifiers: ['GET', 'POST', 'HEAD'],
    // --form 'key="value"' and @"path": curl's quoted form value.
    forms: { formValue: ['quotedInner'], fileSrc: ['quotedInner'], fileName: ['quotedInner'] },
    urlencoded: ['pairArgs'],
    drops: [],
  },
  // GET, HEAD (CURLOPT_NOBODY) and a POST with fields are picked by libcurl from the options; each header is one "Name: value" line.
  'c-libcurl': { methodIdentifiers: ['GET', 'HEAD', 'POST'], forms: {}, urlencoded: ['encoded'], drops: [bodyOnHead] },
  // The Client methods (Get, Post, ...) name their method; a body's Content-Type is their argument, without the header's name.
  'cpp-httplib': { methodIdentifiers: ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'], forms: {}, urlencoded: ['encoded'], drops: [contentTypeParameter, multipartOutsidePostPut], splitUrl: true },
  // HTTP::Client names the common methods by a method (`HTTP::Client.post(url)`).
  'crystal-http-client': { methodIdentifiers: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'], forms: {}, urlencoded: ['encoded'], drops: [] },
  // As c-libcurl; a file part is named after the base name of its path (curlpp::FormParts::File).
  'cpp-curlpp': { methodIdentifiers: ['GET', 'HEAD', 'POST'], forms: {}, urlencoded: ['encoded'], drops: [bodyOnHead, fileNameFromPath] },
  'csharp-restsharp': {
    methodIdentifiers: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'MERGE', 'COPY', 'SEARCH'],
    forms: {},
    urlencoded: ['fields'],
    drops: [untypedRestSharpPart],
  },
  'csharp-flurl': { methodIdentifiers: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PATCH'], forms: {}, urlencoded: ['fields', 'encoded'], drops: [] },
  'csharp-httpclient': { methodIdentifiers: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PATCH'], forms: {}, urlencoded: ['fields'], drops: [typeWrittenByHttpContent] },
  'fsharp-httpclient': { methodIdentifiers: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PATCH'], forms: {}, urlencoded: ['fields'], drops: [typeWrittenByHttpContent] },
  'go-native': {
    methodIdentifiers: [],
    // A part with its own Content-Type gets a hand-written Content-Disposition with quoted names.
    forms: { formKey: ['quotedInner'], fileName: ['quotedInner'] },
    urlencoded: ['encoded'],
    drops: [hostAsField],
  },
  'go-resty': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [bodyOnHeadOrOptions] },
  'java-okhttp': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [bodyOnGetOrHead] },
  'java-http-client': { methodIdentifiers: ['GET'], forms: {}, urlencoded: ['encoded'], drops: [jdkHttpRefusedHeader] },
  'java-httpurlconnection': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [urlConnectionRestrictedHeader, bodyOnGet] },
  'java-apache-httpclient5': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [] },
  'java-async-http-client': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [] },
  'kotlin-okhttp': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [bodyOnGetOrHead] },
  'javascript-jquery': { methodIdentifiers: [], forms: {}, urlencoded: ['fields', 'encoded'], drops: [bodyOnGetOrHead, browserForbiddenHeader, pickedFiles, textPartContentType] },
  'javascript-fetch': { methodIdentifiers: [], forms: {}, urlencoded: ['fields'], drops: [bodyOnGetOrHead, browserForbiddenHeader, pickedFiles, textPartContentType] },
  'javascript-xhr': { methodIdentifiers: [], forms: {}, urlencoded: ['fields'], drops: [bodyOnGetOrHead, browserForbiddenHeader, pickedFiles, textPartContentType] },
  'javascript-axios': { methodIdentifiers: [], forms: {}, urlencoded: ['fields'], drops: [bodyOnGetOrHead, browserForbiddenHeader, axiosMergeSkippedHeader, pickedFiles, textPartContentType] },
  'nodejs-request': { methodIdentifiers: [], forms: {}, urlencoded: ['fields', 'encoded'], drops: [] },
  // GET is the Node clients' default method (superagent names the common ones: superagent.post()). Node's fetch (and
  // ky, ofetch on it) sends no body with GET or HEAD; FormData text parts carry no type of their own.
  'node-fetch': { methodIdentifiers: ['GET'], forms: {}, urlencoded: ['fields'], drops: [bodyOnGetOrHead, textPartContentType, undiciRefusedHeader, fetchHost] },
  'node-ky': { methodIdentifiers: ['GET'], forms: {}, urlencoded: ['fields'], drops: [bodyOnGetOrHead, textPartContentType, undiciRefusedHeader, fetchHost] },
  'node-ofetch': { methodIdentifiers: ['GET'], forms: {}, urlencoded: ['fields'], drops: [bodyOnGetOrHead, textPartContentType, undiciRefusedHeader, fetchHost] },
  'node-axios': { methodIdentifiers: ['GET'], forms: {}, urlencoded: ['fields'], drops: [textPartContentType] },
  'node-got': { methodIdentifiers: ['GET'], forms: {}, urlencoded: ['encoded'], drops: [bodyOnHead, textPartContentType] },
  'node-http': { methodIdentifiers: ['GET'], forms: {}, urlencoded: ['encoded'], drops: [textPartContentType] },
  // GET is LuaSocket's default method (not written); one value per header name, so repeated headers are joined; the multipart body is written by the snippet.
  'lua-socket': { methodIdentifiers: ['GET'], forms: {}, urlencoded: ['encoded'], drops: [] },
  'node-needle': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [needleLostPart] },
  // cohttp: the methods Cohttp.Code.meth names are polymorphic variants (`POST); the multipart body is written by the snippet.
  'ocaml-cohttp': { methodIdentifiers: ['GET', 'POST', 'HEAD', 'DELETE', 'PATCH', 'PUT', 'OPTIONS', 'TRACE', 'CONNECT'], forms: {}, urlencoded: ['encoded'], drops: [] },
  'node-superagent': { methodIdentifiers: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'], forms: {}, urlencoded: ['encoded'], drops: [bodyOnHead] },
  'node-undici': { methodIdentifiers: ['GET'], forms: {}, urlencoded: ['encoded'], drops: [textPartContentType, undiciRefusedHeader] },
  'php-http-request2': {
    methodIdentifiers: ['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT'],
    forms: {},
    urlencoded: ['fields', 'encoded'],
    drops: [textPartContentType],
  },
  // The clients on libcurl send HEAD as CURLOPT_NOBODY (a body is left out); GET without a body is ext-curl's default.
  'php-curl': { methodIdentifiers: ['GET', 'HEAD'], forms: {}, urlencoded: ['fields', 'encoded'], drops: [bodyOnHead] },
  'php-streams': { methodIdentifiers: [], forms: {}, urlencoded: ['fields', 'encoded'], drops: [] },
  'php-guzzle': { methodIdentifiers: [], forms: {}, urlencoded: ['fields', 'encoded'], drops: [bodyOnHead] },
  'php-symfony-http-client': { methodIdentifiers: [], forms: {}, urlencoded: ['fields', 'encoded'], drops: [bodyOnHead] },
  'php-pecl-http': { methodIdentifiers: [], forms: {}, urlencoded: ['fields', 'encoded'], drops: [peclDroppedHeader, bodyOnHead] },
  'powershell-invoke-restmethod': { methodIdentifiers: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'MERGE', 'PATCH'], forms: {}, urlencoded: ['encoded'], drops: [contentTypeParameter] },
  'powershell-invoke-webrequest': { methodIdentifiers: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'MERGE', 'PATCH'], forms: {}, urlencoded: ['encoded'], drops: [contentTypeParameter] },
  // LWP's multipart request is built by HTTP::Request::Common's POST (other methods set after); HTTP::Tiny's multipart body is written from [name, file name, type, content] lists.
  'perl-lwp': { methodIdentifiers: ['POST'], forms: {}, urlencoded: ['encoded'], drops: [] },
  'perl-http-tiny': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [tinyRefusedHeader] },
  'perl-mojo': { methodIdentifiers: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'], forms: {}, urlencoded: ['encoded'], drops: [] },
  'python-requests': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [] },
  'python-aiohttp': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [] },
  // The multipart body is written by the snippet from (name, file name, type, content) tuples.
  'python-http-client': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [] },
  'python-httpx': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [] },
  'python-httpx-async': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [] },
  'python-urllib': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [] },
  'python-urllib3': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [] },
  // Multipart field names are request-item keys (separator characters escaped); a text field's type is not sent (the snippet warns); file names come from the paths.
  'shell-httpie': { methodIdentifiers: [], forms: { formKey: ['httpieEscaped'], basicCredential: ['httpieAuthEscaped'] }, urlencoded: ['encoded'], drops: [textPartContentType, fileNameFromPath] },
  'shell-wget': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [] },
  // The curl R package names a file part after its path (the snippet warns when the model's name differs); RCurl's postForm types only file parts.
  'r-httr': { methodIdentifiers: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'], forms: {}, urlencoded: ['encoded'], drops: [fileNameFromPath] },
  'r-httr2': { methodIdentifiers: ['GET'], forms: {}, urlencoded: ['encoded'], drops: [fileNameFromPath] },
  'r-rcurl': { methodIdentifiers: ['GET', 'HEAD'], forms: {}, urlencoded: ['encoded'], drops: [fileNameFromPath, textPartContentType] },
  'ruby-net-http': {
    methodIdentifiers: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'PROPFIND', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK'],
    forms: {},
    urlencoded: ['encoded'],
    drops: [textPartContentType],
  },
  // Part headers are written by hand, names as quoted strings.
  'objc-nsurlsession': { methodIdentifiers: [], forms: { formKey: ['quotedInner'], fileName: ['quotedInner'] }, urlencoded: ['encoded'], drops: [bodyOnGetOrHead] },
  'dart-http': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [dartIoRefusedHeader] },
  // reqwest and ureq name the common methods by a function (`.post(url)`); reqwest's blocking Form::file names a file part after its path.
  'rust-reqwest': { methodIdentifiers: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'], forms: {}, urlencoded: ['encoded'], drops: [fileNameFromPath] },
  // ureq has no multipart builder: part headers are written by hand, names as quoted strings.
  'rust-ureq': { methodIdentifiers: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'], forms: { formKey: ['quotedInner'], fileName: ['quotedInner'] }, urlencoded: ['encoded'], drops: [] },
  // Methods a Ruby client knows are Symbols (:get) or method names (HTTParty.get); any other is a String literal.
  'ruby-faraday': { methodIdentifiers: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS', 'TRACE'], forms: {}, urlencoded: ['encoded'], drops: [] },
  'ruby-httparty': {
    methodIdentifiers: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'MOVE', 'COPY', 'MKCOL', 'LOCK', 'UNLOCK'],
    forms: {},
    urlencoded: ['encoded'],
    drops: [textPartContentType, filePartTypedByExtension, fileNameFromPath],
  },
  'ruby-rest-client': {
    methodIdentifiers: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'PROPFIND', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK'],
    forms: {},
    urlencoded: ['encoded'],
    drops: [textPartContentType, filePartTypedByExtension, fileNameFromPath],
  },
  'ruby-http': {
    methodIdentifiers: 'GET HEAD POST PUT DELETE CONNECT OPTIONS TRACE PATCH PROPFIND PROPPATCH MKCOL COPY MOVE LOCK UNLOCK ORDERPATCH ACL SEARCH'.split(' '),
    forms: {},
    urlencoded: ['encoded'],
    drops: [],
  },
  'ruby-excon': { methodIdentifiers: [], forms: {}, urlencoded: ['encoded'], drops: [] },
  'ruby-typhoeus': { methodIdentifiers: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS'], forms: {}, urlencoded: ['encoded'], drops: [] },
  'swift-urlsession': {
    methodIdentifiers: [],
    // Part headers are written by hand, names as quoted strings.
    forms: { formKey: ['quotedInner'], fileName: ['quotedInner'] },
    urlencoded: ['encoded'],
    drops: [bodyOnGetOrHead],
  },
};

/**
 * Limitations a target warns about, so a problem they explain is not a failure: a problem matching
 * `problem` is left out when the snippet's warnings include one matching `warning`.
 */
const WARNED_LIMITS: Readonly<Record<string, readonly { warning: RegExp; problem: RegExp }[]>> = {
  // No bash word can hold a NUL: the argument with one (the body, or a --form part) is cut short.
  curl: [{ warning: /cannot take a NUL byte/, problem: /\ba NUL\b/ }],
  'shell-httpie': [{ warning: /cannot hold a NUL byte/, problem: /\ba NUL\b/ }],
  'shell-wget': [{ warning: /cannot hold a NUL byte/, problem: /\ba NUL\b/ }],
  // An R string cannot hold NUL: a body or text part with one is written as a raw vector of pieces (the snippet warns).
  'r-httr': [{ warning: /cannot hold a NUL byte/, problem: /\ba NUL\b/ }],
  'r-httr2': [{ warning: /cannot hold a NUL byte/, problem: /\ba NUL\b/ }],
  'r-rcurl': [{ warning: /cannot hold a NUL byte/, problem: /\ba NUL\b/ }],
  // HTTP-file clients read a body line starting with "< " as a file; the raw message has no escape for it.
  http: [
    { warning: /read as a file to send/, problem: /takes in files/ },
    { warning: /the body cannot be read back/, problem: /^multipart body/ },
  ],
};

/** A snippet rewritten so a grammar bug does not hit, and how to read a literal's value back. */
interface Rewritten {
  code: string;
  restore: (value: string) => string;
}

const unchanged = (code: string): Rewritten => ({ code, restore: (value) => value });

/**
 * tree-sitter-swift (tree-sitter-wasms 0.1.13) reads a slash-star inside a string as a comment start
 * in some nestings: it reports `missing ")"` on line 2 of the valid Swift
 *     f(g(h: "/＊"))
 *     k("＊/", "") { guard a else { return } }
 * (＊ standing for `*`). The copy spells it with a private-use character instead of the star.
 */
function swiftWithoutSlashStar(code: string): Rewritten {
  const stand = '/\ue000';
  if (code.includes(stand) || !code.includes('/*')) return unchanged(code);
  return { code: code.replaceAll('/*', stand), restore: (value) => value.replaceAll(stand, '/*') };
}

/**
 * tree-sitter-bash lexes `$'...'` as `$'([^']|\\')*'`, so an escaped backslash before the closing
 * quote (`$'a\\'`) reads as an escaped quote and the string runs on to the next `'`; bash ends it
 * there. The copy spells every `\\` inside `$'...'` as `\x5C`, the same character.
 */
function bashAnsiCBackslashesAsHex(code: string): Rewritten {
  let out = '';
  let quote: "'" | '"' | "$'" | undefined;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '\\' && quote !== "'") {
      const next = code[++i] ?? '';
      out += quote === "$'" && next === '\\' ? '\\x5C' : ch + next;
      continue;
    }
    if (quote === undefined && ch === '$' && code[i + 1] === "'") {
      quote = "$'";
      out += "$'";
      i++;
      continue;
    }
    if (quote === undefined && (ch === "'" || ch === '"')) quote = ch;
    else if (quote !== undefined && ch === (quote === '"' ? '"' : "'")) quote = undefined;
    out += ch;
  }
  return { code: out, restore: (value) => value };
}

/** Grammar bugs worked around by checking a rewritten copy of the snippet that means the same, by language. */
const GRAMMAR_WORKAROUNDS: Readonly<Record<string, (code: string) => Rewritten>> = { swift: swiftWithoutSlashStar, shell: bashAnsiCBackslashesAsHex };

// ---------------------------------------------------------------------------------------------
// Independent encoders and decoders

/** The placeholder syntax: `{{name}}` with a name of letters, digits and `_.$-`. */
const PLACEHOLDER = /\{\{[A-Za-z0-9_.$\-]+\}\}/g;

/** A quoted-string's content (RFC 9110 5.6.4) as curl's --form and multipart headers write it: `\` and `"` escaped. */
const quotedInner = (text: string) => text.replace(/[\\"]/g, (c) => '\\' + c);
/** An HTTPie request item's key: each character of a separator (`:` `;` `=` `@`) after a backslash. */
const httpieEscaped = (text: string) => text.replace(/[:;=@]/g, (c) => '\\' + c);
/** HTTPie's `--auth user:password`: its one separator, `:`, after a backslash. */
const httpieAuthEscaped = (text: string) => text.replace(/:/g, '\\:');
const FORM_ENCODERS: Record<Form, (text: string) => string> = { quotedInner, httpieEscaped, httpieAuthEscaped };

/** Raw characters each encoded URL part may hold (RFC 3986 pchar; query without `&=+;`; form: unreserved and `*`). */
const RAW = {
  path: /[A-Za-z0-9\-._~!$&'()*+,;=:@]/,
  query: /[A-Za-z0-9\-._~!$'()*,:@/?]/,
  form: /[A-Za-z0-9\-._~*]/,
};

/**
 * Decodes one encoded URL or form component strictly: placeholders verbatim, `%XX` as UTF-8, and
 * only the raw characters of `raw` (in a form, `+` is a space). Throws on anything else.
 */
function decodeStrict(text: string, raw: RegExp, plusIsSpace: boolean): string {
  let out = '';
  const pieces = text.split(new RegExp(`(${PLACEHOLDER.source})`));
  pieces.forEach((piece, i) => {
    if (i % 2 === 1) {
      out += piece;
      return;
    }
    let escaped = '';
    for (let at = 0; at < piece.length; at++) {
      const ch = piece[at]!;
      if (ch === '%') {
        if (!/^[0-9A-Fa-f]{2}$/.test(piece.slice(at + 1, at + 3))) throw new Error(`a % that starts no %XX escape in ${JSON.stringify(text)}`);
        escaped += piece.slice(at, at + 3);
        at += 2;
      } else if (ch === '+' && plusIsSpace) {
        escaped += '%20';
      } else if (raw.test(ch)) {
        escaped += ch;
      } else {
        throw new Error(`an unencoded ${JSON.stringify(ch)} in ${JSON.stringify(text)}`);
      }
    }
    try {
      out += decodeURIComponent(escaped);
    } catch {
      throw new Error(`%XX escapes that are not UTF-8 in ${JSON.stringify(text)}`);
    }
  });
  return out;
}

interface Pair {
  key: string;
  value: string;
}

/** `a=b&c=d` as sent in a query string or form body, decoded strictly. */
function decodePairs(text: string, raw: RegExp, plusIsSpace: boolean): Pair[] {
  if (text === '') return [];
  return text.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    if (eq === -1) throw new Error(`a pair without "=": ${JSON.stringify(pair)}`);
    return { key: decodeStrict(pair.slice(0, eq), raw, plusIsSpace), value: decodeStrict(pair.slice(eq + 1), raw, plusIsSpace) };
  });
}

/** The path and query after the origin, decoded strictly; `/` alone is the empty path. */
function decodeTarget(target: string): { segments: string[]; query: Pair[] } {
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  if (path !== '' && !path.startsWith('/')) throw new Error(`a path that does not start with "/": ${JSON.stringify(path)}`);
  const segments = path === '' || path === '/' ? [] : path.slice(1).split('/').map((s) => decodeStrict(s, RAW.path, false));
  return { segments, query: q === -1 ? [] : decodePairs(target.slice(q + 1), RAW.query, false) };
}

/**
 * `%XX` runs decoded where they form UTF-8, anything else kept: how the model reads its URL text,
 * so that a hand-written `100%` or `%zz` means itself.
 */
function decodeLenient(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    let out = '';
    for (let at = 0; at < run.length; ) {
      let taken = 0;
      for (let bytes = 4; bytes >= 1 && taken === 0; bytes--) {
        try {
          const ch = decodeURIComponent(run.slice(at, at + bytes * 3));
          if ([...ch].length === 1 && at + bytes * 3 <= run.length) {
            out += ch;
            taken = bytes * 3;
          }
        } catch {
          // not a whole UTF-8 sequence: try a shorter one
        }
      }
      if (taken === 0) {
        out += run.slice(at, at + 3);
        taken = 3;
      }
      at += taken;
    }
    return out;
  });
}

interface ModelUrl {
  /** `scheme://host:port` as written (userinfo left out), or the authority alone. */
  origin: string;
  authority: string;
  userinfo: string | undefined;
  segments: string[];
  query: Pair[];
}

/** `scheme://`, or a placeholder standing for the scheme: `{{scheme}}://{{host}}`. */
const SCHEME = new RegExp(`^([A-Za-z][A-Za-z0-9+.\\-]*|${PLACEHOLDER.source}):\\/\\/`);

/** The model's URL as the model defines it: trimmed, fragment dropped, path and query %XX-decoded leniently. */
function readModelUrl(raw: string): ModelUrl {
  let rest = raw.trim();
  const hash = rest.indexOf('#');
  if (hash !== -1) rest = rest.slice(0, hash);
  const scheme = SCHEME.exec(rest)?.[0] ?? '';
  rest = rest.slice(scheme.length);
  const authorityEnd = rest.search(/[/?]/);
  let authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  rest = authorityEnd === -1 ? '' : rest.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  const userinfo = at === -1 ? undefined : decodeLenient(authority.slice(0, at));
  authority = authority.slice(at + 1);
  const q = rest.indexOf('?');
  const path = q === -1 ? rest : rest.slice(0, q);
  const queryText = q === -1 ? '' : rest.slice(q + 1);
  const segments = path === '' || path === '/' ? [] : path.slice(1).split('/').map(decodeLenient);
  const query = queryText
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq === -1 ? { key: decodeLenient(pair), value: '' } : { key: decodeLenient(pair.slice(0, eq)), value: decodeLenient(pair.slice(eq + 1)) };
    });
  return { origin: scheme + authority, authority, userinfo, segments, query };
}

// ---------------------------------------------------------------------------------------------
// What the model says is sent

interface Expected {
  method: string;
  bodyMode: RequestModel['body']['mode'];
  url: ModelUrl;
  /** Headers as sent: enabled ones with their values trimmed, then auth; Content-Length left out. */
  headers: { name: string; value: string; where: { name: string; value: string } }[];
  atoms: Atom[];
  urlencoded: Pair[] | undefined;
  /** `user:password` as sent base64-encoded in an Authorization: Basic header (auth or URL userinfo). */
  basicCredentials: string | undefined;
  /**
   * Credentials holding placeholders: the snippet carries user name and password as they are and
   * encodes them when it runs (the raw HTTP message prints `Authorization: Basic <user> <password>`).
   */
  basicAtRunTime: { username: string; password: string } | undefined;
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const RAW_CONTENT_TYPES: Readonly<Record<string, string>> = { json: 'application/json', xml: 'application/xml', text: 'text/plain', html: 'text/html', javascript: 'application/javascript' };

function expectedOf(model: RequestModel): Expected {
  const url = readModelUrl(model.url);
  url.query.push(...model.query.filter((q) => !q.disabled).map(({ key, value }) => ({ key, value })));

  const headers: Expected['headers'] = [];
  model.headers.forEach((h, i) => {
    if (!h.disabled) headers.push({ name: h.name, value: h.value, where: { name: `headers[${i}].name`, value: `headers[${i}].value` } });
  });
  const auth = model.auth;
  const byAuth = (value: string) => ({ name: `auth (${auth.type} header name)`, value });
  let basicCredentials: string | undefined;
  let basicAtRunTime: Expected['basicAtRunTime'];
  const basic = (username: string, password: string, where: string) => {
    basicCredentials = `${username}:${password}`;
    if (basicCredentials.search(PLACEHOLDER) !== -1) basicAtRunTime = { username, password };
    else headers.push({ name: 'Authorization', value: `Basic ${base64(basicCredentials)}`, where: byAuth(where) });
  };
  if (auth.type === 'basic') basic(auth.username, auth.password, 'auth.username:password (Basic, base64)');
  else if (auth.type === 'bearer') headers.push({ name: 'Authorization', value: `Bearer ${auth.token}`, where: byAuth('auth.token') });
  else if (auth.type === 'apikey' && auth.in === 'header') headers.push({ name: auth.key, value: auth.value, where: { name: 'auth.key', value: 'auth.value' } });
  else if (auth.type === 'apikey') url.query.push({ key: auth.key, value: auth.value });
  else if (url.userinfo !== undefined) {
    const colon = url.userinfo.indexOf(':');
    basic(colon === -1 ? url.userinfo : url.userinfo.slice(0, colon), colon === -1 ? '' : url.userinfo.slice(colon + 1), 'url userinfo (Basic, base64)');
  }
  // HTTP carries no whitespace around a field value (RFC 9110 5.5), so what is sent is trimmed, auth headers included.
  // Credentials encoded at run time go through the client's own basic auth, which would clash with an Authorization
  // header of the request's: the model replaces that header (and warns).
  const sent = headers
    .filter((h) => basicAtRunTime === undefined || h.name.toLowerCase() !== 'authorization')
    .filter((h) => h.name.toLowerCase() !== 'content-length' && !(model.body.mode === 'formdata' && h.name.toLowerCase() === 'content-type'))
    .map((h) => ({ ...h, value: h.value.replace(/^[ \t]+|[ \t]+$/g, '') }));

  const atoms: Atom[] = [{ kind: 'method', where: 'method', value: model.method }];
  const seenNames = new Set<string>();
  for (const h of sent) {
    // A repeated name may be folded into its first occurrence (one header, values joined).
    if (!seenNames.has(h.name.toLowerCase())) atoms.push({ kind: 'headerName', where: h.where.name, value: h.name, headerName: h.name, group: h.where.name });
    seenNames.add(h.name.toLowerCase());
    atoms.push({ kind: 'headerValue', where: h.where.value, value: h.value, headerName: h.name, group: h.where.name });
  }
  if (basicAtRunTime !== undefined) {
    for (const [at, value] of Object.entries(basicAtRunTime)) atoms.push({ kind: 'basicCredential', where: `basic ${at} (encoded at run time)`, value, headerName: 'Authorization', group: 'basic credentials' });
  }

  const body = model.body;
  let urlencoded: Pair[] | undefined;
  if (body.mode === 'raw') atoms.push({ kind: 'body', where: 'body.text', value: body.text });
  else if (body.mode === 'graphql') atoms.push({ kind: 'body', where: 'body (GraphQL JSON)', value: graphqlJson(body) });
  else if (body.mode === 'file') atoms.push({ kind: 'bodyFile', where: 'body.src', value: body.src });
  else if (body.mode === 'urlencoded') urlencoded = body.params.filter((p) => !p.disabled).map(({ key, value }) => ({ key, value }));
  else if (body.mode === 'formdata') {
    body.params.forEach((field, i) => {
      if (field.disabled) return;
      const part = { type: field.type, index: body.params.slice(0, i).filter((p) => !p.disabled).length };
      const where = `body.params[${i}]`;
      const add = (kind: AtomKind, at: string, value: string) => atoms.push({ kind, where: `${where}.${at}`, value, part, group: where });
      // Part names and file names go WHATWG-encoded (`"` → %22, CR → %0D, LF → %0A), as browsers send them.
      add('formKey', 'key', whatwgName(field.key));
      if (field.type === 'text') add('formValue', 'value', field.value);
      else {
        add('fileSrc', 'src', field.src);
        add('fileName', 'src (file name)', whatwgName(field.src.split(/[/\\]/).pop()!));
      }
      if (field.contentType !== undefined) add('partContentType', 'contentType', field.contentType);
    });
  }
  return { method: model.method, bodyMode: body.mode, url, headers: sent, atoms, urlencoded, basicCredentials, basicAtRunTime };
}

const whatwgName = (text: string) => text.replace(/["\r\n]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));

/** The JSON a GraphQL body is sent as: query, then variables (an object, parsed JSON text, or the text), then operationName. */
function graphqlJson(body: Extract<RequestModel['body'], { mode: 'graphql' }>): string {
  const payload: Record<string, unknown> = { query: body.query };
  let variables: unknown = body.variables;
  if (typeof variables === 'string') {
    try {
      variables = variables.trim() === '' ? undefined : JSON.parse(variables);
    } catch {
      // sent as the text it is
    }
  }
  if (variables !== undefined) payload['variables'] = variables;
  if (body.operationName !== undefined) payload['operationName'] = body.operationName;
  return JSON.stringify(payload);
}

// ---------------------------------------------------------------------------------------------
// The checks

/**
 * Everything wrong with `targetId`'s snippet for `request`, one entry each (a syntax problem with
 * its source line): empty when the snippet parses, keeps every value inside literals and carries
 * every value exactly.
 */
export async function checkSnippet(targetId: string, request: RequestInput): Promise<string[]> {
  const { code, warnings } = generateSnippet(request, targetId);
  return checkCode(targetId, request, code, warnings);
}

/** The checks of `checkSnippet` on a given snippet and its warnings. */
export async function checkCode(targetId: string, request: RequestInput, code: string, warnings: readonly string[]): Promise<string[]> {
  const target = findTarget(targetId);
  const check = target === undefined ? undefined : checkerFor(target.info);
  if (target === undefined || check === undefined) return [`no target or syntax checker for ${targetId}`];
  const expected = expectedOf(parseRequest(request));

  const parsed = (GRAMMAR_WORKAROUNDS[target.info.language] ?? unchanged)(code);
  const problems = (await check(parsed.code)).map((p) => `syntax: ${formatProblems(parsed.code, [p])}`);
  if (targetId === 'http') problems.push(...httpProblems(code, expected));
  else problems.push(...(await literalProblems(targetId, parsed, expected)));
  problems.push(...basicPlaceholderProblems(expected, warnings));

  const tolerated = (WARNED_LIMITS[targetId] ?? []).filter((limit) => warnings.some((w) => limit.warning.test(w)));
  return problems.filter((p) => !tolerated.some((limit) => limit.problem.test(p.replace(/^syntax: \d+:\d+ /, ''))));
}

/** The literal checks, on the snippet as rewritten for its grammar (GRAMMAR_WORKAROUNDS). */
async function literalProblems(targetId: string, { code, restore }: Rewritten, expected: Expected): Promise<string[]> {
  const carriage = CARRIAGE[targetId];
  const language = findTarget(targetId)!.info.language;
  const grammar = grammarByLanguage[language];
  const scanner = parsedByOwnParser[language]?.scan ?? (grammar === undefined ? undefined : (text: string) => scanLiterals(grammar, text));
  if (carriage === undefined || scanner === undefined) return [`no carriage table or grammar for ${targetId}`];
  const scan = await scanner(code);
  const problems = scan.problems.map((p) => `literal: ${p}`);

  // A literal the decoder refuses is a problem already (or a warned limit): its text would count as outside.
  const outside = scan.problems.length === 0 ? codeOutsideLiterals(code, scan) : '';
  const canaryAt = outside.indexOf(CANARY);
  if (canaryAt !== -1) problems.push(`breakout: model text outside a literal or comment: ${JSON.stringify(outside.slice(Math.max(0, canaryAt - 40), canaryAt + 40))}`);

  const literals = scan.literals.map((l) => ({ ...l, value: restore(l.value) }));
  problems.push(...urlProblems(literals, expected.url, carriage.splitUrl === true));
  const dropped = (atom: Atom) => carriage.drops.some((drop) => drop(atom, expected));
  // A NUL ends some languages' strings and every command-line argument: the messages say when a value or its part holds one.
  const nulGroups = new Set(expected.atoms.flatMap((a) => (a.group !== undefined && a.value.includes('\0') ? [a.group] : [])));
  for (const atom of expected.atoms) {
    if (atom.value === '' || dropped(atom)) continue;
    if (atom.kind === 'method' && carriage.methodIdentifiers.includes(atom.value)) continue;
    const encodings = [atom.value, ...(carriage.forms[atom.kind] ?? []).map((form) => FORM_ENCODERS[form](atom.value))];
    if (!literals.some((l) => encodings.some((e) => l.value.includes(e)))) {
      const nul = atom.value.includes('\0') ? ' (it holds a NUL)' : atom.group !== undefined && nulGroups.has(atom.group) ? ' (its header or part holds a NUL)' : '';
      problems.push(`round trip: ${atom.where} ${excerpt(atom.value)} is in no string literal${nul}`);
    }
  }
  const fieldsAsBody: Atom = { kind: 'body', where: 'body.params', value: '' };
  if (expected.urlencoded !== undefined && expected.urlencoded.length > 0 && !dropped(fieldsAsBody)) {
    problems.push(...urlencodedProblems(literals, expected.urlencoded, carriage.urlencoded));
  }
  problems.push(...placeholderProblems(code, expected.atoms.filter((a) => !dropped(a))));
  return problems;
}

/**
 * Placeholders in basic credentials are sent inside the base64 of the Authorization header, where
 * no one can see or fill them in: a warning must say so.
 */
function basicPlaceholderProblems({ basicCredentials }: Expected, warnings: readonly string[]): string[] {
  if (basicCredentials === undefined || basicCredentials.search(PLACEHOLDER) === -1) return [];
  if (warnings.some((w) => /\bbasic\b/i.test(w) && /\{\{placeholders\}\}/.test(w))) return [];
  return [`warning: the basic credentials ${excerpt(basicCredentials)} hold {{placeholders}}, sent base64-encoded as written, and no warning says so`];
}

/** Some literal is the URL: it starts with the origin and its path and query decode to the model's. */
function urlProblems(literals: readonly LiteralSpan[], url: ModelUrl, splitUrl: boolean): string[] {
  const reasons: string[] = [];
  const targets = literals.filter((l) => l.value.startsWith(url.origin)).map((l) => l.value.slice(url.origin.length));
  // A split URL: the origin alone in one literal, the path and query (starting with '/') in another.
  if (splitUrl && literals.some((l) => l.value === url.origin)) targets.push(...literals.filter((l) => l.value.startsWith('/')).map((l) => l.value));
  for (const target of targets) {
    const reason = targetMismatch(target, url);
    if (reason === undefined) return [];
    reasons.push(reason);
  }
  return [`url: no literal is the URL ${excerpt(url.origin)}+path+query${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}`];
}

/** Why an encoded `path?query` does not send the model's path and query, or undefined when it does. */
function targetMismatch(target: string, url: ModelUrl): string | undefined {
  let decoded;
  try {
    decoded = decodeTarget(target);
  } catch (error) {
    return (error as Error).message;
  }
  if (JSON.stringify(decoded.segments) !== JSON.stringify(url.segments)) return `path segments ${excerpt(JSON.stringify(decoded.segments))}, expected ${excerpt(JSON.stringify(url.segments))}`;
  if (JSON.stringify(decoded.query) !== JSON.stringify(url.query)) return `query ${excerpt(JSON.stringify(decoded.query))}, expected ${excerpt(JSON.stringify(url.query))}`;
  return undefined;
}

function urlencodedProblems(literals: readonly LiteralSpan[], pairs: readonly Pair[], carriers: readonly UrlencodedCarrier[]): string[] {
  const same = (a: readonly Pair[]) => JSON.stringify(a) === JSON.stringify(pairs);
  const decodes = (text: string) => {
    try {
      return same(decodePairs(text, RAW.form, true));
    } catch {
      return false;
    }
  };
  const carried: Record<UrlencodedCarrier, () => boolean> = {
    encoded: () => literals.some((l) => decodes(l.value)),
    fields: () => pairs.every((p) => literals.some((l) => l.value.includes(p.key)) && literals.some((l) => l.value.includes(p.value))),
    // `--data-urlencode 'encodedKey=value'` (curl encodes the value) or `--data-raw 'encodedKey=encodedValue'`.
    pairArgs: () =>
      pairs.every((p) =>
        literals.some((l) => {
          const eq = l.value.indexOf('=');
          if (eq === -1) return false;
          try {
            const key = decodeStrict(l.value.slice(0, eq), RAW.form, true);
            return key === p.key && (l.value.slice(eq + 1) === p.value || decodeStrict(l.value.slice(eq + 1), RAW.form, true) === p.value);
          } catch {
            return false;
          }
        }),
      ),
  };
  return carriers.some((c) => carried[c]()) ? [] : [`round trip: the urlencoded fields ${excerpt(JSON.stringify(pairs))} are carried by no literal (${carriers.join(' or ')})`];
}

/** Every `{{placeholder}}` of a carried value stays readable: it is in the snippet as written. */
function placeholderProblems(code: string, atoms: readonly Atom[]): string[] {
  const missing = new Set<string>();
  for (const atom of atoms) {
    for (const [placeholder] of atom.value.matchAll(PLACEHOLDER)) if (!code.includes(placeholder)) missing.add(placeholder);
  }
  return [...missing].map((p) => `placeholder: ${p} is not in the snippet as written`);
}

// ---------------------------------------------------------------------------------------------
// The raw HTTP target

/** The message's request line, headers and body against the model. */
function httpProblems(code: string, expected: Expected): string[] {
  const problems: string[] = [];
  const message = parseHttpMessage(code);
  const [method, target] = message.requestLine.text.split(' ');
  if (method !== expected.method) problems.push(`http: method ${excerpt(method ?? '')}, expected ${excerpt(expected.method)}`);
  const mismatch = targetMismatch(target ?? '', expected.url);
  if (mismatch !== undefined) problems.push(`http: request target ${excerpt(target ?? '')}: ${mismatch}`);

  const lines = message.headerLines.map((l) => splitHeaderLine(l.text) ?? { name: l.text, value: '' });
  const hostHeader = expected.headers.find((h) => h.name.toLowerCase() === 'host');
  const host = lines.find((h) => h.name.toLowerCase() === 'host');
  if (host?.value !== (hostHeader?.value ?? expected.url.authority)) problems.push(`http: Host ${excerpt(host?.value ?? '(none)')}, expected ${excerpt(hostHeader?.value ?? expected.url.authority)}`);
  // The model's headers in order; the target adds only Host, Content-Type and Content-Length.
  const others = lines.filter((h) => h.name.toLowerCase() !== 'host');
  let at = 0;
  for (const h of expected.headers.filter((h) => h.name.toLowerCase() !== 'host')) {
    const found = others.findIndex((line, i) => i >= at && line.name === h.name && line.value === h.value);
    if (found === -1) problems.push(`http: ${h.where.value} ${excerpt(`${h.name}: ${h.value}`)} is not a header line (in order)`);
    else at = found + 1;
  }
  const runTimeBasic = expected.basicAtRunTime === undefined ? undefined : `Basic ${expected.basicAtRunTime.username}${expected.basicAtRunTime.password === '' ? ':' : ` ${expected.basicAtRunTime.password}`}`;
  if (runTimeBasic !== undefined && !others.some((line) => line.name === 'Authorization' && line.value === runTimeBasic)) problems.push(`http: no header line ${excerpt(`Authorization: ${runTimeBasic}`)} for credentials holding placeholders`);
  const extra = others.filter(
    (line) => !expected.headers.some((h) => h.name === line.name && h.value === line.value) && !/^content-(type|length)$/i.test(line.name) && !(line.name === 'Authorization' && line.value === runTimeBasic),
  );
  for (const line of extra) problems.push(`http: a header line the model does not have: ${excerpt(`${line.name}: ${line.value}`)}`);

  problems.push(...httpBodyProblems(message.body, expected, lines));
  return problems;
}

function httpBodyProblems(body: string, expected: Expected, lines: readonly { name: string; value: string }[]): string[] {
  const bodyAtom = expected.atoms.find((a) => a.kind === 'body');
  const fileAtom = expected.atoms.find((a) => a.kind === 'bodyFile');
  if (bodyAtom !== undefined) return body === bodyAtom.value ? [] : [`http: body ${excerpt(body)}, expected ${excerpt(bodyAtom.value)}`];
  if (fileAtom !== undefined) return fileLineProblems(body, fileAtom.value, 'http: body');
  if (expected.urlencoded !== undefined) {
    try {
      if (JSON.stringify(decodePairs(body, RAW.form, true)) === JSON.stringify(expected.urlencoded)) return [];
    } catch (error) {
      return [`http: urlencoded body ${excerpt(body)}: ${(error as Error).message}`];
    }
    return [`http: urlencoded body ${excerpt(body)} does not decode to ${excerpt(JSON.stringify(expected.urlencoded))}`];
  }
  // A form with no enabled field is sent as an empty body.
  if (expected.bodyMode === 'formdata' && expected.atoms.some((a) => a.part !== undefined)) return multipartProblems(body, expected, lines);
  return body === '' ? [] : [`http: a body ${excerpt(body)} for a request without one`];
}

/** A `< path` line: the HTTP-file notation for a file's bytes. A relative path is written `./path`. */
function fileLineProblems(text: string, src: string, what: string): string[] {
  if (/[\r\n]/.test(src)) return [`${what}: the file path ${excerpt(src)} has a line break, which a "< path" line cannot hold`];
  const line = `< ${/^(\/|\.\.?\/)/.test(src) ? src : `./${src}`}`;
  return text === line ? [] : [`${what} ${excerpt(text)}, expected ${excerpt(line)}`];
}

/** The multipart body against the enabled form fields: names, file names, content types and contents, in order. */
function multipartProblems(body: string, expected: Expected, lines: readonly { name: string; value: string }[]): string[] {
  const contentType = lines.find((l) => /^content-type$/i.test(l.name))?.value ?? '';
  const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(contentType)?.[1];
  if (boundary === undefined) return [`multipart body with Content-Type ${excerpt(contentType)}`];
  // RFC 2046 5.1.1: a delimiter is CRLF "--" boundary at the start of a line; the first needs no CRLF.
  const open = `--${boundary}\r\n`;
  const close = `\r\n--${boundary}--\r\n`;
  const empty = `--${boundary}--\r\n`;
  if (body === empty) return expected.atoms.some((a) => a.part !== undefined) ? ['multipart body has no parts'] : [];
  if (!body.startsWith(open) || !body.endsWith(close)) return ['multipart body does not start and end with a delimiter'];
  const parts = body.slice(open.length, -close.length).split(`\r\n${open}`).map((part) => `${part}\r\n`);

  const fields = new Map<number, Atom[]>();
  for (const atom of expected.atoms) if (atom.part !== undefined) fields.set(atom.part.index, [...(fields.get(atom.part.index) ?? []), atom]);
  if (parts.length !== fields.size) return [`multipart body has ${parts.length} parts, expected ${fields.size}`];
  const problems: string[] = [];
  parts.forEach((part, i) => {
    const atoms = fields.get(i)!;
    const get = (kind: AtomKind) => atoms.find((a) => a.kind === kind)?.value;
    const file = atoms[0]!.part!.type === 'file';
    const headEnd = part.indexOf('\r\n\r\n');
    if (headEnd === -1 || !part.endsWith('\r\n')) {
      problems.push(`multipart body: part ${i + 1} has no blank line or no CRLF before the next delimiter`);
      return;
    }
    const headers = part.slice(0, headEnd).split('\r\n');
    const content = part.slice(headEnd + 4, -2);
    const disposition = /^Content-Disposition: form-data; name="((?:[^"\\\r\n]|\\.)*)"(?:; filename="((?:[^"\\\r\n]|\\.)*)")?$/.exec(headers[0] ?? '');
    const unquote = (text: string | undefined) => text?.replace(/\\(.)/g, '$1');
    const wantedType = get('partContentType') ?? (file ? 'application/octet-stream' : undefined);
    const type = headers[1] === undefined ? undefined : /^Content-Type: (.*)$/s.exec(headers[1])?.[1];
    if (disposition === null) problems.push(`multipart body: part ${i + 1} header ${excerpt(headers[0] ?? '')} is not a form-data disposition`);
    else {
      if (unquote(disposition[1]) !== get('formKey')) problems.push(`multipart body: part ${i + 1} name ${excerpt(unquote(disposition[1]) ?? '')}, expected ${excerpt(get('formKey') ?? '')}`);
      if (unquote(disposition[2]) !== get('fileName')) problems.push(`multipart body: part ${i + 1} file name ${excerpt(unquote(disposition[2]) ?? '(none)')}, expected ${excerpt(get('fileName') ?? '(none)')}`);
    }
    if (headers.length > 2 || type !== wantedType) problems.push(`multipart body: part ${i + 1} headers ${excerpt(headers.slice(1).join('\\r\\n'))}, expected Content-Type ${excerpt(wantedType ?? '(none)')}`);
    if (file) problems.push(...fileLineProblems(content, get('fileSrc')!, `multipart body: part ${i + 1} content`));
    else if (content !== get('formValue')) problems.push(`multipart body: part ${i + 1} content ${excerpt(content)}, expected ${excerpt(get('formValue') ?? '')}`);
  });
  return problems;
}

const excerpt = (text: string) => quoted(text, 80);
