import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesIntact, readingFrom, readText, requestFiles, requestFrom, type CacheContent } from './cache.js';
import { inputFileList, sourcePath } from './collect.js';
import { mdFlavorWarnings } from './documents.js';
import { contentHash } from './hash.js';
import { JOURNAL_FILE } from './journal.js';
import { buildOptionsKey } from './render.js';
import type { BuildOptions, BuildResult, Manifest } from './types.js';

/**
 * The whole-input fast path of an unchanged rebuild. A build records in its cache a fingerprint of everything its
 * output depends on: the options that shape it with their defaults filled in and the snipforge version
 * (buildOptionsKey), and each input file's bytes and path relative to the current directory (as its requests'
 * `source` names it). Neither the output directory nor where the
 * inputs are is part of it, so the cache, like the rest of the output, is the same wherever the same inputs are built. A build with the same fingerprint, whose previous
 * build completed (no journal) and whose cache goes with manifest.json, only checks that the files the manifest lists
 * are intact, and stops there: nothing is read of the inputs beyond their bytes, nothing rendered or written.
 *
 * "Intact" is the rule a request taken from the cache already follows: each file is a regular file (not a link) of the
 * size it was written with, one lstat per file (the sizes are in the cache). A file deleted, or edited to another size,
 * makes the build take the usual path, which writes it again.
 *
 * Not for the formats made from every snippet (html, x-codesamples, x-readme: never taken from the cache), nor for
 * OpenAPI/Swagger inputs, whose `$ref`s may read other files than the inputs named.
 */

export const MANIFEST_FILE = 'manifest.json';

/** The fingerprint of the build `options` ask for, or undefined when its inputs cannot be listed or read (the usual path then reports why). */
export function inputFingerprint(options: BuildOptions): string | undefined {
  try {
    const hash = createHash('sha256').update(buildOptionsKey(options));
    for (const file of inputFileList(options.inputs, [options.outDir])) {
      const bytes = readFileSync(file);
      hash.update(`\0${JSON.stringify(sourcePath(file))}\0${bytes.length}\0`).update(bytes);
    }
    return `sha256-${hash.digest('hex')}`;
  } catch {
    return undefined;
  }
}

/**
 * The result of the previous build of `outDir`, when its fingerprint is `fingerprint` and its output is complete and
 * intact (see above); else undefined. Call under the output lock, with the cache read under it. Its `requests` are
 * made when first asked for: the CLI's summary reads the manifest's.
 */
export function unchangedBuild(outDir: string, cache: CacheContent | undefined, fingerprint: string, options: Pick<BuildOptions, 'mdFlavor'>, known?: { value: Manifest; hash: string }): Omit<BuildResult, 'durationMs'> | undefined {
  if (cache?.whole?.fingerprint !== fingerprint || existsSync(join(outDir, JOURNAL_FILE))) return undefined;
  const manifest = known === undefined ? readManifest(outDir, cache.manifest) : cache.manifest === known.hash ? known.value : undefined;
  if (manifest === undefined) return undefined;
  if (cache.requests.length !== manifest.requests.length) return undefined;
  const files: string[] = [];
  for (const [index, listed] of manifest.requests.entries()) {
    if (!filesIntact(outDir, listed, cache.requests[index]!)) return undefined;
    for (const { file } of requestFiles(listed)) files.push(file);
  }
  const md = manifest.formats.includes('md');
  const { requests: cached } = cache;
  let requests: BuildResult['requests'] | undefined;
  return {
    manifest,
    get requests() {
      return (requests ??= manifest.requests.map((listed, index) => readingFrom(outDir, requestFrom(listed, cached[index]!))));
    },
    failures: manifest.failures,
    warnings: [...cache.whole.warnings, ...(md ? mdFlavorWarnings(manifest.requests.map(({ id }, index) => ({ id, held: cached[index]!.held })), options.mdFlavor ?? 'mkdocs') : [])],
    files: { written: [], unchanged: [...files, MANIFEST_FILE].sort(byCodeUnit), removed: [] },
  };
}

/** manifest.json of `outDir`, if its contentHash is `hash`. */
function readManifest(outDir: string, hash: string): Manifest | undefined {
  const text = readText(join(outDir, MANIFEST_FILE));
  return text !== undefined && hash === contentHash(text) ? (JSON.parse(text) as Manifest) : undefined;
}

export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
