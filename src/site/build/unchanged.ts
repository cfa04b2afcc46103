import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isIntact, pathRoot, readingFrom, readText, requestFrom, type CacheContent, type ListedSizes } from './cache.js';
import { inputFileList, sourcePath } from './collect.js';
import { contentHash } from './hash.js';
import { JOURNAL_FILE } from './journal.js';
import { buildOptionsKey } from './options.js';
import { byCodeUnit } from '../../text.js';
import type { BuildOptions, BuildResult, Manifest, ManifestOutline } from './types.js';

/**
 * The whole-input fast path of an unchanged rebuild. A build records in its cache a fingerprint of everything its
 * output depends on: the options that shape it and the snipforge version (buildOptionsKey: client options as given, the
 * others with their defaults filled in), and each input file's bytes and path relative to the current directory (as its requests'
 * `source` names it). Neither the output directory nor where the inputs are is part of it, so the cache, like the
 * rest of the output, is the same wherever the same inputs are built. A build with the same fingerprint, whose
 * previous build completed (no journal) and whose cache goes with manifest.json, only checks that the files the
 * manifest lists are intact, and stops there: nothing is read of the inputs beyond their bytes, nothing rendered or
 * written.
 *
 * "Intact" is the rule a request taken from the cache already follows: each file is a regular file (not a link) of the
 * size it was written with, one lstat per file, manifest.json's too. A file deleted, or edited to another size, makes
 * the build take the usual path, which writes it again.
 *
 * The cache keeps what such a build returns (WholeInput): the files with their sizes, the summary's outline, the
 * failures and the warnings. So manifest.json is not read unless its `manifest` is asked for: at 1,000 requests,
 * reading, hashing and parsing its 4 MB was a third of such a build.
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
 * intact (see above); else undefined. Call under the output lock, with the cache read under it. `known`: the manifest
 * as the build's memory holds it. Its `manifest` (when not known) and `requests` are read when first asked for.
 */
export function unchangedBuild(outDir: string, cache: CacheContent | undefined, fingerprint: string, known?: { value: Manifest; hash: string }): Omit<BuildResult, 'durationMs'> | undefined {
  const whole = cache?.whole;
  if (cache === undefined || whole?.fingerprint !== fingerprint || existsSync(join(outDir, JOURNAL_FILE))) return undefined;
  if (known !== undefined && known.hash !== cache.manifest) return undefined;
  const files = intactFiles(outDir, whole.files);
  if (files === undefined) return undefined;
  let manifest = known?.value;
  let requests: BuildResult['requests'] | undefined;
  return {
    get manifest() {
      return (manifest ??= manifestStill(outDir, cache.manifest));
    },
    get requests() {
      return (requests ??= this.manifest.requests.map((listed, index) => readingFrom(outDir, requestFrom(listed, cache.requests[index]!))));
    },
    outline: whole.outline,
    failures: whole.failures,
    warnings: whole.warnings,
    files: { written: [], unchanged: files, removed: [] },
  };
}

/** manifest.json of `outDir`, read when an unchanged build's `manifest` is asked for: the one the cache goes with, or an error. */
function manifestStill(outDir: string, hash: string): Manifest {
  const path = join(outDir, MANIFEST_FILE);
  const text = readText(path);
  if (text === undefined || contentHash(text) !== hash) throw new Error(`${path} is no longer the manifest of the build that found the output unchanged; build again to read it`);
  return JSON.parse(text) as Manifest;
}

/** The paths `sizes` lists, if each file is intact (cache.ts: isIntact); else undefined. */
function intactFiles(outDir: string, { names, list }: ListedSizes): string[] | undefined {
  const files: string[] = [];
  const root = pathRoot(outDir);
  let folder = '';
  for (let at = 0; at < list.length; at++) {
    const item = list[at]!;
    if (typeof item === 'string') {
      folder = item === '' ? '' : `${item}/`;
      continue;
    }
    const file = folder + names[item]!;
    if (!isIntact(root + file, list[++at] as number)) return undefined;
    files.push(file);
  }
  return files;
}

/** `files`, sorted by path, as the cache keeps them (ListedSizes). */
export function listedSizes(files: readonly { file: string; size: number }[]): ListedSizes {
  const names: string[] = [];
  const indexes = new Map<string, number>();
  const list: (string | number)[] = [];
  let folder: string | undefined;
  for (const { file, size } of [...files].sort((a, b) => byCodeUnit(a.file, b.file))) {
    const slash = file.lastIndexOf('/');
    const [fileFolder, name] = [file.slice(0, Math.max(slash, 0)), file.slice(slash + 1)];
    if (fileFolder !== folder) list.push((folder = fileFolder));
    let index = indexes.get(name);
    if (index === undefined) indexes.set(name, (index = names.push(name) - 1));
    list.push(index, size);
  }
  return { names, list };
}

/** What the summary of a build tells of `manifest`. */
export function manifestOutline(manifest: Pick<Manifest, 'targets' | 'formats' | 'requests'>): ManifestOutline {
  return {
    targets: manifest.targets,
    formats: manifest.formats,
    requests: manifest.requests.length,
    masked: manifest.requests.flatMap(({ id, name, folders, masked }) => (masked === undefined ? [] : [{ id, name, folders, masked }])),
    warnings: manifest.requests.flatMap(({ id, warnings }) => warnings.map((warning) => `${id}: ${warning}`)),
  };
}
