import { resolve } from 'node:path';
import type { CacheContent } from './cache.js';
import { sameStamp, stampOf, type BuildMemory, type FileStamp } from './memory.js';
import type { BuiltRequest, Manifest, ManifestRequest } from './types.js';

/** The previous build's output as a BuildMemory holds it. */
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

const outputs = new WeakMap<BuildMemory, RememberedOutput>();

/**
 * The output `memory` holds for `outDir`, if manifest.json and the cache at `paths` are still the files it knows; else
 * undefined. Two stats, nothing read.
 */
export function recall(memory: BuildMemory | undefined, outDir: string, paths: { manifest: string; cache: string }): RememberedOutput | undefined {
  const output = memory === undefined ? undefined : outputs.get(memory);
  if (output === undefined || output.outDir !== resolve(outDir)) return undefined;
  if (!sameStamp(output.manifest.stamp, stampOf(paths.manifest)) || !sameStamp(output.cache.stamp, stampOf(paths.cache))) return undefined;
  return output;
}

/** Keeps `output` for the next build, or forgets what was kept (undefined: a build failed, or wrote no cache). */
export function remember(memory: BuildMemory | undefined, output: RememberedOutput | undefined): void {
  if (memory === undefined) return;
  if (output === undefined) outputs.delete(memory);
  else outputs.set(memory, output);
}
