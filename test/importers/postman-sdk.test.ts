import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLenient } from '../../src/model/encoding/percent.js';
import { importPostmanCollection } from '../../src/importers/postman/index.js';
import { prepareRequest } from '../../src/index.js';
import { FIXTURES_DIR } from '../fixtures.js';

/**
 * Postman's own SDK (postman-collection, with postman-url-encoder for what goes on the wire) reads
 * the same collections; our import must agree with it on every request. The SDK ships no types, so
 * only the parts used here are declared.
 */
interface SdkList<T> {
  all(): T[];
}
interface SdkUrl {
  getHost(): string;
  getPath(): string;
  query: SdkList<{ key: string | null; value: string | null; disabled?: boolean }>;
}
interface SdkItem {
  name: string;
  getAuth(): { type: string; parameters(): { toObject(): Record<string, string> } } | undefined;
  request: {
    method: string;
    url: SdkUrl;
    headers: SdkList<{ key: string; value: string; disabled?: boolean }>;
    body: { mode: string; disabled?: boolean; isEmpty(): boolean } | undefined;
  };
}
const require = createRequire(import.meta.url);
const sdk = require('postman-collection') as { Collection: new (json: unknown) => { forEachItem(callback: (item: SdkItem) => void): void } };
const urlEncoder = require('postman-url-encoder') as { toNodeUrl(url: SdkUrl): { pathname: string } };

/** Where our import differs from the SDK on purpose (see src/importers/postman/index.ts). */
const EXPECTED_PATH_DIFFERENCES: Record<string, { sdk: string; ours: string; why: string }> = {
  "Get a user's post": { sdk: '/users/{{userId}}/posts/:postId.json', ours: '/users/{{userId}}/posts/{{postId}}.json', why: 'an empty path variable becomes a readable placeholder' },
};

describe.each(['api-collection.json', 'legacy-v2.0.json', 'seed-docs.json'])('%s agrees with the Postman SDK', (file) => {
  const json: unknown = JSON.parse(readFileSync(join(FIXTURES_DIR, 'postman', file), 'utf8'));
  const items: SdkItem[] = [];
  new sdk.Collection(json).forEachItem((item) => items.push(item));
  const { requests } = importPostmanCollection(json);

  it('has the same requests in the same order', () => {
    expect(requests.map((r) => r.name)).toEqual(items.map((i) => i.name));
  });

  it.each(items.map((item, index) => [item.name, item, index] as const))('%s', (name, item, index) => {
    const ours = requests[index]!.request;
    const prepared = prepareRequest(ours);
    expect(ours.method).toBe(item.request.method);

    const { url } = item.request;
    const difference = EXPECTED_PATH_DIFFERENCES[name];
    if (difference !== undefined) {
      expect(url.getPath()).toBe(difference.sdk);
      expect(prepared.path).toBe(difference.ours);
    } else {
      expect(prepared.origin.replace(/^https?:\/\//, '').replace(/:\d+$/, '')).toBe(url.getHost());
      // The path as Postman's encoder puts it on the wire (Postman fills placeholders in first; we keep them).
      expect(prepared.path).toBe(urlEncoder.toNodeUrl(url).pathname.replace(/%7B%7B([\w.$-]+)%7D%7D/g, '{{$1}}'));
    }
    expect(ours.query).toEqual(
      url.query
        .all()
        .filter((q) => !q.disabled)
        .map((q) => ({ key: decodeLenient(q.key ?? ''), value: decodeLenient(q.value ?? '') })),
    );
    expect(ours.headers).toEqual(
      item.request.headers
        .all()
        .filter((h) => !h.disabled)
        .map((h) => ({ name: h.key, value: h.value })),
    );

    const auth = item.getAuth();
    if (auth === undefined || auth.type === 'noauth' || auth.type === 'oauth2') {
      expect(ours.auth).toBeUndefined();
    } else {
      const parameters = auth.parameters().toObject();
      expect(ours.auth).toEqual({ type: auth.type, ...parameters, ...(auth.type === 'apikey' ? { in: parameters['in'] ?? 'header' } : {}) });
    }

    const body = item.request.body;
    const sent = body !== undefined && body.disabled !== true && !body.isEmpty();
    expect(ours.body?.mode).toBe(sent ? body.mode : undefined);
  });
});
