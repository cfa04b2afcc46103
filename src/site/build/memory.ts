import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CacheContent } from './cache.js';
import type { BuiltRequest, Manifest, ManifestRequest } from './types.js';

/**
 * What one build leaves in memory for the next build into the same output directory, so that a process that builds
 * again and again (`build --watch`, a dev server's plugin) does not read and parse manifest.json and the cache each
 * time. Pass the same object to each `build({ memory })`. It is trusted only while both files are exactly what the
 * last build of this object wrote or read: the same size, modification and change time, inode and device. A file
 * replaced or edited by anyone else since, or a build that failed, sends the next build down the usual path, which
 * reads them (and refuses a manifest that is not snipforge's). The output lock, the journal and the check of every
 * listed file on disk are the same either way.
 */
export class BuildMemory {
  /** How many builds took the previous manifest and cache from this memory instead of reading them. */
  get reused(): number {
    return held.get(this)?.reused ?? 0;
  }
}

/** A file as stat saw it: any write, rename over it or `touch` changes one of these. */
export interface FileStamp {
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  ino: bigint;
  dev: bigint;
}

/** The previous build's output as this process knows it. */
export interface RememberedOutput {
  /** Resolved output directory. */
  outDir: string;
  manifest: { value: Manifest; hash: string; stamp: FileStamp; hashes: Map<string, string>; pieces?: ManifestPieces };
  cache: { value: CacheContent; text: string; stamp: FileStamp };
  /** The built requests, in the manifest's order (their code is read from their files when asked for): taken as they are when reused. */
  requests: readonly BuiltRequest[];
}

/**
 * The text of a manifest's requests as it was written, a piece (build.ts: MANIFEST_PIECE requests) at a time: the
 * next build writes a piece whose entries are the very same objects as it was, without stringifying it again.
 */
export interface ManifestPieces {
  requests: readonly ManifestRequest[];
  texts: readonly string[];
}

const held = new WeakMap<BuildMemory, { reused: number; output?: RememberedOutput }>();

export function stampOf(path: string): FileStamp | undefined {
  const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stats === undefined ? undefined : { size: stats.size, mtimeNs: stats.mtimeNs, ctimeNs: stats.ctimeNs, ino: stats.ino, dev: stats.dev };
}

export function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return a !== undefined && b !== undefined && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.ino === b.ino && a.dev === b.dev;
}

/**
 * The output `memory` holds for `outDir`, if manifest.json and the cache at `paths` are still the files it knows; else
 * undefined. Two stats, nothing read.
 */
export function recall(memory: BuildMemory | undefined, outDir: string, paths: { manifest: string; cache: string }): RememberedOutput | undefined {
  const output = memory === undefined ? undefined : held.get(memory)?.output;
  if (output === undefined || output.outDir !== resolve(outDir)) return undefined;
  if (!sameStamp(output.manifest.stamp, stampOf(paths.manifest)) || !sameStamp(output.cache.stamp, stampOf(paths.cache))) return undefined;
  return output;
}

/** Counts a build that took the previous output from memory. */
export function noteReused(memory: BuildMemory): void {
  const state = held.get(memory);
  if (state !== undefined) state.reused++;
}

/** Keeps `output` for the next build, or forgets what was kept (undefined: a build failed, or wrote no cache). */
export function remember(memory: BuildMemory | undefined, output: RememberedOutput | undefined): void {
  if (memory === undefined) return;
  const state = held.get(memory) ?? { reused: 0 };
  if (output === undefined) delete state.output;
  else state.output = output;
  held.set(memory, state);
}
