import { InputError } from '../../errors.js';
import { encodeForm, decodeLenient } from '../../model/encoding/percent.js';
import type { RawLanguage, RequestInput } from '../../model/schema.js';

/**
 * A request written as an HTTP/1.1 message, as docs show one: the request line (`POST /as/token HTTP/1.1`, or
 * `POST https://host/as/token`; the version may be left out), header lines, a blank line, the body. An origin-form
 * target takes its host from the Host header (https is assumed). The body is kept byte for byte: a form body that
 * reads back the same from its fields becomes those fields, so the snippets show them; any other body is raw text
 * in the language of its Content-Type. `{{placeholders}}` stay as they are.
 */
export function importHttpMessage(text: string): RequestInput {
  const normalized = text.replace(/\r\n/g, '\n');
  const blank = normalized.indexOf('\n\n');
  const head = (blank === -1 ? normalized : normalized.slice(0, blank)).replace(/^\n+/, '');
  const body = blank === -1 ? '' : normalized.slice(blank + 2);
  const [requestLine = '', ...headerLines] = head.split('\n');

  // A method is written in capitals: `curl https://…` pasted by mistake is not taken for a request line.
  const match = /^([A-Z][A-Z0-9_-]*) +(\S+)(?: +HTTP\/\d(?:\.\d)?)? *$/.exec(requestLine);
  if (match === null) throw new InputError(`line 1: expected a request line such as "POST /path HTTP/1.1" or "GET https://host/path", got ${JSON.stringify(requestLine)}`);
  const [, method, target] = match as unknown as [string, string, string];

  const headers = headerLines.map((line, index) => {
    if (/^[ \t]/.test(line)) throw new InputError(`line ${index + 2}: a folded header line (starting with a space) is not allowed; write the header on one line`);
    const colon = line.indexOf(':');
    if (colon <= 0) throw new InputError(`line ${index + 2}: expected a header line "Name: value", got ${JSON.stringify(line)}`);
    return { name: line.slice(0, colon), value: line.slice(colon + 1).trim() };
  });

  const host = headers.find((header) => header.name.toLowerCase() === 'host');
  let url = target;
  if (target.startsWith('/')) {
    if (host === undefined) throw new InputError(`line 1: the target ${JSON.stringify(target)} is a path, so a Host header must say where it goes (or write the full URL)`);
    url = `${/^(https?:\/\/|\{\{)/.test(host.value) ? '' : 'https://'}${host.value}${target}`;
  }
  // The host is in the URL now; clients write their own Host header from it.
  const sent = headers.filter((header) => header !== host);
  const contentType = sent.find((header) => header.name.toLowerCase() === 'content-type')?.value ?? '';
  return { method, url, headers: withoutFormType(sent, body, contentType), ...(body !== '' && { body: requestBody(body, contentType) }) };
}

function requestBody(body: string, contentType: string): NonNullable<RequestInput['body']> {
  const params = formFields(body, contentType);
  if (params !== undefined) return { mode: 'urlencoded', params };
  return { mode: 'raw', text: body, language: rawLanguage(contentType) };
}

/** The fields of an `application/x-www-form-urlencoded` body, when encoding them again gives the very same bytes. */
function formFields(body: string, contentType: string): { key: string; value: string }[] | undefined {
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(contentType)) return undefined;
  const params = body.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const decode = (part: string) => decodeLenient(part.replace(/\+/g, ' '));
    return eq === -1 ? { key: decode(pair), value: '' } : { key: decode(pair.slice(0, eq)), value: decode(pair.slice(eq + 1)) };
  });
  return encodeForm(params) === body ? params : undefined;
}

/** A form body's own Content-Type is written by the client from the fields; any other stays as given. */
function withoutFormType(headers: { name: string; value: string }[], body: string, contentType: string): { name: string; value: string }[] {
  if (formFields(body, contentType) === undefined || contentType.trim().toLowerCase() !== 'application/x-www-form-urlencoded') return headers;
  return headers.filter((header) => header.name.toLowerCase() !== 'content-type');
}

function rawLanguage(contentType: string): RawLanguage {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (/[/+]json$/.test(type)) return 'json';
  if (/[/+]xml$/.test(type)) return 'xml';
  if (type === 'text/html') return 'html';
  if (type === 'application/javascript' || type === 'text/javascript') return 'javascript';
  return 'text';
}
