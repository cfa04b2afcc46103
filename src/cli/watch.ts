import { type FSWatcher, readdirSync, statSync, watch } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { displayPath } from '../site/writers/files.js';

export interface WatchOptions {
  /** Files and directories; a directory is watched with its subdirectories for *.json, as `build` reads it. */
  paths: readonly string[];
  /** Changes below this directory are ignored: the build's own output must not trigger a rebuild. */
  ignoreDir?: string;
  /** Quiet time after the last change before `onChange` runs: an editor's save is several events. */
  debounceMs: number;
  /** Called with the changed paths; the next call waits until the promise it returns settles. */
  onChange: (changed: string[]) => Promise<void>;
  /** A path that cannot be watched (yet); it is tried again every second. */
  onError: (message: string) => void;
}

const RETRY_MS = 1000;

/**
 * Watches inputs until the returned function is called. Every directory is watched on its own (Node 20's
 * recursive watch on Linux missed saves in our tests), and a file through its directory, because editors save by
 * writing a new file and renaming it over the old one, which ends a watch on the file itself. A watched
 * input that disappears is watched again once it is back.
 */
export function watchInputs({ paths, ignoreDir, debounceMs, onChange, onError }: WatchOptions): () => void {
  /** Directories of input trees, by path; and the directories of input files, each watched for one file. */
  const treeWatchers = new Map<string, FSWatcher>();
  const fileWatchers = new Set<FSWatcher>();
  const timers = new Set<NodeJS.Timeout>();
  const changed = new Set<string>();
  /** Directories whose watch failed and was reported: reported again only after it worked in between. */
  const reported = new Set<string>();
  let closed = false;
  let debounce: NodeJS.Timeout | undefined;
  let running = false;
  const ignored = ignoreDir === undefined ? undefined : resolve(ignoreDir);
  const isIgnored = (path: string) => ignored !== undefined && (path === ignored || path.startsWith(ignored + sep));

  const later = (fn: () => void, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
    return timer;
  };

  const flush = () => {
    if (closed || running || changed.size === 0) return; // a running build picks the changes up when it ends
    const batch = [...changed];
    changed.clear();
    running = true;
    void onChange(batch).finally(() => {
      running = false;
      flush();
    });
  };

  const noteChange = (path: string) => {
    if (isIgnored(path)) return;
    changed.add(path);
    if (debounce !== undefined) {
      clearTimeout(debounce);
      timers.delete(debounce);
    }
    debounce = later(flush, debounceMs);
  };

  /** Stops watching `dir` and every directory below it. */
  const unwatchTree = (dir: string) => {
    for (const [path, watcher] of treeWatchers) {
      if (path === dir || path.startsWith(dir + sep)) {
        watcher.close();
        treeWatchers.delete(path);
      }
    }
  };

  /** Watches `dir`; undefined when it cannot be watched. */
  const watchDirectory = (dir: string, onEvent: (name: string | null) => void, onGone: () => void): FSWatcher | undefined => {
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => onEvent(name));
    } catch (error) {
      if (!reported.has(dir)) onError(`cannot watch ${displayPath(dir)} (${(error as NodeJS.ErrnoException).code ?? String(error)}); trying again every second`);
      reported.add(dir);
      return undefined;
    }
    reported.delete(dir);
    watcher.on('error', onGone);
    return watcher;
  };

  /** An input directory and the directories below it (skipping dot-directories and node_modules, as `build` does). */
  const watchTree = (dir: string, onRootGone: () => void): void => {
    if (closed || treeWatchers.has(dir) || isIgnored(dir)) return;
    const gone = () => {
      unwatchTree(dir);
      noteChange(dir);
      onRootGone();
    };
    const watcher = watchDirectory(
      dir,
      (name) => {
        if (!isDirectory(dir)) return gone();
        if (name === null) return noteChange(dir); // the platform did not say what changed
        const path = join(dir, name);
        if (name.endsWith('.json')) noteChange(path);
        if (isDirectory(path) && !treeWatchers.has(path) && !skipped(name)) {
          watchTree(path, () => {});
          noteChange(path);
        } else if (treeWatchers.has(path) && !isDirectory(path)) {
          unwatchTree(path);
          noteChange(path);
        }
      },
      gone,
    );
    if (watcher === undefined) return onRootGone();
    treeWatchers.set(dir, watcher);
    for (const entry of readdirOrEmpty(dir)) if (entry.isDirectory() && !skipped(entry.name)) watchTree(join(dir, entry.name), () => {});
  };

  /** `returning`: watched again after it was gone; it may have come back with new content, so it counts as changed. */
  const watchInput = (input: string, returning = false) => {
    if (closed) return;
    const absolute = resolve(input);
    const retry = () => later(() => watchInput(input, true), RETRY_MS);
    if (isDirectory(absolute)) {
      watchTree(absolute, retry);
      if (returning && treeWatchers.has(absolute)) noteChange(absolute);
      return;
    }
    const parent = dirname(absolute);
    const name = basename(absolute);
    const unwatch = () => {
      watcher?.close();
      if (watcher !== undefined) fileWatchers.delete(watcher);
    };
    const gone = () => {
      unwatch();
      noteChange(absolute);
      retry();
    };
    const watcher = watchDirectory(
      parent,
      (changedName) => {
        if (!isDirectory(parent)) return gone();
        if (changedName !== null && changedName !== name) return;
        noteChange(absolute);
        // A directory input that was deleted is back: watched as a tree again, not only by its name.
        if (isDirectory(absolute)) {
          unwatch();
          watchInput(input, true);
        }
      },
      gone,
    );
    if (watcher === undefined) return retry();
    fileWatchers.add(watcher);
    if (returning) noteChange(absolute);
  };

  for (const path of paths) watchInput(path);

  return () => {
    closed = true;
    for (const watcher of [...treeWatchers.values(), ...fileWatchers]) watcher.close();
    for (const timer of timers) clearTimeout(timer);
    treeWatchers.clear();
    fileWatchers.clear();
    timers.clear();
  };
}

function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readdirOrEmpty(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
