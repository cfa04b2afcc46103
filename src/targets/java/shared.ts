import { t, type RequestText } from '../../engine/request-text.js';
import { hasPlaceholder } from '../../model/placeholders.js';
import type { PreparedBody, PreparedRequest } from '../../model/prepare.js';

/**
 * View pieces the Java clients share: a multipart body written by hand (java.net.http and
 * HttpURLConnection have no builder), timeouts, and java.net.URI's refusal of placeholder braces.
 */

/** A multipart part written by hand: names already WHATWG-encoded (no quote or line break left to escape). */
export interface HandWrittenPart {
  key: RequestText;
  /** A text part's value; undefined for a file part. */
  value: RequestText | undefined;
  fileName: RequestText | undefined;
  src: RequestText | undefined;
  /** The part's Content-Type line: a text part's own, a file part's or application/octet-stream. */
  contentType: RequestText | undefined;
}

export function handWrittenParts(body: PreparedBody): HandWrittenPart[] | undefined {
  if (body.mode !== 'formdata') return undefined;
  return body.params.map((f) =>
    f.type === 'text'
      ? { key: t(f.key), value: t(f.value), fileName: undefined, src: undefined, contentType: f.contentType === undefined ? undefined : t(f.contentType) }
      : { key: t(f.key), value: undefined, fileName: t(f.fileName), src: t(f.src), contentType: t(f.contentType ?? 'application/octet-stream') },
  );
}

/** A timeout in seconds as a java.time.Duration factory call. */
export const durationOf = (seconds: number) => (Number.isInteger(seconds) ? `Duration.ofSeconds(${seconds})` : `Duration.ofMillis(${Math.round(seconds * 1000)})`);

/** Whether the URL holds a {{placeholder}} past its origin: java.net.URI refuses its braces (an origin placeholder is filled in by every reader). */
export const bracesInUrl = (request: PreparedRequest) => hasPlaceholder(request.fullUrl.slice(request.origin.length));
