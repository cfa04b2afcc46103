/**
 * Credential masking (issue 16, Secrets): collections are exported with real tokens, passwords and session
 * cookies in them, and snippets are published. One model → model step, after import and before prepare, so
 * every input format, target and output gets it: credential values become readable `{{placeholders}}` named
 * after where they stood. The rules are listed in the README's "Secrets" section; keep the two in step.
 */
import { trimCharsEnd } from '../text.js';
import type { Auth, Body, FormField, Header, KeyValue, RequestModel } from './schema.js';

/** A well-known token format: found in any header, query or form value, URL or body, whatever its name. */
export interface TokenFormat {
  /** Said on stderr ("body GitHub token"), never the value. */
  label: string;
  /** The placeholder's name where the position has no name of its own (a URL path, a body). */
  placeholder: string;
  /** Matched against a whole run of token characters (letters, digits, `_`, `-`, `.`): linear, no backtracking across runs. */
  pattern: RegExp;
}

export const TOKEN_FORMATS: readonly TokenFormat[] = [
  { label: 'JWT', placeholder: 'jwt', pattern: /^eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*$/ },
  { label: 'GitHub token', placeholder: 'githubToken', pattern: /^(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{30,})$/ },
  { label: 'Slack token', placeholder: 'slackToken', pattern: /^xox[bpars]-[A-Za-z0-9-]{10,}$/ },
  { label: 'AWS access key id', placeholder: 'awsAccessKeyId', pattern: /^(AKIA|ASIA)[A-Z0-9]{16}$/ },
  { label: 'Stripe key', placeholder: 'stripeKey', pattern: /^(sk|rk)_(live|test)_[A-Za-z0-9]{10,}$/ },
  { label: 'Google API key', placeholder: 'googleApiKey', pattern: /^AIza[\w-]{35}$/ },
  { label: 'OpenAI key', placeholder: 'openaiKey', pattern: /^sk-[\w-]{20,}$/ },
];

/**
 * Found in any text that holds a well-known token: a run of token characters that starts as one of the formats does.
 * Most values hold none, and one search skips splitting them into runs (the largest cost of masking a collection).
 * Tried only where a run starts, and a format's characters are all token characters, so it stays linear.
 */
const ANY_TOKEN_FORMAT = new RegExp(`(?<![\\w.-])(?:${TOKEN_FORMATS.map(({ pattern }) => pattern.source.replace(/^\^|\$$/g, '')).join('|')})`);

/** A PEM private key block, found by its armour lines (searched with indexOf: linear). */
const PRIVATE_KEY = { label: 'private key', placeholder: 'privateKey', begin: '-----BEGIN ', end: '-----END ', keyWord: 'PRIVATE KEY-----' };

/** What masking did to one request. */
export interface MaskedRequest {
  request: RequestModel;
  /** Where credentials were replaced, names only (`header Authorization`, `query api_key`), each once. */
  masked: string[];
}

/**
 * Masks the credentials of a run's requests. One masker per run (a command, a build): the same value gets the
 * same placeholder in every request, two values of one position get distinct ones (`bearerToken`, `bearerToken2`).
 */
export class SecretMasker {
  private readonly nameByValue = new Map<string, string>();
  private readonly valueByName = new Map<string, string>();
  private readonly nextNumber = new Map<string, number>();

  /** `known`: values with the name they must be shown under (`--mask VAR` with its value), so a copy found elsewhere reads `{{VAR}}` too. */
  constructor(known: Readonly<Record<string, string>> = {}) {
    for (const [name, value] of Object.entries(known)) {
      if (value === '' || this.nameByValue.has(value)) continue;
      this.nameByValue.set(value, name);
      this.valueByName.set(name, value);
    }
  }

  mask(request: RequestModel): MaskedRequest {
    const masked = new Set<string>();
    const hide = (where: string, name: string, value: string): string => {
      masked.add(where);
      return `{{${this.placeholderName(name, value)}}}`;
    };
    const positions = new Positions(hide);
    const result: RequestModel = {
      ...request,
      url: positions.url(request.url),
      query: request.query.map((pair) => positions.pair('query', pair)),
      headers: request.headers.map((header) => positions.header(header)),
      auth: positions.auth(request.auth),
      body: positions.body(request.body, request.headers),
    };
    return { request: result, masked: [...masked] };
  }

  private placeholderName(base: string, value: string): string {
    const known = this.nameByValue.get(value);
    if (known !== undefined) return known;
    // The next number to try per name, so 10,000 tokens of one position take linear time, not quadratic.
    let n = this.nextNumber.get(base) ?? 1;
    let name = n === 1 ? base : `${base}${n}`;
    while (this.valueByName.has(name)) name = `${base}${++n}`;
    this.nextNumber.set(base, n + 1);
    this.nameByValue.set(value, name);
    this.valueByName.set(name, value);
    return name;
  }
}

/** One line for stderr: `masked 2 credentials in request "Get token": header Authorization, query api_key; --keep-secrets keeps them`. */
export function maskedMessage(where: string, masked: readonly string[]): string {
  const count = `${masked.length} credential${masked.length === 1 ? '' : 's'}`;
  return `masked ${count} in ${where}: ${masked.join(', ')}; --keep-secrets keeps them`;
}

type Hide = (where: string, name: string, value: string) => string;

/** The positions of one request, each masked by its rule. */
class Positions {
  constructor(private readonly hide: Hide) {}

  auth(auth: Auth): Auth {
    switch (auth.type) {
      case 'bearer':
        return isSecretValue(auth.token) ? { ...auth, token: this.hide('auth bearer token', 'bearerToken', auth.token) } : auth;
      case 'basic':
        return isSecretValue(auth.password) ? { ...auth, password: this.hide('auth basic password', 'basicPassword', auth.password) } : auth;
      case 'apikey':
        return isSecretValue(auth.value) ? { ...auth, value: this.hide(`auth apikey ${shown(auth.key)}`, placeholderName(auth.key), auth.value) } : auth;
      default:
        return auth;
    }
  }

  header(header: Header): Header {
    const lower = header.name.toLowerCase();
    if (lower === 'authorization' || lower === 'proxy-authorization') return { ...header, value: this.authorization(header.name, header.value) };
    if (lower === 'cookie') return { ...header, value: this.cookies(header.value) };
    if (isSecretName(header.name) && isSecretValue(header.value)) return { ...header, value: this.hide(`header ${shown(header.name)}`, placeholderName(header.name), header.value) };
    return { ...header, value: this.tokens(header.value, `header ${shown(header.name)}`, placeholderName(header.name)) };
  }

  /** A query pair or urlencoded field: by its name, else the token formats in its value. */
  pair(kind: 'query' | 'form field', pair: KeyValue): KeyValue {
    return { ...pair, value: this.namedValue(kind, pair.key, pair.value) };
  }

  url(url: string): string {
    const queryStart = url.indexOf('?');
    const beforeQuery = queryStart === -1 ? url : url.slice(0, queryStart);
    const query = queryStart === -1 ? undefined : url.slice(queryStart + 1);
    const path = this.tokens(this.urlPassword(beforeQuery), 'url', undefined);
    if (query === undefined) return path;
    return `${path}?${this.encodedPairs(query, 'query', 'url')}`;
  }

  /** `a=1&b=2` as written (a URL's query, an urlencoded body typed as raw text), split and put back byte for byte: only a masked value changes. */
  private encodedPairs(text: string, kind: string, where: string): string {
    return text
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq === -1) return this.tokens(pair, where, undefined);
        return `${pair.slice(0, eq)}=${this.namedValue(kind, decodeLoosely(pair.slice(0, eq)), pair.slice(eq + 1))}`;
      })
      .join('&');
  }

  /** `scheme://user:password@host`: only the password (the user name says who, not how to get in); '@' found as the URL parser finds it. */
  private urlPassword(url: string): string {
    const afterScheme = /^([A-Za-z][A-Za-z0-9+.-]*|\{\{[A-Za-z0-9_.$-]+\}\}):\/\//.exec(url)?.[0].length ?? 0;
    const authorityEnd = url.slice(afterScheme).search(/[/?]/);
    const authority = authorityEnd === -1 ? url.slice(afterScheme) : url.slice(afterScheme, afterScheme + authorityEnd);
    const at = authority.lastIndexOf('@');
    const colon = authority.slice(0, Math.max(at, 0)).indexOf(':');
    if (at === -1 || colon === -1) return url;
    const password = authority.slice(colon + 1, at);
    if (!isSecretValue(password)) return url;
    return url.slice(0, afterScheme + colon + 1) + this.hide('url password', 'urlPassword', password) + url.slice(afterScheme + at);
  }

  body(body: Body, headers: readonly Header[]): Body {
    switch (body.mode) {
      case 'urlencoded':
        return { ...body, params: body.params.map((pair) => this.pair('form field', pair)) };
      case 'formdata':
        return { ...body, params: body.params.map((field): FormField => (field.type === 'text' ? { ...field, value: this.namedValue('form field', field.key, field.value) } : field)) };
      case 'raw': {
        const contentType = headers.find((header) => header.name.toLowerCase() === 'content-type')?.value.toLowerCase() ?? '';
        if (contentType.split(';')[0]!.trim() === 'application/x-www-form-urlencoded') return { ...body, text: this.encodedPairs(body.text, 'form field', 'body') };
        return { ...body, text: this.tokens(this.jsonFields(body.text), 'body', undefined) };
      }
      case 'graphql': {
        const variables = typeof body.variables === 'string' ? this.tokens(this.jsonFields(body.variables), 'body', undefined) : body.variables === undefined ? undefined : this.objectFields(body.variables);
        return { ...body, query: this.tokens(body.query, 'body', undefined), ...(variables !== undefined && { variables }) };
      }
      default:
        return body;
    }
  }

  private namedValue(kind: string, name: string, value: string): string {
    if (isSecretName(name) && isSecretValue(value)) return this.hide(`${kind} ${shown(name)}`, placeholderName(name), value);
    return this.tokens(value, `${kind} ${shown(name)}`, placeholderName(name));
  }

  /** `Bearer <token>` keeps its scheme and masks the rest; a value without a scheme is masked whole. */
  private authorization(name: string, value: string): string {
    const space = value.indexOf(' ');
    const scheme = space === -1 ? '' : value.slice(0, space);
    const credentials = space === -1 ? value : value.slice(space + 1).trimStart();
    if (!isSecretValue(credentials)) return value;
    const placeholder = /^bearer$/i.test(scheme) ? 'bearerToken' : /^basic$/i.test(scheme) ? 'basicCredentials' : placeholderName(name);
    return `${value.slice(0, value.length - credentials.length)}${this.hide(`header ${shown(name)}`, placeholder, credentials)}`;
  }

  /** Every cookie's value, named after the cookie: which cookie carries the session is not knowable by name. */
  private cookies(value: string): string {
    return value
      .split(';')
      .map((cookie) => {
        const eq = cookie.indexOf('=');
        const name = cookie.slice(0, Math.max(eq, 0)).trim();
        const cookieValue = cookie.slice(eq + 1);
        if (eq === -1 || !isSecretValue(cookieValue.trim())) return cookie;
        const leading = cookieValue.length - cookieValue.trimStart().length;
        const trimmed = cookieValue.trim();
        return `${cookie.slice(0, eq + 1 + leading)}${this.hide(`cookie ${shown(name)}`, placeholderName(name || 'cookie'), trimmed)}${cookieValue.slice(leading + trimmed.length)}`;
      })
      .join(';');
  }

  /** Each well-known token in `text` replaced; named after the position when it has a name, else after the format. */
  private tokens(text: string, where: string, name: string | undefined): string {
    let result = '';
    let position = 0;
    const privateKey = privateKeyBlocks(text);
    for (const { start, end } of privateKey) {
      result += this.tokenRuns(text.slice(position, start), where, name);
      result += this.hide(`${where} (${PRIVATE_KEY.label})`, name ?? PRIVATE_KEY.placeholder, text.slice(start, end));
      position = end;
    }
    return result + this.tokenRuns(text.slice(position), where, name);
  }

  private tokenRuns(text: string, where: string, name: string | undefined): string {
    if (!ANY_TOKEN_FORMAT.test(text)) return text;
    return text.replace(/[\w.-]+/g, (run) => {
      // A sentence may end right after a token: the full stop is not part of it.
      const token = trimCharsEnd(run, '.-');
      const format = TOKEN_FORMATS.find(({ pattern }) => pattern.test(token));
      if (format === undefined) return run;
      return this.hide(`${where} (${format.label})`, name ?? format.placeholder, token) + run.slice(token.length);
    });
  }

  /**
   * The string values of credential-named members (`"password": "..."`) in a JSON text, replaced in place: every
   * other byte stays as written. Text that is not JSON is left as it is.
   */
  private jsonFields(text: string): string {
    const trimmed = text.trimStart();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return text;
    if (!MAY_NAME_SECRET.test(text)) return text;
    try {
      JSON.parse(text);
    } catch {
      return text;
    }
    let result = '';
    let copied = 0;
    for (const { key, start, end } of jsonStringMembers(text)) {
      const value = JSON.parse(text.slice(start, end)) as string;
      if (!isSecretName(key) || !isSecretValue(value)) continue;
      result += text.slice(copied, start) + `"${this.hide(`body ${shown(key)}`, placeholderName(key), value)}"`;
      copied = end;
    }
    return result + text.slice(copied);
  }

  /** GraphQL variables given as an object: credential-named string members masked, recursively. */
  private objectFields(value: Record<string, unknown>): Record<string, unknown> {
    const walk = (node: unknown, key: string): unknown => {
      if (typeof node === 'string') return isSecretName(key) && isSecretValue(node) ? this.hide(`body ${shown(key)}`, placeholderName(key), node) : node;
      // Like a JSON text: a member's own string value, not the strings of an array it holds.
      if (Array.isArray(node)) return node.map((item) => walk(item, ''));
      if (typeof node === 'object' && node !== null) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
      return node;
    };
    return walk(value, '') as Record<string, unknown>;
  }
}

/**
 * The last word of a name (split at `-`, `_`, `.`, spaces and camelCase) that makes it a credential's name. So
 * `access_token`, `X-Auth-Token`, `client_secret`, `X-Amz-Signature` and `sig` are, `token_type` and `Idempotency-Key` are not.
 */
const SECRET_LAST_WORDS = new Set(['token', 'secret', 'signature', 'sig', 'credential', 'credentials', 'auth', 'authorization', 'apikey', 'session', 'sessionid', 'pass']);
/** Anywhere in a name: `new_password`, `password_confirmation`, `passwordHash`. */
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase']);
/** `key` as the last word with one of these before it, or alone: `X-API-Key`, `secret_key`, `Ocp-Apim-Subscription-Key`. */
const KEY_QUALIFIERS = new Set(['api', 'access', 'secret', 'private', 'client', 'subscription', 'auth', 'signing', 'master', 'app', 'account', 'license']);
/** Tokens that page through results rather than grant access: `pageToken`, `next_token`. */
const CURSOR_WORDS = new Set(['page', 'next', 'continuation', 'sync', 'resume', 'cursor']);

/**
 * Found in any text that holds a credential's name: every name isSecretName accepts has one of these words in it, in
 * any case; `\u` because an escaped member name (`"p\u0061ss"`) holds its word only once decoded. A JSON body without
 * any is left as it is without parsing it.
 */
const MAY_NAME_SECRET = new RegExp(['\\\\u', ...SECRET_LAST_WORDS, ...PASSWORD_WORDS, 'key', 'session'].join('|'), 'i');

/** Whether a header, query, form field, cookie or JSON member name names a credential (the README lists the rules). */
export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  const last = words.at(-1);
  const before = words.at(-2);
  if (last === undefined) return false;
  if (words.some((word) => PASSWORD_WORDS.has(word))) return true;
  if (last === 'token') return before === undefined || !CURSOR_WORDS.has(before);
  if (SECRET_LAST_WORDS.has(last)) return true;
  if (last === 'key') return before === undefined || KEY_QUALIFIERS.has(before);
  if (last === 'id') return before === 'session';
  return false;
}

/** Lower-cased words of a name: split at anything but letters and digits, and where camelCase starts a word (`APIKey` → api, key). */
function nameWords(name: string): string[] {
  const words: string[] = [];
  let word = '';
  const isUpper = (ch: string | undefined) => ch !== undefined && ch >= 'A' && ch <= 'Z';
  const isLower = (ch: string | undefined) => ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'));
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    if (!isUpper(ch) && !isLower(ch)) {
      if (word !== '') words.push(word.toLowerCase());
      word = '';
      continue;
    }
    const startsWord = word !== '' && isUpper(ch) && (isLower(name[i - 1]) || (isUpper(name[i - 1]) && isLower(name[i + 1]) && name[i + 1]! > '9'));
    if (startsWord) {
      words.push(word.toLowerCase());
      word = '';
    }
    word += ch;
  }
  if (word !== '') words.push(word.toLowerCase());
  return words;
}

/** Worth masking: not empty, and not already exactly a `{{placeholder}}`. */
function isSecretValue(value: string): boolean {
  return value.trim() !== '' && !/^\{\{[A-Za-z0-9_.$-]+\}\}$/.test(value.trim());
}

/** A placeholder name from a header, key or cookie name: characters a placeholder cannot hold become `_`; `$` too (`{{$...}}` is a REST Client directive). */
function placeholderName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 64);
  return cleaned === '' ? 'secret' : cleaned;
}

/** A name as the stderr line shows it: a name can be any length, the line stays readable. */
function shown(name: string): string {
  return name.length > 80 ? `${name.slice(0, 77)}...` : name;
}

function decodeLoosely(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Start and end of each `-----BEGIN ... PRIVATE KEY-----` ... `-----END ... PRIVATE KEY-----` block. */
function privateKeyBlocks(text: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf(PRIVATE_KEY.begin, from);
    if (start === -1) return blocks;
    const lineEnd = text.indexOf('-----', start + PRIVATE_KEY.begin.length);
    if (lineEnd === -1) return blocks;
    // Another armour (a certificate, a public key) is skipped by its own line, so a private key after it is still found.
    if (!text.startsWith(PRIVATE_KEY.keyWord, lineEnd + 5 - PRIVATE_KEY.keyWord.length)) {
      from = lineEnd + 5;
      continue;
    }
    const endLine = text.indexOf(PRIVATE_KEY.end, lineEnd + 5);
    const end = endLine === -1 ? -1 : text.indexOf('-----', endLine + PRIVATE_KEY.end.length);
    if (end === -1) return blocks;
    blocks.push({ start, end: end + 5 });
    from = end + 5;
  }
}

/** The string values of object members in a valid JSON text, with their member name and the range of the literal (quotes included). */
function jsonStringMembers(text: string): { key: string; start: number; end: number }[] {
  const members: { key: string; start: number; end: number }[] = [];
  // Per open container: whether it is an object, whether a member name comes next, and the last member name.
  const stack: { object: boolean; expectingKey: boolean; key: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const top = stack.at(-1);
    if (ch === '{' || ch === '[') stack.push({ object: ch === '{', expectingKey: ch === '{', key: '' });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ':' && top !== undefined) top.expectingKey = false;
    else if (ch === ',' && top?.object === true) top.expectingKey = true;
    else if (ch === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      end++;
      if (top?.object === true && top.expectingKey) top.key = JSON.parse(text.slice(i, end)) as string;
      else if (top?.object === true) members.push({ key: top.key, start: i, end });
      i = end - 1;
    }
  }
  return members;
}
