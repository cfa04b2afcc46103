import { decodeLenient, encodePathSegment } from './encoding/percent.js';

export interface QueryPair {
  key: string;
  value: string;
}

/** A URL taken apart; path segments and query pairs are decoded, literal text. */
export interface ParsedUrl {
  /** `https`, or undefined when the URL has no scheme (`{{baseUrl}}/users`). */
  scheme: string | undefined;
  /** Host and port as written (may be a placeholder), without userinfo. */
  authority: string;
  /** `user:password` written before '@', percent-decoded; clients send it as basic auth. */
  userinfo: string | undefined;
  host: string;
  port: string | undefined;
  pathSegments: string[];
  query: QueryPair[];
}

/** A scheme, or a placeholder standing for one (`{{scheme}}://{{host}}`). */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.\-]*|\{\{[A-Za-z0-9_.$-]+\}\}):\/\//;

/**
 * Parses a URL that may hold `{{placeholders}}` anywhere, including a placeholder standing for the
 * whole origin. Not the WHATWG parser: that one would encode the braces and normalise the path.
 */
export function parseUrl(raw: string): ParsedUrl {
  const { scheme, authority, userinfo, host, port, path, queryText } = splitUrl(raw);
  const pathSegments = path === '' ? [] : path.slice(1).split('/').map(decodeLenient);
  const query = queryText.split('&').filter((pair) => pair !== '').map(parseQueryPair);
  return { scheme, authority, userinfo: userinfo === undefined ? undefined : decodeLenient(userinfo), host, port, pathSegments, query };
}

/** The host of a URL as parseUrl finds it, without decoding the rest (what validation checks). */
export const urlHost = (raw: string) => splitUrl(raw).host;

/** A URL cut into its parts as written: nothing decoded. */
function splitUrl(raw: string) {
  let rest = raw.trim().replace(/#.*$/s, '');
  const scheme = SCHEME.exec(rest)?.[1];
  if (scheme !== undefined) rest = rest.slice(scheme.length + 3);

  const authorityEnd = rest.search(/[/?]/);
  let authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  rest = authorityEnd === -1 ? '' : rest.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  const userinfo = at === -1 ? undefined : authority.slice(0, at);
  authority = authority.slice(at + 1);
  const portMatch = /^(.*?):(\d*)$/.exec(authority);
  const host = portMatch && !authority.endsWith(']') ? portMatch[1]! : authority;
  const port = portMatch && !authority.endsWith(']') && portMatch[2] !== '' ? portMatch[2] : undefined;

  const queryStart = rest.indexOf('?');
  const path = queryStart === -1 ? rest : rest.slice(0, queryStart);
  const queryText = queryStart === -1 ? '' : rest.slice(queryStart + 1);
  return { scheme, authority, userinfo, host, port, path, queryText };
}

/** `a=b` → {a, b}; a bare `a` → {a, ''}. '+' stays a literal plus, as RFC 3986 reads it. */
function parseQueryPair(text: string): QueryPair {
  const eq = text.indexOf('=');
  if (eq === -1) return { key: decodeLenient(text), value: '' };
  return { key: decodeLenient(text.slice(0, eq)), value: decodeLenient(text.slice(eq + 1)) };
}

export function encodePath(segments: readonly string[]): string {
  return segments.length === 0 ? '' : '/' + segments.map(encodePathSegment).join('/');
}
