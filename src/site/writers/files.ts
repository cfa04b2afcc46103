import { createHash } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SpecOperation } from '../../importers/types.js';

/**
 * Longest slug kept whole. File systems allow 255 bytes per path component; a long request or folder
 * name (Postman allows any length) would otherwise fail with ENAMETOOLONG.
 */
export const MAX_SLUG_LENGTH = 80;

/**
 * The request name lowercased, every run of characters other than a-z0-9 turned into `-`. A longer
 * slug is cut and ends in 8 hex digits of the name's SHA-256, so it stays the same on every run and
 * two long names that differ only after the cut still get different directories.
 */
export function slug(name: string): string {
  const s = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  if (s === '' || s === '-') return 'request';
  if (s.length <= MAX_SLUG_LENGTH) return s;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${s.slice(0, MAX_SLUG_LENGTH - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

/**
 * What a file is written from: its text, or its text in pieces (a large manifest, never held whole), written in
 * blocks of about WRITE_BLOCK characters.
 */
export type FileContent = string | Iterable<string>;

const WRITE_BLOCK = 64 * 1024;

/** Writes `content` to the open file `fd`; an error names `path` (a write through a descriptor has no path). */
function writeContent(fd: number, path: string, content: FileContent): void {
  try {
    if (typeof content === 'string') writeFileSync(fd, content);
    else writePieces(fd, content);
  } catch (error) {
    (error as NodeJS.ErrnoException).path ??= path;
    throw error;
  }
}

function writePieces(fd: number, content: Iterable<string>): void {
  const writeAll = (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
  };
  let block = '';
  for (const piece of content) {
    block += piece;
    if (block.length >= WRITE_BLOCK) {
      writeAll(block);
      block = '';
    }
  }
  writeAll(block);
}

/**
 * Writes through a temp file in the same directory and renames it into place, so a reader (or a doc
 * site's watcher) never sees a half-written snippet, and a failure leaves the old file whole.
 */
export function writeFileAtomic(path: string, content: FileContent): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    // `wx`: never through something already at the temp name (a planted symbolic link).
    const fd = openSync(temp, 'wx');
    try {
      writeContent(fd, temp, content);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The write or rename error says what went wrong; a failed clean-up must not hide it.
    }
    // Name the file the caller asked for, not the temp file nobody knows about.
    if ((error as NodeJS.ErrnoException).path === temp) (error as NodeJS.ErrnoException).path = path;
    throw error;
  }
}

/** A temp file name of writeFileAtomic: what a killed build leaves behind. */
export function isTempFileName(name: string): boolean {
  return /^\.\d+\.[0-9a-z]*\.tmp$/.test(name);
}

/**
 * A writer of files below `root` that never follows a symbolic link below it: a link planted in the output folder
 * (`users -> /etc`) would make a write land outside. A directory on the way that is a link fails the write with
 * ELOOP (described by describeWriteError); a file that is a link is replaced by the new file, its target untouched.
 * `root` itself may be a link: the user chose it.
 *
 * Each directory is looked at, and made when missing, once per writer. A file that already exists is replaced
 * atomically (writeFileAtomic): a reader sees the old content or the new. A file in a directory this writer made
 * cannot exist yet, so it is created in place, without the temp file and rename: on a cold build that halves the
 * directory operations, which is most of its time.
 */
export function outputWriter(root: string): (file: string, content: FileContent) => void {
  const checkedDirs = new Set<string>();
  const madeDirs = new Set<string>();
  return (file, content) => {
    if (!checkedDirs.has(root)) {
      if (mkdirSync(root, { recursive: true }) !== undefined) madeDirs.add(root);
      checkedDirs.add(root);
    }
    const path = join(root, file);
    let dir = root;
    for (const part of relative(root, dirname(path)).split(sep)) {
      if (part === '') continue;
      dir = join(dir, part);
      if (checkedDirs.has(dir)) continue;
      const stat = lstatSync(dir, { throwIfNoEntry: false });
      if (stat?.isSymbolicLink() === true) throw Object.assign(new Error(`symbolic link in the output folder: ${dir}`), { code: 'ELOOP', path: dir });
      if (stat === undefined) {
        // Its parent was checked or made just before; a file in the way fails here.
        mkdirSync(dir);
        madeDirs.add(dir);
      } else if (!stat.isDirectory()) {
        // A file in the way: fails with the error (and the path) mkdir gives for the file's directory.
        mkdirSync(dirname(path), { recursive: true });
      }
      checkedDirs.add(dir);
    }
    if (madeDirs.has(dirname(path))) writeNewFile(path, content);
    else writeFileAtomic(path, content);
  };
}

/** Creates `path`, which must not exist (`wx`: never through a link planted there); a failed write leaves no part of it. */
function writeNewFile(path: string, content: FileContent): void {
  let created = false;
  try {
    const fd = openSync(path, 'wx');
    created = true;
    try {
      writeContent(fd, path, content);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (created) rmSync(path, { force: true });
    throw error;
  }
}

/**
 * Whether `file` (relative to `root`) can be deleted without following a symbolic link: no directory between root
 * and it is a link, and its directory is inside root's real path. A file that is itself a link is deletable (unlink
 * removes the link, not its target).
 */
export function deletableInside(root: string, file: string): boolean {
  let dir = root;
  for (const part of relative(root, dirname(join(root, file))).split(sep)) {
    if (part === '') continue;
    dir = join(dir, part);
    const stat = lstatSync(dir, { throwIfNoEntry: false });
    if (stat === undefined) return false;
    if (!stat.isDirectory()) return false;
  }
  try {
    const realRoot = realpathSync(root);
    const realDir = realpathSync(dirname(join(root, file)));
    return realDir === realRoot || realDir.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
  } catch {
    return false;
  }
}

/** What names a request's directory: its stable key, else its name, or for a spec operation the operation itself. */
interface Named {
  name: string;
  folders: readonly string[];
  key?: string;
  operation?: SpecOperation;
}

/**
 * What a request's id and paths come from: `key`, the key its input gives it (a Postman item's `id`, an operation's
 * operationId), so renaming a request changes its title only; `name`, its folders and name, as people read them.
 */
export const ID_SOURCES = ['key', 'name'] as const;
export type IdSource = (typeof ID_SOURCES)[number];

/**
 * Directory of each request below the output root: with `idFrom` `key` (the default), the slug of the key its input
 * gives it, when it has one (a Postman item's `id`); otherwise its folders then its own slug. Made unique with `-2`,
 * `-3`, ... when two requests share one. A spec operation's slug comes from its operationId (else method and path)
 * and media type, never its summary, so renaming one moves nothing.
 */
export function requestDirectories(requests: readonly Named[], idFrom: IdSource = 'key'): string[] {
  const taken = new Set<string>();
  // The next suffix to try for each base, so 20,000 requests of one name do not each count up from 2.
  const nextSuffix = new Map<string, number>();
  return requests.map(({ name, folders, key, operation }) => {
    const base =
      idFrom === 'key' && key !== undefined && operation === undefined ? slug(key) : join(...folders.map(slug), slug(operation === undefined ? name : operationName(operation)));
    let dir = base;
    let n = nextSuffix.get(base) ?? 2;
    for (; taken.has(dir); n++) dir = `${base}-${n}`;
    nextSuffix.set(base, n);
    taken.add(dir);
    return dir;
  });
}

/** `getPetById` → `get Pet By Id`, `GET /pets/{petId}` → `GET /pets/petId`, plus the media type's subtype for one of several bodies. */
function operationName(operation: SpecOperation): string {
  const base = operation.operationId?.replace(/([a-z0-9])([A-Z])/g, '$1 $2') ?? `${operation.method} ${operation.path.replace(/[{}]/g, '')}`;
  return operation.mediaType === undefined ? base : `${base} ${operation.mediaType.split(';')[0]!.split('/').pop()}`;
}

/** A path as the user would type it from here: relative below the current directory, else absolute. */
export function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), resolve(path));
  return fromHere === '' ? '.' : fromHere.startsWith('..') ? resolve(path) : fromHere;
}

/**
 * `cannot write <what>: <why>` for a file-system error met while writing output (a file or directory
 * in the way, permission, space, a path too long); undefined for any other error, which is a bug.
 */
export function describeWriteError(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, path } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string' || typeof path !== 'string') return undefined;
  return `cannot write ${writeProblem(code, path)}`;
}

function writeProblem(code: string, path: string): string {
  switch (code) {
    case 'ENAMETOOLONG':
      // The path itself can be thousands of characters long; its length says enough.
      return `its snippets: the output path is ${Buffer.byteLength(path).toLocaleString('en-US')} bytes, too long for the file system (ENAMETOOLONG); shorten the folder names or --out`;
    case 'EACCES':
    case 'EPERM':
      return `${displayPath(path)}: permission denied`;
    case 'EISDIR':
      return `${displayPath(path)}: a directory is in the way`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `${displayPath(path)}: a file is in the way of a directory`;
    case 'ELOOP':
      return `${displayPath(path)}: a symbolic link is in the way (snipforge never writes through one in the output folder)`;
    case 'ENOSPC':
      return `${displayPath(path)}: no space left on the device`;
    case 'EROFS':
      return `${displayPath(path)}: read-only file system`;
    default:
      return `${displayPath(path)}: ${code}`;
  }
}
