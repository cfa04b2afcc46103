import { isAscii } from 'node:buffer';
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageVersion } from '../../version.js';
import type { HeldSyntax } from './documents.js';
import { contentHash } from './hash.js';
import { sameStamp, stampOf, type FileStamp } from './memory.js';
import type { ExampleResponse } from '../../importers/types.js';
import type { BuildFailure, BuiltDocument, BuiltRequest, BuiltSnippet, ManifestOutline, ManifestRequest } from './types.js';

/**
 * What a build keeps about each request it built, beside the manifest, so that the next build takes a request whose
 * input did not change as it is instead of rendering it again: the key of the input it was rendered from, its files'
 * sizes, the site generators' syntax its md data holds, and what of its built form the manifest does not hold (its
 * description, example responses and each snippet's warnings); the rest is the manifest's entry, in the same order.
 * It belongs to one manifest.json (it holds that manifest's hash) and is ignored when another one is in place: a build
 * stopped between the two, or a manifest edited by hand, means a full render, never stale snippets.
 */
export const CACHE_FILE = '.snipforge.cache';

const CACHE_VERSION = 3;

/** A built request without its code and contents (those are in its files). */
export type StoredRequest = Omit<BuiltRequest, 'snippets' | 'documents'> & { snippets: Omit<BuiltSnippet, 'code'>[]; documents: Omit<BuiltDocument, 'content'>[] };

export interface CachedRequest {
  /** The input key it was rendered from (RenderedRequests.inputs). */
  input: string;
  /** Byte size of each file, snippets then documents: a file on disk of another size is not the one built. */
  sizes: number[];
  held: HeldSyntax[];
  description?: string;
  responses?: ExampleResponse[];
  /** Each snippet's own warnings, in the manifest's order (the manifest has the request's). */
  snippetWarnings: string[][];
}

export interface CacheContent {
  cacheVersion: number;
  generator: string;
  /** contentHash of the manifest.json text it goes with. */
  manifest: string;
  /** The build's input as a whole, when it can be told (see unchanged.ts): the next build with the same one stops early. */
  whole?: WholeInput;
  /** One per request of the manifest, in its order. */
  requests: CachedRequest[];
}

/** What the next build with the same input as a whole needs to stop early (unchanged.ts) without reading manifest.json. */
export interface WholeInput {
  /** inputFingerprint() of the build. */
  fingerprint: string;
  /** Every file of the output with its size: those the manifest lists, and manifest.json. */
  files: ListedSizes;
  /** What the build returned besides its files, for that build to return too. */
  outline: ManifestOutline;
  failures: BuildFailure[];
  warnings: string[];
}

/**
 * Paths with their sizes, sorted, in few bytes: `list` has each folder (a string, '' for the root) followed by its
 * files as pairs of an index in `names` and a size, e.g. `['users/list-users', 0, 431, 1, 220, 'users/get-a-user', 0,
 * 380, 1, 198]`. A folder comes again where another path sorts between its files.
 */
export interface ListedSizes {
  names: string[];
  list: (string | number)[];
}

/** The cache entry of a request just rendered. */
export function cachedRequest(request: BuiltRequest, input: string, held: HeldSyntax[]): CachedRequest {
  const sizes = [...request.snippets.flatMap(({ file, code }) => (file === undefined ? [] : [Buffer.byteLength(code)])), ...request.documents.map(({ content }) => Buffer.byteLength(content))];
  const { description, responses } = request;
  return { input, sizes, held, ...(description !== undefined && { description }), ...(responses !== undefined && { responses }), snippetWarnings: request.snippets.map(({ warnings }) => warnings) };
}

/** The request without its code and contents. */
export function storedRequest(request: BuiltRequest): StoredRequest {
  return {
    ...request,
    snippets: request.snippets.map(({ code: _code, ...snippet }) => snippet),
    documents: request.documents.map(({ content: _content, ...document }) => document),
  };
}

/** The built request (without code and contents) that a manifest entry and its cache entry describe together. */
export function requestFrom(listed: ManifestRequest, cached: CachedRequest): StoredRequest {
  const { snippets, documents, ...rest } = listed;
  return {
    ...rest,
    ...(cached.description !== undefined && { description: cached.description }),
    ...(cached.responses !== undefined && { responses: cached.responses }),
    snippets: snippets.map((snippet, index) => ({ ...snippet, warnings: cached.snippetWarnings[index] ?? [] })),
    documents,
  };
}

/** The files of a request: its snippets' (none when built without them), then its documents'. */
export function requestFiles(request: Pick<ManifestRequest, 'snippets' | 'documents'>): { file: string; hash: string }[] {
  const files: { file: string; hash: string }[] = [];
  for (const { file, hash } of request.snippets) if (file !== undefined) files.push({ file, hash });
  for (const { file, hash } of request.documents) files.push({ file, hash });
  return files;
}

/** Whether the file at `path` is the one a build wrote, as far as a stat tells: a regular file (not a link) of `size` bytes. */
export function isIntact(path: string, size: number): boolean {
  const onDisk = lstatSync(path, { throwIfNoEntry: false });
  return onDisk?.isFile() === true && onDisk.size === size;
}

/** Whether each of the request's files is on disk with the size it was written with, not through a link. `root`: pathRoot(). */
function filesIntact(root: string, listed: ManifestRequest, cached: CachedRequest): boolean {
  // Called for every file of a build that reuses requests: a plain loop, no list of the files made.
  const { sizes } = cached;
  let index = 0;
  for (const { file } of listed.snippets) if (file !== undefined && !isIntact(root + file, sizes[index++] ?? -1)) return false;
  for (const { file } of listed.documents) if (!isIntact(root + file, sizes[index++] ?? -1)) return false;
  return index === sizes.length;
}

/**
 * `outDir` normalised, with a `/` after it, to put before the (normalised) paths a manifest lists: one join() for the
 * build rather than one per file, 11,000 of which took ~30 ms in a fresh process.
 */
export function pathRoot(outDir: string): string {
  return `${join(outDir)}/`;
}

export interface ReusableRequest {
  input: string;
  /** Its code and contents are read from its files when first asked for. */
  request: BuiltRequest;
  /** Its entry, for the cache of the build that takes it. */
  entry: CachedRequest;
  /** Its manifest entry, for the manifest of the build that takes it. */
  listed: ManifestRequest;
}

/**
 * The requests of `cache` (read from `outDir`) that a build may take as they are, by id: the cache goes with the
 * manifest whose contentHash is `manifestHash` and whose requests are `listed`, and each of the request's files is on
 * disk with its size, not through a link. Empty when there is no usable cache. `built`: the previous build's requests
 * in the same order, kept in memory, taken instead of being made again from the two.
 */
export function reusableRequests(outDir: string, cache: CacheContent | undefined, manifestHash: string, listed: readonly ManifestRequest[], built?: readonly BuiltRequest[]): Map<string, ReusableRequest> {
  const reusable = new Map<string, ReusableRequest>();
  if (cache === undefined || cache.manifest !== manifestHash || cache.requests.length !== listed.length) return reusable;
  const root = pathRoot(outDir);
  for (const [index, entry] of cache.requests.entries()) {
    const request = listed[index]!;
    if (filesIntact(root, request, entry)) reusable.set(request.id, { input: entry.input, request: built?.[index] ?? readingFrom(outDir, requestFrom(request, entry)), entry, listed: request });
  }
  return reusable;
}

/**
 * Writes the cache for the requests built, in order, with the manifest they are listed in, unless the file holds the
 * same already (its mtime stays: a doc site watching the output sees no change). `known`: its text as a build of this
 * process left it, compared instead of reading the file while the file is still that one. Returns what is on disk now.
 */
export function writeCache(outDir: string, writeInside: (file: string, content: string) => void, manifestHash: string, whole: WholeInput | undefined, requests: readonly CachedRequest[], known?: { text: string; stamp: FileStamp }): { value: CacheContent; text: string; stamp: FileStamp | undefined } {
  const value: CacheContent = { cacheVersion: CACHE_VERSION, generator: `snipforge ${packageVersion}`, manifest: manifestHash, ...(whole && { whole }), requests: [...requests] };
  const text = cacheText(value);
  const path = join(outDir, CACHE_FILE);
  // Stat before reading: a change made after it shows in the next stat.
  const stamp = stampOf(path);
  const onDisk = known !== undefined && sameStamp(known.stamp, stamp) ? known.text : readText(path);
  if (onDisk === text) return { value, text, stamp };
  writeInside(CACHE_FILE, text);
  return { value, text, stamp: stampOf(path) };
}

/**
 * A file the build wrote (manifest.json, the cache) as text; undefined when it cannot be read. ASCII, as they mostly
 * are, is decoded as Latin-1, the same text: Node 20 takes ~40 ms to read a 4.4 MB manifest as UTF-8, ~1 ms this way.
 */
export function readText(path: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * The cache as text: two lines of JSON, the requests' entries on the second, and their hash on the first. A build
 * that finds its input unchanged parses only the first (unchanged.ts), under half of the text at 1,000 requests.
 */
export function cacheText({ requests, ...rest }: CacheContent): string {
  const entries = `${JSON.stringify(requests)}\n`;
  return `${JSON.stringify({ ...rest, entries: contentHash(entries) })}\n${entries}`;
}

/** The cache of `outDir` if it is one this snipforge wrote whole; its `requests` are parsed when first asked for. */
export function readCache(outDir: string): CacheContent | undefined {
  const text = readText(join(outDir, CACHE_FILE));
  const firstLineEnd = text === undefined ? -1 : text.indexOf('\n');
  // None yet, cut short, or another version's: the build renders everything.
  if (text === undefined || firstLineEnd < 0) return undefined;
  let content: Partial<CacheContent> & { entries?: string };
  try {
    content = JSON.parse(text.slice(0, firstLineEnd)) as typeof content;
  } catch {
    return undefined;
  }
  const entries = text.slice(firstLineEnd + 1);
  if (content.cacheVersion !== CACHE_VERSION || content.generator !== `snipforge ${packageVersion}` || typeof content.manifest !== 'string' || content.entries !== contentHash(entries)) return undefined;
  const { entries: _hash, ...head } = content;
  let requests: CachedRequest[] | undefined;
  return Object.defineProperty(head, 'requests', { enumerable: true, get: () => (requests ??= JSON.parse(entries) as CachedRequest[]) }) as CacheContent;
}

/** The built request with each snippet's code and each document's content read from its file when first asked for. */
export function readingFrom(outDir: string, request: StoredRequest): BuiltRequest {
  const read = (file: string) => () => readFileSync(join(outDir, file), 'utf8');
  const notWritten = (target: string) => () => {
    throw new Error(`the ${target} snippet of ${request.id} has no file to read its code from: the build wrote no per-target files (files: false)`);
  };
  return {
    ...request,
    snippets: request.snippets.map((snippet) => withLazyText(snippet, 'code', snippet.file === undefined ? notWritten(snippet.target) : read(snippet.file))),
    documents: request.documents.map((document) => withLazyText(document, 'content', read(document.file))),
  };
}

function withLazyText<T extends object, K extends 'code' | 'content'>(object: T, key: K, load: () => string): T & Record<K, string> {
  let text: string | undefined;
  return Object.defineProperty({ ...object }, key, { enumerable: true, get: () => (text ??= load()) }) as T & Record<K, string>;
}
