import { existsSync, lstatSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as z from 'zod';
import { DEFAULT_TITLE } from '../preview/title.js';
import { packageVersion } from '../../version.js';
import { InputError, UsageError, formatZodError } from '../../errors.js';
import { byCodeUnit } from '../../text.js';
import type { CodeSampleFormat } from '../writers/code-samples.js';
import { deletableInside, describeWriteError, outputWriter } from '../writers/files.js';
import { CACHE_FILE, cachedRequest, readCache, readingFrom, readText, requestFiles, reusableRequests, storedRequest, writeCache, type CacheContent, type CachedRequest, type ReusableRequest } from './cache.js';
import { heldSyntax, mdFlavorWarnings } from './documents.js';
import { contentHash } from './hash.js';
import { JOURNAL_FILE, openJournal, type BuildJournal } from './journal.js';
import { LOCK_FILE, lockOutput } from './lock.js';
import { noteReused, stampOf, type FileStamp } from './memory.js';
import { recall, remember, type ManifestPieces, type RememberedOutput } from './remembered.js';
import { BUILD_FORMATS, normalizeFormats, resolvedTargetOptions, selectedTargets } from './options.js';
import type { RenderedRequest, RenderedRequests, RequestRenderer } from './render.js';
import { inputFingerprint, listedSizes, MANIFEST_FILE, manifestOutline, unchangedBuild } from './unchanged.js';
import type { BuildFailure, BuildFormat, BuildOptions, BuildResult, BuiltDocument, BuiltRequest, Manifest, ManifestRequest } from './types.js';

const GENERATOR = `snipforge ${packageVersion}`;

/**
 * Builds every request of the inputs into `outDir`: the snippet files, the documents asked for and
 * manifest.json. Incremental: a file whose content hash and size match the previous manifest and the disk
 * is not rewritten (its mtime stays), and files the previous manifest listed that this build does not
 * produce are deleted, with the directories that leaves empty; nothing else in `outDir` is touched.
 *
 * A request that fails validation is reported in `failures` and its files from an earlier build are removed
 * like any stale request's: the manifest and the files always describe the inputs as they are now, rather
 * than keep publishing snippets of a request that no longer reads that way.
 *
 * Safe to stop at any point: it writes under `.snipforge.lock` (one build per output directory at a time), notes
 * each file in `.snipforge.journal` before touching it, and writes manifest.json only once every file it lists is
 * in place, stale files being deleted after it. A build that did not finish (killed, or stopped through `signal`
 * between two files) leaves the previous manifest and its journal; the next build rewrites every file the journal
 * names, deletes those no manifest lists and the temp files left beside them.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  try {
    return await buildOutput(options);
  } catch (error) {
    // What this build left is not known for sure: the next one reads the output again.
    remember(options.memory, undefined);
    throw error;
  }
}

async function buildOutput(options: BuildOptions): Promise<BuildResult> {
  const started = process.hrtime.bigint();
  const { outDir } = options;
  if (statSync(outDir, { throwIfNoEntry: false })?.isFile() === true) throw new UsageError(`${outDir}: is a file; the output must be a directory (it is created if missing)`);
  const lockOptions = {
    waitMs: options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS,
    ...(options.onLockWait && { onWait: options.onLockWait }),
    ...(options.signal && { signal: options.signal }),
  };
  // Unknown formats are reported below, where they were before.
  const wholeSite = (options.formats ?? []).some(isWholeSiteFormat);
  const fingerprint = wholeSite ? undefined : inputFingerprint(options);
  const paths = { manifest: join(outDir, MANIFEST_FILE), cache: join(outDir, CACHE_FILE) };
  // Read once (under the lock when the fast path looks at it): what a later step takes from it is checked against the
  // manifest that step reads, which the cache names by hash. Or taken from `memory`, while both files are the ones it knows.
  let cache: CacheContent | undefined;
  let known: RememberedOutput | undefined;
  if (fingerprint !== undefined && existsSync(paths.manifest)) {
    const unlock = await lockOutput(outDir, lockOptions);
    try {
      known = recall(options.memory, outDir, paths);
      cache = known?.cache.value ?? readCache(outDir);
      const unchanged = unchangedBuild(outDir, cache, fingerprint, known?.manifest);
      if (unchanged !== undefined) {
        if (known !== undefined) noteReused(options.memory!);
        return Object.assign(unchanged, { durationMs: msSince(started) });
      }
    } finally {
      unlock();
    }
  } else {
    known = recall(options.memory, outDir, paths);
    cache = known?.cache.value ?? readCache(outDir);
  }
  // Checked before any work, so a foreign manifest.json stops the build before anything is written.
  const before = known === undefined ? readPreviousManifest(outDir, cache) : { hash: known.manifest.hash, hashes: known.manifest.hashes, requests: known.manifest.value.requests, stamp: known.manifest.stamp };
  const targets = selectedTargets(options.targets);
  const formats = normalizeFormats(options.formats ?? []);
  if (options.files === false && formats.length === 0) throw new UsageError(`files: false writes only the documents of formats, and none is chosen; choose from: ${BUILD_FORMATS.join(', ')}`);
  const sampleFormats = formats.filter((format): format is CodeSampleFormat => format === 'x-codesamples' || format === 'x-readme');
  if (sampleFormats.length > 1) throw new UsageError(`formats ${sampleFormats.join(' and ')} both write the spec back; choose one`);
  const reusable = wholeSite ? new Map<string, ReusableRequest>() : reusableFrom(outDir, cache, before, known?.requests);
  // Loaded here, not with this module: an unchanged rebuild never renders (render.ts brings the request schema, the clients, their templates).
  const { renderAll, requestRenderer } = await import('./render.js');
  const renderer = await requestRenderer({ ...options, exclude: [outDir], reusable });
  // The html page and the specs written back are made from every snippet's code: those builds render everything
  // first (while another build may still hold the lock). The others render each request as they write it.
  const renderedFirst = wholeSite ? renderAll(renderer, options.onProgress) : undefined;
  const siteDocuments: BuiltDocument[] =
    renderedFirst !== undefined && formats.includes('html')
      ? (await renderHtmlSite(renderedFirst, options.title ?? renderedFirst.title)).map(({ file, content }) => ({ format: 'html', file, hash: contentHash(content), content }))
      : [];
  options.signal?.throwIfAborted();
  const unlock = await lockOutput(outDir, lockOptions);
  try {
    // Read again under the lock: another build may have finished while this one rendered or waited.
    // A manifest another build wrote since is checked in full: the cache read before may not go with it.
    const stillKnown = known !== undefined && recall(options.memory, outDir, paths) === known;
    const previous = stillKnown ? before : readPreviousManifest(outDir, undefined, before);
    if (stillKnown) noteReused(options.memory!);
    const journal = openJournal(outDir, isTrackedPath);
    try {
      // What the cache offered was checked against the output as it was then; if another build changed it since, or
      // one was stopped part-way, every request is rendered.
      if (previous !== before || journal.unfinished.size > 0) reusable.clear();
      // Recorded only when the input files are all the build read.
      const recorded = renderer.selfContained ? fingerprint : undefined;
      const result = await writeOutput({ options, targets, formats, renderer, renderedFirst, reusable, siteDocuments, sampleFormat: sampleFormats[0], previous, journal, fingerprint: recorded, known: stillKnown ? known : undefined });
      journal.finish();
      return { ...result, durationMs: msSince(started) };
    } catch (error) {
      journal.abandon();
      throw error;
    }
  } finally {
    unlock();
  }
}

/** Milliseconds since `start` (a process.hrtime.bigint()): `performance` would load Node's perf_hooks, ~2 ms of an unchanged rebuild. */
function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function isWholeSiteFormat(format: BuildFormat): boolean {
  return format === 'html' || format === 'x-codesamples' || format === 'x-readme';
}

/** The requests of the previous build that this one may take as they are (see cache.ts), when no build was left unfinished. */
function reusableFrom(outDir: string, cache: CacheContent | undefined, previous: PreviousManifest | undefined, built: readonly BuiltRequest[] | undefined): Map<string, ReusableRequest> {
  if (previous === undefined || existsSync(join(outDir, JOURNAL_FILE))) return new Map();
  return reusableRequests(outDir, cache, previous.hash, previous.requests, built);
}

/** How long a build waits for another build writing to the same output directory. */
export const DEFAULT_LOCK_WAIT_MS = 30_000;
/** A write loop gives the event loop a turn this often, so a signal can stop it between two files. */
const YIELD_EVERY_MS = 20;

interface WriteInput {
  options: BuildOptions;
  targets: string[];
  formats: BuildFormat[];
  renderer: RequestRenderer;
  /** Every request, rendered before the lock (for the formats made from all of them); else each is rendered as it is written. */
  renderedFirst: RenderedRequests | undefined;
  /** The requests taken from the cache, by id: their files are in place, as checked when they were taken. */
  reusable: ReadonlyMap<string, ReusableRequest>;
  siteDocuments: BuiltDocument[];
  sampleFormat: CodeSampleFormat | undefined;
  previous: PreviousManifest | undefined;
  journal: BuildJournal;
  /** The fingerprint of the input as a whole, when it can be told (see unchanged.ts): the cache records what the next build with it returns. */
  fingerprint: string | undefined;
  /** The previous output as `options.memory` knows it, when it was still that under the lock. */
  known: RememberedOutput | undefined;
}

interface OutputFile {
  file: string;
  hash: string;
  content: string;
}

/** The files, then the manifest and the cache, then the deletion of stale files; under the output lock. */
async function writeOutput({ options, targets, formats, renderer, renderedFirst, reusable, siteDocuments, sampleFormat, previous, journal, fingerprint, known }: WriteInput): Promise<Omit<BuildResult, 'durationMs'>> {
  const { outDir } = options;
  const written: string[] = [];
  const unchanged: string[] = [];
  const current = new Set<string>();
  const writeInside = outputWriter(outDir);
  // Stat, not read: the same hash in the manifest and the same size on disk is taken as the same file, unless an
  // unfinished build may have written it. Not through a link: a link planted where a file was is replaced, never
  // kept as if it were the file.
  const isUnchanged = ({ file, hash, content }: OutputFile) => {
    if (previous?.hashes.get(file) !== hash || journal.unfinished.has(file)) return false;
    const onDisk = lstatSync(join(outDir, file), { throwIfNoEntry: false });
    return onDisk?.isFile() === true && onDisk.size === Buffer.byteLength(content);
  };
  /** Writes what changed of `files`, noted in the journal first (once for all of them: one write, not one per file). */
  const writeFiles = (files: readonly OutputFile[]) => {
    const changed: OutputFile[] = [];
    for (const file of files) {
      if (isUnchanged(file)) unchanged.push(file.file);
      else changed.push(file);
    }
    journal.record(changed.map(({ file }) => file));
    for (const { file, content } of changed) {
      writeInside(file, content);
      written.push(file);
    }
    for (const { file } of files) current.add(file);
  };
  let lastYield = process.hrtime.bigint();
  const betweenFiles = async () => {
    if (msSince(lastYield) < YIELD_EVERY_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    lastYield = process.hrtime.bigint();
    options.signal?.throwIfAborted();
  };

  // A request whose files cannot be written (a file in the way, permission, a path too long) fails on its
  // own like an invalid one: what it wrote is taken back and the other requests are still written.
  const built: BuiltRequest[] = [];
  /** The manifest entry of each of `built`: a request taken as it was keeps the entry it had, so its piece of text can be too. */
  const listed: ManifestRequest[] = [];
  const cached: CachedRequest[] = [];
  const renderFailures: BuildFailure[] = [];
  const writeFailures: BuildFailure[] = [];
  const md = formats.includes('md');
  const total = renderedFirst?.requests.length ?? renderer.total;
  const next = (index: number): RenderedRequest => (renderedFirst === undefined ? renderer.render(index) : { request: renderedFirst.requests[index]!, input: renderedFirst.inputs[index]! });
  options.onProgress?.({ phase: 'write', done: 0, total, request: '' });
  for (let index = 0; index < total; index++) {
    const rendered = next(index);
    if (rendered.failure !== undefined) {
      renderFailures.push(rendered.failure);
    } else {
      const { request, input } = rendered;
      const reused = reusable.get(request.id);
      if (reused?.request === request) {
        for (const { file } of requestFiles(request)) {
          unchanged.push(file);
          current.add(file);
        }
        built.push(request);
        listed.push(reused.listed);
        cached.push(reused.entry);
      } else {
        const files = [...request.snippets.flatMap(({ file, hash, code }) => (file === undefined ? [] : [{ file, hash, content: code }])), ...request.documents];
        const [writtenBefore, unchangedBefore] = [written.length, unchanged.length];
        try {
          writeFiles(files);
          const entry = cachedRequest(request, input, md ? heldSyntax(request) : []);
          // Its code is in its files now: kept only when the whole-site formats still need it, so memory stays flat.
          built.push(renderedFirst === undefined ? readingFrom(outDir, storedRequest(request)) : request);
          listed.push(manifestRequest(request));
          cached.push(entry);
        } catch (error) {
          const problem = describeWriteError(error);
          if (problem === undefined) throw error;
          for (const file of written.splice(writtenBefore)) rmSync(join(outDir, file), { force: true });
          unchanged.splice(unchangedBefore);
          for (const { file } of files) current.delete(file);
          writeFailures.push({ name: request.name, folders: request.folders, source: request.source, message: problem });
        }
      }
    }
    options.onProgress?.({ phase: 'write', done: index + 1, total, request: renderedFirst?.requests[index]!.name ?? renderer.name(index) });
    await betweenFiles();
  }
  const failures = [...(renderedFirst?.failures ?? renderer.failures(renderFailures)), ...writeFailures];
  writeFiles(siteDocuments);
  const specs = sampleFormat === undefined ? { documents: [], warnings: [] } : await specSampleDocuments(built, sampleFormat, options.replaceSamples === true);
  writeFiles(specs.documents);
  // The last chance to stop: from here on the build completes.
  options.signal?.throwIfAborted();

  const manifest: Manifest = {
    manifestVersion: 1,
    generator: GENERATOR,
    targets,
    options: resolvedTargetOptions(targets, options.clientOptions),
    formats,
    requests: listed,
    documents: [...siteDocuments, ...specs.documents].map(({ format, file, hash }) => ({ format, file, hash })),
    failures: failures.map(({ name, folders, source, message }) => ({ name, folders, source, message })),
  };

  // Files of the previous build, and leftovers of an unfinished one, that this build does not produce: noted before
  // the manifest that no longer lists them lands, deleted after it, so the manifest never lists a missing file.
  const stale = [...new Set([...(previous?.hashes.keys() ?? []), ...journal.unfinished])].filter((file) => !current.has(file));
  journal.record(stale);
  // Hashed, then written. Up to MANIFEST_HELD_REQUESTS its pieces are made once and held (~4.4 MB per 1,000 requests);
  // beyond, made again to be written, so the text of 10,000 requests' entries (~44 MB) is never held whole.
  const pieces = manifest.requests.length <= MANIFEST_HELD_REQUESTS ? { earlier: known?.manifest.pieces, made: [] as string[] } : undefined;
  const heldText = pieces === undefined ? undefined : [...manifestText(manifest, pieces)];
  const manifestHash = contentHash(heldText ?? manifestText(manifest));
  let manifestStamp: FileStamp | undefined;
  if (previous?.hash === manifestHash) {
    unchanged.push(MANIFEST_FILE);
    manifestStamp = previous.stamp;
  } else {
    writeInside(MANIFEST_FILE, heldText ?? manifestText(manifest));
    written.push(MANIFEST_FILE);
    manifestStamp = stampOf(join(outDir, MANIFEST_FILE));
  }
  const warnings = [...renderer.warnings, ...(md ? mdFlavorWarnings(built.map(({ id }, index) => ({ id, held: cached[index]!.held })), options.mdFlavor ?? 'mkdocs') : []), ...specs.warnings];
  const outline = manifestOutline(manifest);
  const whole = fingerprint === undefined || manifestStamp === undefined ? undefined : { fingerprint, files: listedSizes(outputSizes(listed, cached, Number(manifestStamp.size))), outline, failures, warnings };
  const cache = writeCacheIfPossible(() => writeCache(outDir, writeInside, manifestHash, whole, cached, known?.cache));
  journal.removeTempFiles();
  const removed = removeStale(outDir, stale);
  remember(
    options.memory,
    manifestStamp === undefined || cache?.stamp === undefined
      ? undefined
      : {
          outDir: resolve(outDir),
          manifest: { value: manifest, hash: manifestHash, stamp: manifestStamp, hashes: listedFiles(manifest), ...(pieces !== undefined && pieces.made.length > 0 && { pieces: { requests: listed, texts: pieces.made } }) },
          cache: { ...cache, stamp: cache.stamp },
          // The whole-site formats hold every request's code: not kept, and never taken from the cache anyway.
          requests: renderedFirst === undefined ? built : [],
        },
  );

  return {
    manifest,
    outline,
    requests: built,
    failures,
    warnings,
    files: { written: written.sort(byCodeUnit), unchanged: unchanged.sort(byCodeUnit), removed: removed.sort(byCodeUnit) },
  };
}

/**
 * The cache only saves rendering: one that cannot be written leaves the previous one, which no longer matches the
 * manifest and is ignored, so the next build renders everything. The build is complete all the same.
 */
function writeCacheIfPossible<T>(write: () => T): T | undefined {
  try {
    return write();
  } catch (error) {
    if (describeWriteError(error) === undefined) throw error;
    return undefined;
  }
}

/** Each file of the requests `listed` with the size its cache entry gives, then manifest.json of `manifestSize` bytes. */
function outputSizes(listed: readonly ManifestRequest[], cached: readonly CachedRequest[], manifestSize: number): { file: string; size: number }[] {
  const sizes = listed.flatMap((request, index) => requestFiles(request).map(({ file }, at) => ({ file, size: cached[index]!.sizes[at]! })));
  sizes.push({ file: MANIFEST_FILE, size: manifestSize });
  return sizes;
}

/** The page and its highlighter load only when asked for: most builds never need them. */
async function renderHtmlSite(rendered: { requests: BuiltRequest[]; failures: BuildFailure[] }, title: string | undefined): Promise<{ file: string; content: string }[]> {
  const { renderSite } = await import('../preview/page.js');
  return renderSite(rendered.requests, { title: title ?? DEFAULT_TITLE, failures: rendered.failures });
}

/** Each input spec with the snippets of its operations written in, at the output root under its own file name, and the files it refers to beside it. */
async function specSampleDocuments(requests: readonly BuiltRequest[], format: CodeSampleFormat, replace: boolean): Promise<{ documents: BuiltDocument[]; warnings: string[] }> {
  // Loaded only when asked for, like the html page: the yaml package is not needed otherwise.
  const { specDocuments } = await import('../writers/code-samples.js');
  const { documents, warnings } = specDocuments(requests, { format, replace });
  if (!requests.some((request) => request.operation !== undefined)) warnings.push(`--format ${format}: no operation of an OpenAPI/Swagger spec was built, so no spec is written.`);
  return { documents: documents.map(({ file, content }) => ({ format, file, hash: contentHash(content), content })), warnings };
}

/** Requests per piece of manifest.json's text: ~440 KB, so 10,000 requests' entries (~44 MB) are never held whole. */
const MANIFEST_PIECE = 100;
/** Up to how many requests manifest.json's text is held between hashing and writing it, rather than made twice. */
const MANIFEST_HELD_REQUESTS = 2000;
const PIECE_START = '{\n  "requests": [\n';
const PIECE_END = '\n  ]\n}';

/**
 * The text of manifest.json, `JSON.stringify(manifest, null, 2)` and a line break, in pieces. Each piece is
 * stringified inside an object of the same shape (`{ "requests": [...] }`), so it comes out indented as it is in the
 * whole, and only its wrapper is cut off: re-indenting the text would cost as much as making it. `pieces`: the previous
 * build's pieces of requests, taken where its entries are the same objects, and where to put this one's.
 */
function* manifestText(manifest: Manifest, pieces?: { earlier: ManifestPieces | undefined; made: string[] }): Generator<string> {
  const keys = (Object.keys(manifest) as (keyof Manifest)[]).filter((key) => manifest[key] !== undefined);
  yield '{\n';
  for (const [index, key] of keys.entries()) {
    const end = index < keys.length - 1 ? ',\n' : '\n';
    const { requests } = manifest;
    if (key !== 'requests' || requests.length <= MANIFEST_PIECE) {
      // '{\n  "key": value\n}' without its braces.
      yield `${JSON.stringify({ [key]: manifest[key] }, null, 2).slice(2, -2)}${end}`;
      continue;
    }
    yield PIECE_START.slice(2);
    for (let at = 0; at < requests.length; at += MANIFEST_PIECE) {
      const piece = requestsPiece(requests, at, pieces?.earlier);
      pieces?.made.push(piece);
      yield `${piece}${at + MANIFEST_PIECE < requests.length ? ',\n' : '\n'}`;
    }
    yield `  ]${end}`;
  }
  yield '}\n';
}

/** The text of the requests from `at` (a piece), indented as in the manifest; `earlier`'s when they are the same entries. */
function requestsPiece(requests: readonly ManifestRequest[], at: number, earlier: ManifestPieces | undefined): string {
  const end = Math.min(at + MANIFEST_PIECE, requests.length);
  if (earlier !== undefined && Math.min(at + MANIFEST_PIECE, earlier.requests.length) === end) {
    let same = true;
    for (let index = at; index < end && same; index++) same = requests[index] === earlier.requests[index];
    if (same) return earlier.texts[at / MANIFEST_PIECE]!;
  }
  return JSON.stringify({ requests: requests.slice(at, end) }, null, 2).slice(PIECE_START.length, -PIECE_END.length);
}

/** The manifest entry of a request: its built form without code, contents and per-snippet warnings, keys in a fixed order. */
function manifestRequest(request: BuiltRequest): ManifestRequest {
  const { id, name, folders, source, method, url, operation, files, masked, snippets, documents, warnings } = request;
  return {
    id,
    name,
    folders,
    source,
    method,
    url,
    ...(operation && { operation: { ...operation } }),
    ...(files && { files: [...files] }),
    ...(masked && { masked: [...masked] }),
    snippets: snippets.map(({ target, label, language, client, fence, file, hash }) => ({ target, label, language, client, fence, ...(file !== undefined && { file }), hash })),
    documents: documents.map(({ format, file, hash }) => ({ format, file, hash })),
    warnings,
  };
}

/** A path a manifest (or the journal) may name: relative, `/`-separated, inside the output root, not the build's own files. Anything else is never deleted. */
function isTrackedPath(path: string): boolean {
  return ![MANIFEST_FILE, LOCK_FILE, JOURNAL_FILE, CACHE_FILE].includes(path) && !path.includes('\\') && !path.includes('\0') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
/** The parts of an earlier manifest a build relies on: which files it wrote, with their hashes. Built when a manifest is checked. */
function previousManifestSchema() {
  const trackedPath = z.string().refine(isTrackedPath, { message: 'is not a path inside the output directory' });
  const trackedFile = z.object({ file: trackedPath, hash: z.string() });
  // A snippet built without its per-target file (`files: false`) has no path.
  const trackedSnippet = z.object({ file: trackedPath.optional(), hash: z.string() });
  return z.object({
    manifestVersion: z.literal(1),
    generator: z.string().startsWith('snipforge '),
    requests: z.array(z.object({ snippets: z.array(trackedSnippet), documents: z.array(trackedFile) })),
    documents: z.array(trackedFile),
  });
}

interface PreviousManifest {
  /** Its text as read; undefined when taken from `options.memory`. */
  text?: string;
  /** contentHash of its text. */
  hash: string;
  /** manifest.json as stat saw it before it was read (the next build trusts its memory only while it is so). */
  stamp: FileStamp | undefined;
  /** Every file it lists, by path. */
  hashes: Map<string, string>;
  /** Its requests, as read (only their files are checked). */
  requests: ManifestRequest[];
}

/**
 * The manifest of the previous build, if any. A file that cannot be read means a cold build; one that
 * is not a snipforge manifest is refused, since this build would overwrite it, and deleting what it lists
 * could delete files snipforge never wrote. The same text as `earlier` is not checked again, nor one that `cache`
 * goes with.
 */
function readPreviousManifest(outDir: string, cache: CacheContent | undefined, earlier?: PreviousManifest): PreviousManifest | undefined {
  const path = join(outDir, MANIFEST_FILE);
  // Before reading: a change made after this shows in the next stat.
  const stamp = stampOf(path);
  const text = readText(path);
  if (text === undefined) return undefined;
  if (earlier?.text === text) return earlier;
  const notOurs = (why: string) => new InputError(`${path} is not a snipforge manifest (${why}); move it away or choose another output directory`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notOurs('not valid JSON');
  }
  // The manifest the cache names was written by a build, which checked what it lists: checked again only without one.
  const hash = contentHash(text);
  if (cache?.manifest !== hash) {
    const parsed = previousManifestSchema().safeParse(json);
    if (!parsed.success) throw notOurs(formatZodError(parsed.error).split('\n')[0]!);
  }
  const manifest = json as Manifest;
  return { text, hash, stamp, hashes: listedFiles(manifest), requests: manifest.requests };
}

/** Every file `manifest` lists, with its hash. */
function listedFiles(manifest: Pick<Manifest, 'requests' | 'documents'>): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const request of manifest.requests) for (const { file, hash } of requestFiles(request)) hashes.set(file, hash);
  for (const { file, hash } of manifest.documents) hashes.set(file, hash);
  return hashes;
}

/**
 * Deletes the given files (those already gone are not reported), then the directories that left empty, deepest first.
 * A file reached through a symbolic link, or outside the output folder once links are resolved, is left alone.
 */
function removeStale(outDir: string, files: readonly string[]): string[] {
  const removed: string[] = [];
  const directories = new Set<string>();
  for (const file of files) {
    if (!deletableInside(outDir, file)) continue;
    try {
      unlinkSync(join(outDir, file));
      removed.push(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (let dir = dirname(file); dir !== '.'; dir = dirname(dir)) directories.add(dir);
  }
  const deepestFirst = [...directories].sort((a, b) => b.split('/').length - a.split('/').length);
  for (const dir of deepestFirst) {
    if (lstatSync(join(outDir, dir), { throwIfNoEntry: false })?.isDirectory() !== true || !deletableInside(outDir, dir)) continue;
    try {
      rmdirSync(join(outDir, dir));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw error;
    }
  }
  return removed;
}

