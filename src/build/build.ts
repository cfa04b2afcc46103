import { lstatSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { DEFAULT_TITLE } from '../preview/title.js';
import { packageVersion } from '../version.js';
import { InputError, UsageError, formatZodError } from '../errors.js';
import type { CodeSampleFormat } from '../writers/code-samples.js';
import { deletableInside, describeWriteError, outputWriter } from '../writers/files.js';
import { contentHash } from './hash.js';
import { normalizeFormats, renderRequests, selectedTargets } from './render.js';
import type { BuildFailure, BuildOptions, BuildResult, BuiltDocument, BuiltRequest, Manifest, ManifestRequest } from './types.js';

const MANIFEST_FILE = 'manifest.json';

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
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const { outDir } = options;
  if (statSync(outDir, { throwIfNoEntry: false })?.isFile() === true) throw new UsageError(`${outDir}: is a file; the output must be a directory (it is created if missing)`);
  // Checked before any work, so a foreign manifest.json stops the build before anything is written.
  const previous = readPreviousManifest(outDir);
  const targets = selectedTargets(options.targets);
  const formats = normalizeFormats(options.formats ?? []);
  const sampleFormats = formats.filter((format): format is CodeSampleFormat => format === 'x-codesamples' || format === 'x-readme');
  if (sampleFormats.length > 1) throw new UsageError(`formats ${sampleFormats.join(' and ')} both write the spec back; choose one`);
  const rendered = await renderRequests({ ...options, exclude: [outDir] });

  const siteDocuments: BuiltDocument[] = formats.includes('html')
    ? (await renderHtmlSite(rendered, options.title)).map(({ file, content }) => ({ format: 'html', file, hash: contentHash(content), content }))
    : [];
  const written: string[] = [];
  const unchanged: string[] = [];
  const current = new Set<string>();
  const writeInside = outputWriter(outDir);
  const write = ({ file, hash, content }: { file: string; hash: string; content: string }) => {
    // Stat, not read: the same hash in the manifest and the same size on disk is taken as the same file. Not
    // through a link: a link planted where a file was is replaced, never kept as if it were the file.
    const onDisk = lstatSync(join(outDir, file), { throwIfNoEntry: false });
    if (previous?.hashes.get(file) === hash && onDisk?.isFile() === true && onDisk.size === Buffer.byteLength(content)) {
      unchanged.push(file);
    } else {
      writeInside(file, content);
      written.push(file);
    }
    current.add(file);
  };

  // A request whose files cannot be written (a file in the way, permission, a path too long) fails on its
  // own like an invalid one: what it wrote is taken back and the other requests are still written.
  const built: BuiltRequest[] = [];
  const failures = [...rendered.failures];
  const total = rendered.requests.length;
  options.onProgress?.({ phase: 'write', done: 0, total, request: '' });
  rendered.requests.forEach((request, index) => {
    const files = [...request.snippets.map(({ file, hash, code }) => ({ file, hash, content: code })), ...request.documents];
    const [writtenBefore, unchangedBefore] = [written.length, unchanged.length];
    try {
      files.forEach(write);
      built.push(request);
    } catch (error) {
      const problem = describeWriteError(error);
      if (problem === undefined) throw error;
      for (const file of written.splice(writtenBefore)) rmSync(join(outDir, file), { force: true });
      unchanged.splice(unchangedBefore);
      for (const { file } of files) current.delete(file);
      failures.push({ name: request.name, folders: request.folders, source: request.source, message: problem });
    }
    options.onProgress?.({ phase: 'write', done: index + 1, total, request: request.name });
  });
  siteDocuments.forEach(write);
  const specs = sampleFormats[0] === undefined ? { documents: [], warnings: [] } : await specSampleDocuments(built, sampleFormats[0], options.replaceSamples === true);
  specs.documents.forEach(write);

  const manifest: Manifest = {
    manifestVersion: 1,
    generator: GENERATOR,
    targets,
    formats,
    requests: built.map(manifestRequest),
    documents: [...siteDocuments, ...specs.documents].map(({ format, file, hash }) => ({ format, file, hash })),
    failures: failures.map(({ name, folders, source, message }) => ({ name, folders, source, message })),
  };

  const removed = removeStale(outDir, [...(previous?.hashes.keys() ?? [])].filter((file) => !current.has(file)));

  // Written last, so it never lists a file that is not in place yet.
  const manifestText = JSON.stringify(manifest, null, 2) + '\n';
  if (previous?.text === manifestText) {
    unchanged.push(MANIFEST_FILE);
  } else {
    writeInside(MANIFEST_FILE, manifestText);
    written.push(MANIFEST_FILE);
  }

  return {
    manifest,
    requests: built,
    failures,
    warnings: [...rendered.warnings, ...specs.warnings],
    files: { written: written.sort(byCodeUnit), unchanged: unchanged.sort(byCodeUnit), removed: removed.sort(byCodeUnit) },
    durationMs: performance.now() - started,
  };
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

/** The manifest entry of a request: its built form without code, contents and per-snippet warnings, keys in a fixed order. */
function manifestRequest(request: BuiltRequest): ManifestRequest {
  const { id, name, folders, source, method, url, operation, files, snippets, documents, warnings } = request;
  return {
    id,
    name,
    folders,
    source,
    method,
    url,
    ...(operation && { operation: { ...operation } }),
    ...(files && { files: [...files] }),
    snippets: snippets.map(({ target, label, language, client, fence, file, hash }) => ({ target, label, language, client, fence, file, hash })),
    documents: documents.map(({ format, file, hash }) => ({ format, file, hash })),
    warnings,
  };
}

/** A path a manifest may name: relative, `/`-separated, inside the output root. Anything else is never deleted. */
const TrackedPath = z.string().refine((path) => path !== MANIFEST_FILE && !path.includes('\\') && !path.includes('\0') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), {
  message: 'is not a path inside the output directory',
});
const TrackedFile = z.object({ file: TrackedPath, hash: z.string() });
/** The parts of an earlier manifest a build relies on: which files it wrote, with their hashes. */
const PreviousManifestSchema = z.object({
  manifestVersion: z.literal(1),
  generator: z.string().startsWith('snipforge '),
  requests: z.array(z.object({ snippets: z.array(TrackedFile), documents: z.array(TrackedFile) })),
  documents: z.array(TrackedFile),
});

interface PreviousManifest {
  text: string;
  /** Every file it lists, by path. */
  hashes: Map<string, string>;
}

/**
 * The manifest of the previous build, if any. A file that cannot be read means a cold build; one that
 * is not a snipforge manifest is refused, since this build would overwrite it, and deleting what it lists
 * could delete files snipforge never wrote.
 */
function readPreviousManifest(outDir: string): PreviousManifest | undefined {
  const path = join(outDir, MANIFEST_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const notOurs = (why: string) => new InputError(`${path} is not a snipforge manifest (${why}); move it away or choose another output directory`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notOurs('not valid JSON');
  }
  const parsed = PreviousManifestSchema.safeParse(json);
  if (!parsed.success) throw notOurs(formatZodError(parsed.error).split('\n')[0]!);
  const tracked = [...parsed.data.requests.flatMap((request) => [...request.snippets, ...request.documents]), ...parsed.data.documents];
  return { text, hashes: new Map(tracked.map(({ file, hash }) => [file, hash])) };
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

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
