import type { PreparedFormField, PreparedRequest } from '../model/prepare.js';
import type { Header } from '../model/schema.js';

/**
 * For clients whose header map holds one value per name: repeated headers become one header with
 * the values joined by ", ", which RFC 9110 (section 5.3) defines as the same field. Order is kept
 * at the first occurrence.
 */
export function joinRepeatedHeaders(headers: readonly Header[], client: string, warnings: string[]): Header[] {
  const joined = new Map<string, Header>();
  // The lower-case names seen more than once: each name is lower-cased once, and most requests repeat none.
  let repeated: Set<string> | undefined;
  for (const { name, value } of headers) {
    const key = name.toLowerCase();
    const existing = joined.get(key);
    if (existing === undefined) joined.set(key, { name, value });
    else {
      existing.value += `, ${value}`;
      (repeated ??= new Set()).add(key);
    }
  }
  if (repeated !== undefined) {
    for (const [key, { name }] of joined) {
      if (repeated.has(key)) warnings.push(`${client} sends one ${name} header; its repeated values are joined with ", " (equivalent under RFC 9110).`);
    }
  }
  return [...joined.values()];
}

/** True when the text has a character outside ASCII (clients differ in how they send those). */
export const isNonAscii = (text: string) => /[^\x00-\x7f]/.test(text);

/** OkHttp, URLSession and XMLHttpRequest refuse (or silently drop) a request body on GET and HEAD. */
export const bodyOnGetOrHead = (request: PreparedRequest) => request.body.mode !== 'none' && (request.method === 'GET' || request.method === 'HEAD');

/**
 * The boundary of a multipart body a snippet writes by hand (clients without a multipart builder):
 * no text value holds it. File contents are read when the snippet runs; a boundary this long and
 * arbitrary is as unlikely there as a client's random one.
 */
export function multipartBoundary(params: readonly PreparedFormField[]): string {
  const base = 'snipforge-boundary-7MA4YWxkTrZu0gW';
  let boundary = base;
  for (let n = 1; params.some((p) => p.type === 'text' && p.value.includes(boundary)); n++) boundary = `${base}-${n}`;
  return boundary;
}
