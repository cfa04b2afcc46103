import { t, type RequestText } from '../../../engine/request-text.js';
import { hex, INVISIBLE_ABOVE_C0_CLASS, isPrintable } from '../../literal.js';
import { dispositionQuoted } from '../../../model/encoding/multipart.js';
import type { PreparedBody, PreparedFormField } from '../../../model/prepare.js';
import type { TargetDefinition } from '../../types.js';

/** Postman's boundary: readers of API docs know it, and a fixed one keeps the snippet stable. */
const BOUNDARY = '----WebKitFormBoundary7MA4YWxkTrZu0gW';

interface HttpView {
  /** `METHOD /path?query HTTP/1.1` */
  requestLine: RequestText;
  /** Header lines, `Host` first; an empty value is written `Name:` (no trailing space to lose). */
  headerLines: RequestText[];
  /** Exactly the bytes sent, but for `< ./file` lines, which an HTTP-file client replaces with the file. */
  body: RequestText | undefined;
}

/** A body as printed: text, and the files it names in `< ./path` lines (IntelliJ / VS Code REST Client notation). */
interface PrintedBody {
  text: string;
  files: string[];
  contentType: string | undefined;
}

export const target: TargetDefinition<HttpView> = {
  info: { id: 'http', label: 'HTTP', language: 'http', client: 'HTTP/1.1', extension: 'http', fence: 'http', clientVersion: 'HTTP/1.1', prism: 'http', highlightjs: 'http', executedWith: 'raw HTTP/1.1 over a TCP socket (Node 20)' },
  view(request, warnings) {
    const hostHeaders = request.headers.filter((h) => is(h.name, 'host'));
    if (hostHeaders.length > 1) warnings.push('A request has one Host header; the first value is used.');
    const host = hostHeaders[0]?.value ?? request.url.authority;
    if (host !== request.url.authority) warnings.push(`The Host line names ${host}, not the URL's ${request.url.authority}: send the message to the URL's server yourself.`);
    const headers = [{ name: 'Host', value: host }];
    // Content-Length is the printed body's, computed below; a model's own value could contradict it.
    if (request.headers.some((h) => is(h.name, 'content-length'))) warnings.push("The model's Content-Length header is replaced by the length of the body sent.");
    headers.push(...request.headers.filter((h) => !is(h.name, 'host') && !is(h.name, 'content-length')));
    if (request.basicAuth !== undefined) {
      // A raw message cannot compute Base64; HTTP-file clients encode `Basic user password` themselves.
      const { username, password } = request.basicAuth;
      // An empty password would leave `Basic user`, which reads as a Base64 token: then `user:` (REST Client's other form).
      headers.push({ name: 'Authorization', value: password === '' ? `Basic ${username}:` : `Basic ${username} ${password}` });
      warnings.push('The Authorization line reads "Basic <username> <password>", which VS Code REST Client and IntelliJ encode to Base64 when they send it; any other client needs the Base64 of username:password there.');
      if (/\s/.test(username)) warnings.push(`A space in the user name ${JSON.stringify(username)} makes the "Basic <username> <password>" line ambiguous.`);
    }

    const systemVariables = new Set<string>();
    const inert = (text: string) => inertSystemVariables(text, systemVariables);
    const printed = printBody(request.body, warnings);
    // Made inert before Content-Length counts it.
    const body = printed === undefined ? undefined : { ...printed, text: inert(printed.text) };
    if (body !== undefined) {
      if (body.contentType !== undefined) headers.push({ name: 'Content-Type', value: body.contentType });
      // Without a length the message, sent as shown, would have an empty body (RFC 9112 6.3). Only a body
      // taking in files has none: its size is known once an HTTP-file client reads them, and it counts it.
      if (body.files.length > 0) {
        warnings.push(`Content-Length is left out: the body takes in ${body.files.join(', ')}, whose size the HTTP client counts when it reads the file.`);
      } else {
        headers.push({ name: 'Content-Length', value: String(Buffer.byteLength(body.text)) });
        if (body.text.includes('{{') && HTTP_FILE_VARIABLE.test(body.text)) warnings.push('Content-Length counts the body as shown, {{placeholders}} included: recompute it once they are filled in (VS Code REST Client and IntelliJ do it themselves).');
      }
    }
    const hidden = invisibleCharacters([...headers.map((h) => h.value), body?.text ?? '']);
    if (hidden.length > 0) warnings.push(`The message holds invisible characters as they are (${hidden.join(', ')}): a raw HTTP message has no escapes.`);

    const query = request.queryString !== '' ? `?${request.queryString}` : '';
    const view = {
      requestLine: t(inert(`${request.method} ${request.path}${query} HTTP/1.1`)),
      headerLines: headers.map(({ name, value }) => t(inert(value === '' ? `${name}:` : `${name}: ${value}`))),
      body: body === undefined ? undefined : t(body.text),
    };
    if (systemVariables.size > 0) {
      warnings.push(
        `The message holds ${[...systemVariables].join(', ')}: VS Code REST Client and IntelliJ would fill such {{$...}} system variables in from the machine that sends it (environment variables, .env files, tokens) and send them to this server. Each is written {{\\$...}}, which they send as text, backslash included.`,
      );
    }
    return view;
  },
};

/**
 * What HTTP-file clients (VS Code REST Client, JetBrains) fill in before counting the body: any
 * `{{...}}`, wider than our placeholder names (`{{$randomInt 1 10}}`).
 */
const HTTP_FILE_VARIABLE = /\{\{[^{}]+\}\}/;

/** `{{$name` (spaces allowed after the braces): where an HTTP-file client starts a system variable (`{{$processEnv HOME}}`, `{{$dotenv KEY}}`, `{{$aadToken}}`). */
const SYSTEM_VARIABLE = /\{\{(\s*)\$([A-Za-z0-9_.]*)/g;

/**
 * Neither REST Client nor IntelliJ has an escape for `{{`: a backslash before the `$` makes the variable an
 * undefined ordinary one, which both send as written. The names found are added to `found`.
 */
function inertSystemVariables(text: string, found: Set<string>): string {
  // Most text has none: `includes` (faster than any regex over a long body), then one test, spare the replace and its closure.
  if (!text.includes('{{') || !SYSTEM_VARIABLE.test(text)) return text;
  return text.replace(SYSTEM_VARIABLE, (_whole, spaces: string, name: string) => {
    found.add(`{{$${name}}}`);
    return `{{${spaces}\\$${name}`;
  });
}

const is = (name: string, lowerName: string) => name.toLowerCase() === lowerName;

function printBody(body: PreparedBody, warnings: string[]): PrintedBody | undefined {
  switch (body.mode) {
    case 'none':
      return undefined;
    case 'raw':
      warnIfReadAsFile(body.text, warnings);
      return { text: body.text, files: [], contentType: undefined };
    case 'urlencoded':
      return { text: body.encoded, files: [], contentType: undefined };
    case 'file':
      return { text: fileLine(body.src), files: [body.src], contentType: undefined };
    case 'formdata':
      return printMultipart(body.params, warnings);
  }
}

/** RFC 7578 framing with CRLF; a file part's content is a `< ./path` line. */
function printMultipart(params: PreparedFormField[], warnings: string[]): PrintedBody {
  let text = '';
  for (const field of params) {
    const fileName = field.type === 'file' ? `; filename=${dispositionQuoted(field.fileName)}` : '';
    // RFC 7578 4.4: file data is labelled application/octet-stream when its type is not known.
    const contentType = field.contentType ?? (field.type === 'file' ? 'application/octet-stream' : undefined);
    text += `--${BOUNDARY}\r\nContent-Disposition: form-data; name=${dispositionQuoted(field.key)}${fileName}\r\n`;
    if (contentType !== undefined) text += `Content-Type: ${contentType}\r\n`;
    if (field.type === 'text') {
      if (field.value.includes(BOUNDARY)) warnings.push(`The multipart boundary ${BOUNDARY} occurs in the value of ${JSON.stringify(field.key)}; the body cannot be read back.`);
      warnIfReadAsFile(field.value, warnings);
    }
    text += `\r\n${field.type === 'text' ? field.value : fileLine(field.src)}\r\n`;
  }
  text += `--${BOUNDARY}--\r\n`;
  const files = [...new Set(params.flatMap((f) => (f.type === 'file' ? [f.src] : [])))];
  return { text, files, contentType: `multipart/form-data; boundary=${BOUNDARY}` };
}

/** `< ./upload.txt`: a relative path is written with `./` so that HTTP-file clients read it as a file. */
function fileLine(src: string): string {
  return `< ${/^(\/|\.\.?\/)/.test(src) ? src : `./${src}`}`;
}

function warnIfReadAsFile(text: string, warnings: string[]): void {
  if (text.includes('<') && /^<\s/m.test(text)) warnings.push('A body line starts with "< ", which HTTP-file clients (IntelliJ, VS Code REST Client) read as a file to send.');
}

/** The invisible characters but tab, line feed and carriage return. */
const INVISIBLE_EXCEPT_LINE_BREAKS_AND_TAB_CLASS = `\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f${INVISIBLE_ABOVE_C0_CLASS}`;
const INVISIBLE_EXCEPT_LINE_BREAKS_AND_TAB = new RegExp(`[${INVISIBLE_EXCEPT_LINE_BREAKS_AND_TAB_CLASS}]`, 'g');
/** Not global: `test` then keeps no lastIndex, and is V8's fast path (`search` with a global regex is not). */
const HAS_INVISIBLE_EXCEPT_LINE_BREAKS_AND_TAB = new RegExp(`[${INVISIBLE_EXCEPT_LINE_BREAKS_AND_TAB_CLASS}]`);

function invisibleCharacters(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    // isPrintable's class holds this one: its answer for the body, which every target checks, is remembered.
    if (isPrintable(text) || !HAS_INVISIBLE_EXCEPT_LINE_BREAKS_AND_TAB.test(text)) continue;
    for (const [ch] of text.matchAll(INVISIBLE_EXCEPT_LINE_BREAKS_AND_TAB)) found.add(`U+${hex(ch.charCodeAt(0), 4)}`);
  }
  return [...found];
}
