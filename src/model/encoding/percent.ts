import { splitPlaceholders } from '../placeholders.js';

/**
 * Percent-encoding for the three places request text goes into a URL or form body. Each set keeps
 * RFC 3986 unreserved characters and a few readable delimiters that no client or server decoder
 * reads differently; `{{placeholders}}` are kept verbatim so docs stay readable.
 */
const UNRESERVED = "A-Za-z0-9\\-._~";
/** The characters a set keeps, one at a time and as a whole text (most text is all safe: one test, no loop). */
interface SafeSet {
  char: RegExp;
  all: RegExp;
}
const safeSet = (chars: string): SafeSet => ({ char: new RegExp(`^[${chars}]$`), all: new RegExp(`^[${chars}]*$`) });
/** A path segment: '/' '?' '#' '%' must be encoded, sub-delims and ':' '@' may stay. */
const PATH_SAFE = safeSet(`${UNRESERVED}!$&'()*+,;=:@`);
/** A query key or value: '&' '=' '+' ';' '#' '%' encoded ('+' reads as a space to form decoders, ';' splits pairs in old ones). */
const QUERY_SAFE = safeSet(`${UNRESERVED}!$'()*,/:?@`);
/** application/x-www-form-urlencoded (the WHATWG set): only alphanumerics and *-._ stay. */
const FORM_SAFE = safeSet('A-Za-z0-9*\\-._');

function encodeWith(safe: SafeSet, text: string): string {
  let out = '';
  for (const piece of splitPlaceholders(text)) {
    if (piece.isPlaceholder || safe.all.test(piece.text)) {
      out += piece.text;
      continue;
    }
    for (const ch of piece.text) {
      out += safe.char.test(ch) ? ch : utf8Percent(ch);
    }
  }
  return out;
}

function utf8Percent(ch: string): string {
  let out = '';
  for (const byte of Buffer.from(ch, 'utf8')) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  return out;
}

export const encodePathSegment = (text: string) => encodeWith(PATH_SAFE, text);
export const encodeQueryComponent = (text: string) => encodeWith(QUERY_SAFE, text);
export const encodeFormComponent = (text: string) => encodeWith(FORM_SAFE, text);

export function encodeQuery(pairs: readonly { key: string; value: string }[]): string {
  return pairs.map((p) => `${encodeQueryComponent(p.key)}=${encodeQueryComponent(p.value)}`).join('&');
}

export function encodeForm(pairs: readonly { key: string; value: string }[]): string {
  return pairs.map((p) => `${encodeFormComponent(p.key)}=${encodeFormComponent(p.value)}`).join('&');
}

/**
 * Decodes the %XX sequences that form valid UTF-8 and leaves everything else (a lone '%', '%zz',
 * broken UTF-8) as literal text, so a hand-written URL like `?discount=100%` keeps its meaning.
 */
export function decodeLenient(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = Buffer.from(run.replace(/%/g, ''), 'hex');
    let out = '';
    let i = 0;
    while (i < bytes.length) {
      // The longest prefix (a UTF-8 sequence is at most 4 bytes) that decodes to one character.
      let len = Math.min(4, bytes.length - i);
      let ch: string | undefined;
      for (; len >= 1; len--) {
        ch = strictUtf8(bytes.subarray(i, i + len));
        if (ch !== undefined && [...ch].length === 1) break;
      }
      if (len >= 1 && ch !== undefined) {
        out += ch;
        i += len;
      } else {
        out += run.slice(i * 3, i * 3 + 3);
        i += 1;
      }
    }
    return out;
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
