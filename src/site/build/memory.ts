import { statSync } from 'node:fs';

/**
 * What one build leaves in memory for the next build into the same output directory, so that a process that builds
 * again and again (`build --watch`, a dev server's plugin) does not read and parse manifest.json and the cache each
 * time. Pass the same object to each `build({ memory })`. It is trusted only while both files are exactly what the
 * last build of this object wrote or read: the same size, modification and change time, inode and device. A file
 * replaced or edited by anyone else since, or a build that failed, sends the next build down the usual path, which
 * reads them (and refuses a manifest that is not snipforge's). The output lock, the journal and the check of every
 * listed file on disk are the same either way. The results of those builds share objects with it: read them, do not
 * change them. What it holds is in remembered.ts (this module imports nothing of the build, so its types can name it).
 */
export class BuildMemory {
  /** How many builds took the previous manifest and cache from this memory instead of reading them. */
  get reused(): number {
    return reuses.get(this) ?? 0;
  }
}

const reuses = new WeakMap<BuildMemory, number>();

/** Counts a build that took the previous output from `memory`. */
export function noteReused(memory: BuildMemory): void {
  reuses.set(memory, (reuses.get(memory) ?? 0) + 1);
}

/** A file as stat saw it: any write, rename over it or `touch` changes one of these. */
export interface FileStamp {
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  ino: bigint;
  dev: bigint;
}

export function stampOf(path: string): FileStamp | undefined {
  const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stats === undefined ? undefined : { size: stats.size, mtimeNs: stats.mtimeNs, ctimeNs: stats.ctimeNs, ino: stats.ino, dev: stats.dev };
}

export function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return a !== undefined && b !== undefined && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.ino === b.ino && a.dev === b.dev;
}
