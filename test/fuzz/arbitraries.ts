import fc from 'fast-check';
import type { RequestInput } from '../../src/index.js';
import { RAW_LANGUAGES } from '../../src/model/raw-languages.js';

/**
 * Generated request models for the fuzz suite, their text weighted towards what breaks string
 * literals in some target language. Every value may hold CANARY, so "no model text outside a
 * literal" is checked by looking for it in the code that is left when literals are blanked out.
 */
export const CANARY = 'ZXQ_CANARY';

/** Pieces that end or subvert a string literal, a URL part or an HTTP message if escaped wrongly. */
const DANGEROUS_PIECES: readonly string[] = [
  // shell
  "'", '"', '$(id)', '`id`', '!', '!!', '$HOME', '${HOME}', "'\\''", '\\', '\\\\', ';', '|', '&&',
  // Python
  '"""', "'''", '\\N{BULLET}', '{', '}', '{0}', '%(x)s', '%s', 'f"{x}"',
  // JavaScript
  '${x}', '`', '</script>', '<!--', '\u2028', '\u2029', '\\u0022',
  // Go
  '\\x00', '\\377',
  // Java
  '\\u000a', '\\u0022', '\\u005c', '*/', '/*', '//',
  // C#
  '@"', '{x}', '$"{x}"', '"""', '\\U0001F600',
  // PHP
  '$x', '{$x}', '${x}', '<?php', '?>', "\\'", '\\$x',
  // Ruby
  '#{1+1}', '#@x', '#$x', '#', '\nEOS\n', '\nBODY\n', 'BODY', '\nBODY2\n', '\nBODY\n\nBODY2\n', '%q(', '\\#{x}',
  // Swift
  '\\(x)', '#"', '"#', '"""#', '\\u{41}',
  // HTTP: header-looking lines, blank lines, the multipart boundary of the raw HTTP target
  '\r\nX-Injected: 1\r\n', '\nX-Injected: 1', '\r\n\r\n', '\n\n', 'Content-Length: 0', '--', '------WebKitFormBoundary7MA4YWxkTrZu0gW',
  // URL parts
  '%', '%zz', '%41', '%E9', '%%', '%2F', '+', '&', '=', '#', '?', '/', '..', '.', ' ', '@', ':', '[', ']',
  // line ends and whitespace
  '\n', '\r', '\r\n', '\t', '\v', '\f', ' \t ', '\u00a0',
];

/** `{{placeholders}}`, valid ones (which stay verbatim) and broken ones (which are plain text). */
const PLACEHOLDERS: readonly string[] = ['{{baseUrl}}', '{{token}}', '{{a.b-c_$1}}', '{{a', 'b}}', '{{}}', '{{a b}}', '{{{x}}}', '{{a}}}}', '{ {x} }'];

/** Characters a reader cannot see or that some language reads as a line end. */
const INVISIBLES: readonly string[] = ['\u200b', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff', '\u0085', '\u2028', '\u2029', '\u00ad', '\u061c'];

/** Astral characters (surrogate pairs in UTF-16), combining sequences, case-changing letters. */
const WIDE: readonly string[] = ['😀', '👩‍👩‍👧', '🇫🇷', '\u{10ffff}', '\u{1d11e}', 'é', 'e\u0301', 'ß', 'İ', 'ﬀ', '日本語', 'עברית', 'ﷺ'];

/** Any control character: C0, DEL and C1. */
const control = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.constant(0x7f), fc.integer({ min: 0x80, max: 0x9f })).map((cp) => String.fromCharCode(cp));

/** A few KB, sometimes: long literals, long lines, repeated dangerous pieces. */
const long = fc.oneof(
  fc.tuple(fc.constantFrom(...DANGEROUS_PIECES, CANARY), fc.integer({ min: 200, max: 1500 })).map(([piece, times]) => piece.repeat(times).slice(0, 6000)),
  fc.string({ unit: 'binary', minLength: 1000, maxLength: 4000 }),
);

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...DANGEROUS_PIECES), weight: 60 },
  { arbitrary: fc.constant(CANARY), weight: 20 },
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,8}$/), weight: 30 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), weight: 15 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), weight: 10 },
  { arbitrary: control, weight: 20 },
  { arbitrary: fc.constantFrom(...INVISIBLES), weight: 15 },
  { arbitrary: fc.constantFrom(...WIDE), weight: 10 },
  { arbitrary: fc.constantFrom(...PLACEHOLDERS), weight: 20 },
  { arbitrary: long, weight: 1 },
);

/** Well-formed text (no lone surrogates) of a few pieces. */
const hostileText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));

/** Characters no multi-line literal form keeps as they are (all but LF and tab): CR, other controls, line separators, bidi. */
const NOT_PLAIN = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** What ends or subverts a multi-line literal: heredoc terminators, triple quotes, a backslash before a line break. */
const MULTILINE_PIECES: readonly string[] = [
  ...DANGEROUS_PIECES.filter((p) => !NOT_PLAIN.test(p)),
  '\n', '\n\n', '\\\n', '"\n', '\n"', '""', '"\n"""', 'BODY\n', '\nBODY', '\nBODY2', '\nBODY3\n', 'EOF', '\n"""\n', "\n'''\n", '\n`\n', '\t\n', ' \n',
];

/**
 * Printable text over several lines: what targets write as multi-line literals (heredocs,
 * triple-quoted strings, template literals, raw strings), which one-line escaping never reaches.
 */
const multilineText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof({ arbitrary: fc.constantFrom(...MULTILINE_PIECES), weight: 5 }, fc.constant(CANARY), fc.stringMatching(/^[A-Za-z0-9 ]{1,12}$/), fc.constantFrom(...WIDE, ...PLACEHOLDERS)), { maxLength: 8 }),
    fc.array(fc.constantFrom(...MULTILINE_PIECES, CANARY), { maxLength: 4 }),
  )
  .map(([before, after]) => `${before.join('')}\n${after.join('')}`);

/** Body text: one-line text that needs escapes, printable multi-line text, and that with CRLF line ends. */
const bodyText = fc.oneof({ arbitrary: hostileText, weight: 2 }, { arbitrary: multilineText, weight: 2 }, { arbitrary: multilineText.map((t) => t.replace(/\n/g, '\r\n')), weight: 1 });

/** What the schema refuses in a header value (RFC 9110 field-value): every C0 control but tab, and DEL. C1 controls are allowed. */
const NOT_IN_HEADER_VALUE = /[\x00-\x08\x0a-\x1f\x7f]/g;
const headerValueText = hostileText.map((text) => text.replace(NOT_IN_HEADER_VALUE, ''));
/** What the schema refuses in a multipart field name or a file path, each written on one line: CR, LF, NUL. */
const NOT_ON_ONE_LINE = /[\r\n\0]/g;
const oneLineText = hostileText.map((text) => text.replace(NOT_ON_ONE_LINE, ''));
const nonEmpty = (text: string) => (text === '' ? CANARY : text);

const TOKEN_CHARS = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,16}$/;
const token = fc.oneof(
  fc.constantFrom('Content-Type', 'content-type', 'Accept', 'Authorization', 'Host', 'Content-Length', 'Cookie', 'User-Agent', 'X-HTTP-Method-Override', 'Proxy-Authorization', CANARY, `X-${CANARY}`),
  fc.stringMatching(TOKEN_CHARS),
  // Token characters that mean something in a shell or a string literal.
  fc.constantFrom("X-'", 'X-`id`', 'X-$x', 'X-#x', "it's", '$HOME', '!|~^', '%s', '*', "'''"),
);

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND', 'MKCOL', 'PURGE', 'MERGE', 'SEARCH', 'COPY', 'TRACK', 'get', 'post', 'Delete', CANARY];
const method = fc.oneof({ arbitrary: fc.constantFrom(...METHODS), weight: 4 }, { arbitrary: fc.stringMatching(TOKEN_CHARS), weight: 1 });

/** The origins a URL is written with, userinfo and placeholders included. */
const ORIGINS = [
  '{{baseUrl}}',
  'https://api.example.com',
  'http://localhost:8080',
  'https://{{host}}:8443',
  'api.example.com',
  'http://[::1]:3000',
  `https://${CANARY}.example.com`,
  'https://user:p%40ss%3Aw%C3%B6rd@api.example.com',
  'https://only-user@api.example.com',
  'https://{{user}}:{{password}}@api.example.com',
  '{{scheme}}://{{host}}',
  '{{protocol}}://api.example.com:8080',
];

/** JavaScript's whitespace (what `trim()` removes): encoded in URL parts so the model's trim keeps them. */
const JS_WHITESPACE = /[\s\ufeff]/;
const PLACEHOLDER_PIECE = /(\{\{[A-Za-z0-9_.$\-]+\}\})/;

/**
 * URL text for a decoded value, placeholders left as they are. `full`: every character outside the
 * unreserved set percent-encoded; otherwise only what would change how the URL is split or trimmed.
 */
function urlText(value: string, full: boolean): string {
  return value
    .split(PLACEHOLDER_PIECE)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      if (full) return encodeURIComponent(part);
      return [...part].map((ch) => (/[%/?#&=]/.test(ch) || JS_WHITESPACE.test(ch) ? encodeURIComponent(ch) : ch)).join('');
    })
    .join('');
}

/** A URL built from decoded path segments and query pairs, written fully or minimally encoded. */
const url = fc
  .record({
    origin: fc.constantFrom(...ORIGINS),
    segments: fc.array(hostileText, { maxLength: 4 }),
    trailingSlash: fc.boolean(),
    query: fc.array(fc.record({ key: hostileText, value: hostileText }), { maxLength: 3 }),
    full: fc.boolean(),
    fragment: fc.option(hostileText, { nil: undefined }),
    padding: fc.constantFrom('', ' ', '\t', '\n '),
  })
  .map(({ origin, segments, trailingSlash, query, full, fragment, padding }) => {
    const path = segments.length > 0 ? '/' + segments.map((s) => urlText(s, full)).join('/') : trailingSlash ? '/' : '';
    const search = query.length > 0 ? '?' + query.map((p) => `${urlText(p.key, full)}=${urlText(p.value, full)}`).join('&') : '';
    return padding + origin + path + search + (fragment === undefined ? '' : `#${fragment}`) + padding;
  });

const disabled = fc.option(fc.boolean(), { nil: undefined, freq: 3 });
const keyValue = fc.record({ key: hostileText, value: hostileText, disabled }, { requiredKeys: ['key'] });
const header = fc.record({ name: token, value: headerValueText, disabled }, { requiredKeys: ['name', 'value'] });
const contentType = fc.oneof(fc.constantFrom('text/plain', 'application/json', 'image/png', 'text/plain; charset=utf-8', 'multipart/mixed'), headerValueText);

const auth = fc.oneof(
  fc.constant({ type: 'none' as const }),
  fc.record({ type: fc.constant('basic' as const), username: headerValueText, password: headerValueText }, { requiredKeys: ['type', 'username'] }),
  fc.record({ type: fc.constant('bearer' as const), token: headerValueText }),
  // Sent in a header, the key is the header's name: a token.
  fc.record({ type: fc.constant('apikey' as const), key: token, value: headerValueText, in: fc.constant('header' as const) }, { requiredKeys: ['type', 'key', 'value'] }),
  fc.record({ type: fc.constant('apikey' as const), key: hostileText.map(nonEmpty), value: headerValueText, in: fc.constant('query' as const) }),
);

const filePath = fc.oneof(fc.constantFrom('upload.txt', './data/file.bin', '/etc/passwd', 'C:\\Users\\me\\a.txt', 'dir/sub/', '../up.txt'), oneLineText.map(nonEmpty));

const formField = fc.oneof(
  fc.record(
    { type: fc.constantFrom('text' as const, undefined), key: oneLineText, value: bodyText, contentType, disabled },
    { requiredKeys: ['key'] },
  ),
  fc.record({ type: fc.constant('file' as const), key: oneLineText, src: filePath, contentType, disabled }, { requiredKeys: ['type', 'key', 'src'] }),
);

/** Variables as Postman keeps them: an object, its JSON text, text that is not JSON, or blank. */
const jsonish = fc.oneof(hostileText, fc.integer(), fc.boolean(), fc.constant(null), fc.array(hostileText, { maxLength: 3 }));
const graphqlVariables = fc.oneof(
  fc.dictionary(hostileText, jsonish, { maxKeys: 3 }),
  fc.dictionary(hostileText, jsonish, { maxKeys: 3 }).map((v) => JSON.stringify(v, null, 2)),
  hostileText,
  fc.constantFrom('', '  \n'),
);

const body = fc.oneof(
  fc.constant({ mode: 'none' as const }),
  { arbitrary: fc.record({ mode: fc.constant('raw' as const), text: bodyText, language: fc.constantFrom(...RAW_LANGUAGES) }, { requiredKeys: ['mode', 'text'] }), weight: 3 },
  { arbitrary: fc.record({ mode: fc.constant('urlencoded' as const), params: fc.array(keyValue, { maxLength: 4 }) }), weight: 2 },
  { arbitrary: fc.record({ mode: fc.constant('formdata' as const), params: fc.array(formField, { maxLength: 4 }) }), weight: 2 },
  fc.record({ mode: fc.constant('graphql' as const), query: bodyText, variables: graphqlVariables, operationName: hostileText }, { requiredKeys: ['mode', 'query'] }),
  fc.record({ mode: fc.constant('file' as const), src: filePath }),
);

/** A valid request model, every optional field sometimes left out so that defaults apply. */
export const requestInput: fc.Arbitrary<RequestInput> = fc.record(
  { method, url, query: fc.array(keyValue, { maxLength: 3 }), headers: fc.array(header, { maxLength: 4 }), auth, body },
  { requiredKeys: ['url'] },
);

/** An invalid model and the field path its one error message must name. */
export interface InvalidCase {
  request: Record<string, unknown>;
  path: string;
  /** What is wrong, for the test's name. */
  defect: string;
}

const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];

/** `text` with `inserted` between two of its code points, so a lone surrogate stays lone. */
const insertedInto = (text: fc.Arbitrary<string>, inserted: fc.Arbitrary<string>) =>
  fc.tuple(text, inserted, fc.nat()).map(([t, x, at]) => {
    const points = [...t];
    const i = at % (points.length + 1);
    return [...points.slice(0, i), x, ...points.slice(i)].join('');
  });

const loneSurrogateIn = (text: fc.Arbitrary<string>) => insertedInto(text, fc.constantFrom(...LONE_SURROGATES));
const lineBreakOrNulIn = (text: fc.Arbitrary<string>) => insertedInto(text, fc.constantFrom('\r', '\n', '\r\n', '\0'));
/** The controls a header value may not hold but for CR, LF and NUL (which have messages of their own): tab is allowed. */
const controlNotTab = fc.oneof(fc.integer({ min: 0x01, max: 0x08 }), fc.constantFrom(0x0b, 0x0c, 0x7f), fc.integer({ min: 0x0e, max: 0x1f })).map((cp) => String.fromCharCode(cp));
const controlIn = (text: fc.Arbitrary<string>) => insertedInto(text, controlNotTab);
const validHeaders = fc.array(header.map(({ name, value }) => ({ name, value })), { maxLength: 2 });
const base = { url: 'https://api.example.com/a' };

/** A header list with `bad` placed among valid headers; the path names its field. */
const amongHeaders = (bad: fc.Arbitrary<{ name: string; value: string }>, field: 'name' | 'value', defect: string) =>
  fc.tuple(validHeaders, bad, validHeaders).map(([before, h, after]): InvalidCase => ({ request: { ...base, headers: [...before, h, ...after] }, path: `headers[${before.length}].${field}`, defect }));

/** A value at `path` in an otherwise valid model. */
const at = (path: string, defect: string, build: (value: string) => Record<string, unknown>, value: fc.Arbitrary<string>) =>
  value.map((v): InvalidCase => ({ request: build(v), path, defect }));

const lone = loneSurrogateIn(hostileText);
/** Key-value pairs whose last one has `bad` as its key or value; the valid keys come from `keys`. */
const keyValueList = (field: 'key' | 'value', bad: fc.Arbitrary<string>, keys: fc.Arbitrary<string> = hostileText) =>
  fc.tuple(fc.array(fc.record({ key: keys, value: hostileText }), { maxLength: 2 }), bad, hostileText).map(([before, b, other]) => ({
    list: [...before, field === 'key' ? { key: b, value: other } : { key: other, value: b }],
    index: before.length,
  }));
const formdata = (params: unknown[]) => ({ ...base, method: 'POST', body: { mode: 'formdata', params } });

/**
 * Invalid models, each with exactly one defect: a header value with CR, LF, NUL or another control
 * but tab (auth values and part content types too); a non-token header name, method or API key
 * header name; CR, LF or NUL in a multipart field name or a file path; a lone surrogate in any text
 * field; an empty URL.
 */
export const invalidRequest: fc.Arbitrary<InvalidCase> = fc.oneof(
  amongHeaders(fc.record({ name: token, value: lineBreakOrNulIn(headerValueText) }), 'value', 'CR, LF or NUL in a header value'),
  amongHeaders(fc.record({ name: token, value: controlIn(headerValueText) }), 'value', 'a control character other than tab in a header value'),
  amongHeaders(fc.record({ name: lineBreakOrNulIn(token), value: headerValueText }), 'name', 'CR, LF or NUL in a header name'),
  amongHeaders(fc.record({ name: fc.constantFrom('X Space', 'X:Colon', '', 'Ünïcode', 'X(y)', 'X"q"', 'a/b', '{{x}}'), value: headerValueText }), 'name', 'a header name that is not a token'),
  amongHeaders(fc.record({ name: token, value: loneSurrogateIn(headerValueText) }), 'value', 'a lone surrogate in a header value'),
  at('method', 'a method that is not a token', (m) => ({ ...base, method: m }), fc.constantFrom('GET /', 'PO ST', '', 'GET\r\n', 'GËT', 'A:B', '(GET)', '{{method}}')),
  at('url', 'an empty URL', (u) => ({ url: u }), fc.constant('')),
  at('url', 'a lone surrogate in the URL', (u) => ({ url: u }), loneSurrogateIn(url)),
  keyValueList('key', lone).map(({ list, index }): InvalidCase => ({ request: { ...base, query: list }, path: `query[${index}].key`, defect: 'a lone surrogate in a query key' })),
  keyValueList('value', lone).map(({ list, index }): InvalidCase => ({ request: { ...base, query: list }, path: `query[${index}].value`, defect: 'a lone surrogate in a query value' })),
  at('body.text', 'a lone surrogate in a raw body', (text) => ({ ...base, method: 'POST', body: { mode: 'raw', text } }), lone),
  keyValueList('value', lone).map(({ list, index }): InvalidCase => ({ request: { ...base, body: { mode: 'urlencoded', params: list } }, path: `body.params[${index}].value`, defect: 'a lone surrogate in a form value' })),
  keyValueList('key', loneSurrogateIn(oneLineText), oneLineText).map(({ list, index }): InvalidCase => ({ request: formdata(list), path: `body.params[${index}].key`, defect: 'a lone surrogate in a multipart field name' })),
  keyValueList('key', lineBreakOrNulIn(oneLineText), oneLineText).map(({ list, index }): InvalidCase => ({ request: formdata(list), path: `body.params[${index}].key`, defect: 'CR, LF or NUL in a multipart field name' })),
  at('body.params[0].key', 'CR, LF or NUL in a file part name', (key) => formdata([{ type: 'file', key, src: 'a.txt' }]), lineBreakOrNulIn(oneLineText)),
  at('body.params[0].src', 'a lone surrogate in a file path', (src) => formdata([{ type: 'file', key: 'f', src }]), loneSurrogateIn(oneLineText)),
  at('body.params[0].src', 'CR, LF or NUL in a file path', (src) => formdata([{ type: 'file', key: 'f', src }]), lineBreakOrNulIn(filePath)),
  at('body.params[0].contentType', 'a lone surrogate in a part content type', (ct) => formdata([{ key: 'f', value: 'v', contentType: ct }]), loneSurrogateIn(headerValueText)),
  at('body.params[0].contentType', 'a control character in a part content type', (ct) => formdata([{ type: 'file', key: 'f', src: 'a.txt', contentType: ct }]), controlIn(headerValueText)),
  at('body.query', 'a lone surrogate in a GraphQL query', (query) => ({ ...base, body: { mode: 'graphql', query } }), lone),
  at('body.src', 'a lone surrogate in a body file path', (src) => ({ ...base, body: { mode: 'file', src } }), loneSurrogateIn(oneLineText)),
  at('body.src', 'CR, LF or NUL in a body file path', (src) => ({ ...base, body: { mode: 'file', src } }), lineBreakOrNulIn(filePath)),
  at('auth.username', 'CR, LF or NUL in a basic-auth user name', (username) => ({ ...base, auth: { type: 'basic', username } }), lineBreakOrNulIn(headerValueText)),
  at('auth.password', 'a lone surrogate in a basic-auth password', (password) => ({ ...base, auth: { type: 'basic', username: 'u', password } }), loneSurrogateIn(headerValueText)),
  at('auth.password', 'a control character in a basic-auth password', (password) => ({ ...base, auth: { type: 'basic', username: 'u', password } }), controlIn(headerValueText)),
  at('auth.token', 'CR, LF or NUL in a bearer token', (token) => ({ ...base, auth: { type: 'bearer', token } }), lineBreakOrNulIn(headerValueText)),
  at('auth.token', 'a control character in a bearer token', (token) => ({ ...base, auth: { type: 'bearer', token } }), controlIn(headerValueText)),
  at('auth.value', 'a lone surrogate in an API key', (value) => ({ ...base, auth: { type: 'apikey', key: 'X-Key', value } }), loneSurrogateIn(headerValueText)),
  at('auth.value', 'a control character in an API key', (value) => ({ ...base, auth: { type: 'apikey', key: 'X-Key', value, in: 'query' } }), controlIn(headerValueText)),
  // `in` is header by default: the key is then a header's name.
  fc
    .tuple(fc.constantFrom('X Key', 'X-Key: 1\r\nX-Injected', 'a\0b', 'Ünïcode', 'X(y)', '{{key}}', `${CANARY}\u0085`), fc.constantFrom<'header' | undefined>('header', undefined))
    .map(([key, where]): InvalidCase => ({ request: { ...base, auth: { type: 'apikey', key, value: 'v', ...(where === undefined ? {} : { in: where }) } }, path: 'auth.key', defect: 'an API key header name that is not a token' })),
);
