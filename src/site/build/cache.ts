import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageVersion } from '../../version.js';
import type { HeldSyntax } from './documents.js';
import { contentHash } from './hash.js';
import type { BuiltDocument, BuiltRequest, BuiltSnippet } from './types.js';

/**
 * What a build keeps about each request it built, beside the manifest, so that the next build takes a request whose
 * input did not change as it is instead of rendering it again: its built form without the code (that is in its files),
 * the key of the input it was rendered from, its files' sizes and the site generators' syntax its md data holds.
 * It belongs to one manifest.json (it holds that manifest's hash) and is ignored when another one is in place: a build
 * stopped between the two, or a manifest edited by hand, means a full render, never stale snippets.
 */
export const CACHE_FILE = '.snipforge.cache';

const CACHE_VERSION = 1;

type StoredSnippet = Omit<BuiltSnippet, 'code'>;
type StoredDocument = Omit<BuiltDocument, 'content'>;

export interface CachedRequest {
  /** The input key it was rendered from (RenderedRequests.inputs). */
  input: string;
  request: Omit<BuiltRequest, 'snippets' | 'documents'> & { snippets: StoredSnippet[]; documents: StoredDocument[] };
  /** Byte size of each file, snippets then documents: a file on disk of another size is not the one built. */
  sizes: number[];
  held: HeldSyntax[];
}

interface CacheContent {
  cacheVersion: number;
  generator: string;
  /** contentHash of the manifest.json text it goes with. */
  manifest: string;
  requests: CachedRequest[];
}

/** The cache entry of a request just rendered. */
export function cachedRequest(request: BuiltRequest, input: string, held: HeldSyntax[]): CachedRequest {
  const snippets = request.snippets.map(({ code: _code, ...snippet }) => snippet);
  const documents = request.documents.map(({ content: _content, ...document }) => document);
  const sizes = [...request.snippets.map(({ code }) => Buffer.byteLength(code)), ...request.documents.map(({ content }) => Buffer.byteLength(content))];
  return { input, request: { ...request, snippets, documents }, sizes, held };
}

export interface ReusableRequest {
  input: string;
  /** Its code and contents are read from its files when first asked for. */
  request: BuiltRequest;
  /** Its entry, for the cache of the build that takes it. */
  entry: CachedRequest;
}

/**
 * The requests of the cache in `outDir` that a build may take as they are, by id: the cache goes with `manifestText`,
 * and each of the request's files is listed by that manifest with the same hash (`listed`) and is on disk with its
 * size, not through a link. Empty when there is no usable cache.
 */
export function reusableRequests(outDir: string, manifestText: string, listed: ReadonlyMap<string, string>): Map<string, ReusableRequest> {
  const reusable = new Map<string, ReusableRequest>();
  const cache = readCache(outDir);
  if (cache === undefined || cache.manifest !== contentHash(manifestText)) return reusable;
  for (const entry of cache.requests) {
    const { input, request, sizes } = entry;
    const files = [...request.snippets, ...request.documents];
    const intact = files.every(({ file, hash }, index) => {
      if (listed.get(file) !== hash) return false;
      const onDisk = lstatSync(join(outDir, file), { throwIfNoEntry: false });
      return onDisk?.isFile() === true && onDisk.size === sizes[index];
    });
    if (intact) reusable.set(request.id, { input, request: readingFrom(outDir, request), entry });
  }
  return reusable;
}

/**
 * Writes the cache for the requests built, in order, with the manifest they are listed in, unless the file holds the
 * same already (its mtime stays: a doc site watching the output sees no change).
 */
export function writeCache(outDir: string, writeInside: (file: string, content: string) => void, manifestText: string, requests: readonly CachedRequest[]): void {
  const content: CacheContent = { cacheVersion: CACHE_VERSION, generator: `snipforge ${packageVersion}`, manifest: contentHash(manifestText), requests: [...requests] };
  const text = JSON.stringify(content) + '\n';
  if (readText(join(outDir, CACHE_FILE)) !== text) writeInside(CACHE_FILE, text);
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function readCache(outDir: string): CacheContent | undefined {
  let content: Partial<CacheContent>;
  try {
    content = JSON.parse(readText(join(outDir, CACHE_FILE)) ?? '') as Partial<CacheContent>;
  } catch {
    return undefined; // none yet, or cut short: the build renders everything
  }
  const ours = content.cacheVersion === CACHE_VERSION && content.generator === `snipforge ${packageVersion}` && typeof content.manifest === 'string' && Array.isArray(content.requests);
  return ours ? (content as CacheContent) : undefined;
}

/** The built request with each snippet's code and each document's content read from its file when first asked for. */
export function readingFrom(outDir: string, request: CachedRequest['request']): BuiltRequest {
  const read = (file: string) => () => readFileSync(join(outDir, file), 'utf8');
  return {
    ...request,
    snippets: request.snippets.map((snippet) => withLazyText(snippet, 'code', read(snippet.file))),
    documents: request.documents.map((document) => withLazyText(document, 'content', read(document.file))),
  };
}

function withLazyText<T extends object, K extends 'code' | 'content'>(object: T, key: K, load: () => string): T & Record<K, string> {
  let text: string | undefined;
  return Object.defineProperty({ ...object }, key, { enumerable: true, get: () => (text ??= load()) }) as T & Record<K, string>;
}
