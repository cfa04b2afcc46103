import { linkSync, lstatSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import { displayPath } from '../writers/files.js';

/** Held in the output directory while a build writes into it. */
export const LOCK_FILE = '.snipforge.lock';

/** How long a lock file may stay unreadable (created, its content not yet written) before it counts as abandoned. */
const UNREADABLE_GRACE_MS = 5000;
const POLL_MS = 100;

/** Who holds a lock: written into the lock file as JSON. */
interface LockHolder {
  pid: number;
  host: string;
  started: string;
}

export interface LockOptions {
  /** How long to wait for another build's lock before failing; 0 fails at once. */
  waitMs: number;
  /** Called once when the lock is held by another build and this one starts waiting. */
  onWait?: (holder: string) => void;
  /** Stops the wait (throwing its reason). */
  signal?: AbortSignal;
}

/**
 * Takes `<outDir>/.snipforge.lock` (created with O_EXCL, holding pid, host and start time), creating `outDir` if
 * needed, and returns the function that releases it. Another build's lock is waited for up to `waitMs`, then an
 * InputError names the lock and its holder. A lock whose holder is a process of this host that no longer runs (a
 * build killed with SIGKILL) is taken over: moved aside under a name of our own first, so that of two builds taking
 * over the same stale lock, only one removes it. A pid reused by an unrelated process keeps the lock held until
 * the wait ends; the message then says to delete the file.
 */
export async function lockOutput(outDir: string, { waitMs, onWait, signal }: LockOptions): Promise<() => void> {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const deadline = Date.now() + waitMs;
  let waiting = false;
  for (;;) {
    if (tryCreate(path, JSON.stringify(holder) + '\n')) return () => releaseLock(path, holder);
    const current = readLock(path);
    if (current === undefined) continue; // released between our attempt and the read: try again at once
    if (isAbandoned(current)) {
      takeOver(path, current.text);
      continue;
    }
    const described = describeHolder(current.holder);
    if (Date.now() >= deadline) {
      throw new InputError(
        `${displayPath(path)}: another snipforge build (${described}) is writing to this output directory${waitMs > 0 ? `; waited ${formatSeconds(waitMs)}` : ''}. If no build is running, delete the lock file`,
      );
    }
    if (!waiting) onWait?.(described);
    waiting = true;
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(0, deadline - Date.now()))));
    signal?.throwIfAborted();
  }
}

/**
 * Creates the lock with its content in one step: written beside it under a name only this process uses, then linked
 * into place (a link fails if the lock exists), so a build that finds the lock can always read who holds it.
 */
function tryCreate(path: string, content: string): boolean {
  const staged = `${path}.${process.pid}.new`;
  writeFileSync(staged, content);
  try {
    linkSync(staged, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(staged);
  }
}

interface ReadLock {
  text: string;
  /** Undefined when the file does not hold a lock holder (being written, or damaged). */
  holder: LockHolder | undefined;
  modifiedMs: number;
}

function readLock(path: string): ReadLock | undefined {
  try {
    const modifiedMs = lstatSync(path).mtimeMs;
    const text = readFileSync(path, 'utf8');
    return { text, holder: parseHolder(text), modifiedMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && Number.isInteger(value.pid) && value.pid > 0 && typeof value.host === 'string' && typeof value.started === 'string') {
      return { pid: value.pid, host: value.host, started: value.started };
    }
  } catch {
    // Not JSON: a lock being written, or not ours; judged by its age.
  }
  return undefined;
}

/** A lock of a process of this host that has ended, or one that stayed unreadable longer than writing it takes. */
function isAbandoned({ holder, modifiedMs }: ReadLock): boolean {
  if (holder === undefined) return Date.now() - modifiedMs > UNREADABLE_GRACE_MS;
  // A pid of another host cannot be checked from here: such a lock is held until it is released or deleted.
  return holder.host === hostname() && !isRunning(holder.pid);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes the abandoned lock `staleText` if it is still the one at `path`. It is renamed to a name only this process
 * uses and checked there: if another build took it over meanwhile, its fresh lock is what we moved, and it is put back.
 */
function takeOver(path: string, staleText: string): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else moved it first
    throw error;
  }
  try {
    if (readFileSync(aside, 'utf8') !== staleText) linkSync(aside, path);
  } catch (error) {
    // EEXIST: a third build took the free path meanwhile; it holds the lock now, and the one we moved is dropped.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(aside);
  }
}

/** Deletes the lock if it is still ours (a lock deleted by hand and taken by another build is left to that build). */
function releaseLock(path: string, holder: LockHolder): void {
  const current = readLock(path);
  if (current?.holder?.pid === holder.pid && current.holder.started === holder.started && current.holder.host === holder.host) unlinkSync(path);
}

function describeHolder(holder: LockHolder | undefined): string {
  if (holder === undefined) return 'lock file being written, or not readable';
  return `pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, started ${holder.started}`;
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
