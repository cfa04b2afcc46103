import { closeSync, lstatSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deletableInside, isTempFileName } from '../writers/files.js';

/** Lists, while a build runs, every output file it may have changed; deleted once its manifest is in place. */
export const JOURNAL_FILE = '.snipforge.journal';

export interface BuildJournal {
  /**
   * Files an earlier build that did not finish (killed, interrupted, failed) wrote or was about to delete: their
   * content may not be what the manifest says, and a file among them that no manifest lists is its leftover.
   */
  readonly unfinished: ReadonlySet<string>;
  /** Notes `files` before they are written or deleted, so a build that stops after this repairs them next time. */
  record: (files: Iterable<string>) => void;
  /** Deletes the temp files an unfinished build left in the directories it wrote to (before its stale files, so the directories they leave empty go with them). */
  removeTempFiles: () => void;
  /** Deletes the journal: the build it describes is complete. */
  finish: () => void;
  /** Closes the journal and leaves it for the next build (this one did not finish). */
  abandon: () => void;
}

/**
 * The journal of `outDir`, with what an unfinished earlier build left in it; only paths that `isTracked` accepts
 * (relative, inside the output) are taken from it. It is opened for appending at the first entry, so a build that
 * changes nothing leaves no trace. Each entry is a JSON string on its own line, written before the file is touched; a
 * line cut short by a kill is skipped: its file was not touched yet.
 */
export function openJournal(outDir: string, isTracked: (file: string) => boolean): BuildJournal {
  const path = join(outDir, JOURNAL_FILE);
  const entries = readEntries(path);
  const unfinished = new Set((entries ?? []).filter(isTracked));
  let fd: number | undefined;
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    unfinished,
    record: (files) => {
      let text = '';
      for (const file of files) text += JSON.stringify(file) + '\n';
      if (text === '') return;
      fd ??= openSync(path, 'a');
      writeSync(fd, text);
    },
    removeTempFiles: () => removeTempFiles(outDir, new Set(['.', ...[...unfinished].map((file) => dirname(file))])),
    finish: () => {
      const written = fd !== undefined;
      close();
      if (written || entries !== undefined) unlinkSync(path);
    },
    abandon: close,
  };
}

/** The entries of the journal at `path`; undefined when there is none. */
function readEntries(path: string): string[] | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const entries: string[] = [];
  for (const line of text.split('\n')) {
    try {
      const entry: unknown = JSON.parse(line);
      if (typeof entry === 'string') entries.push(entry);
    } catch {
      // The last line of a killed build, or not ours.
    }
  }
  return entries;
}

/** The temp files of atomic writes left in `directories` (relative to `outDir`) by a killed build; links never followed. */
function removeTempFiles(outDir: string, directories: ReadonlySet<string>): void {
  for (const dir of directories) {
    if (!deletableInside(outDir, join(dir, 'x'))) continue;
    let names: string[];
    try {
      names = readdirSync(join(outDir, dir));
    } catch {
      continue; // removed with the build's stale files
    }
    for (const name of names) {
      const file = join(outDir, dir, name);
      if (isTempFileName(name) && lstatSync(file, { throwIfNoEntry: false })?.isFile() === true) unlinkSync(file);
    }
  }
}
