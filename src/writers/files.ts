import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The request name lowercased, every run of characters other than a-z0-9 turned into `-`. */
export function slug(name: string): string {
  const s = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return s === '' || s === '-' ? 'request' : s;
}

/**
 * Writes through a temp file in the same directory and renames it into place, so a reader (or a doc
 * site's watcher) never sees a half-written snippet, and a failure leaves the old file whole.
 */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Directory of each request below the output root: its folders then its own slug, made unique with
 * `-2`, `-3`, ... when two requests in one folder share a name.
 */
export function requestDirectories(requests: readonly { name: string; folders: readonly string[] }[]): string[] {
  const taken = new Set<string>();
  return requests.map(({ name, folders }) => {
    const base = join(...folders.map(slug), slug(name));
    let dir = base;
    for (let n = 2; taken.has(dir); n++) dir = `${base}-${n}`;
    taken.add(dir);
    return dir;
  });
}
