import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { InputError } from '../../errors.js';
import { loadInput, type LoadOptions } from '../../importers/load.js';
import type { SourcePaths } from '../../importers/source-paths.js';
import type { ExampleResponse, SpecOperation } from '../../importers/types.js';
import type { RequestInput } from '../../model/schema.js';
import { byCodeUnit } from '../../text.js';
import type { BuildFailure } from './types.js';

/** One request of a build, with where it came from. */
export interface CollectedRequest {
  name: string;
  /** Folder names from the collection root down; empty for a request model file. */
  folders: string[];
  /** The input file, relative to the current directory, `/`-separated. */
  source: string;
  request: RequestInput;
  /** The spec operation it was made from, for requests from an OpenAPI/Swagger document. */
  operation?: SpecOperation;
  /** Where the importer read each field, so an error names it as the input file has it. */
  sources?: SourcePaths;
  /** The key its input gives it (a Postman item's `id`), which its id and paths follow. */
  key?: string;
  /** Example responses the input keeps for it. */
  responses?: ExampleResponse[];
  /** The variable values of the collection it belongs to (empty for request models). */
  variables: Readonly<Record<string, string>>;
}

export interface CollectedInputs {
  /** Inputs in the order given, a directory's files in sorted path order, a collection's requests in its order. */
  requests: CollectedRequest[];
  /** Collection items too malformed to import, in input order; the other requests are still collected. */
  failures: BuildFailure[];
  /** The files read, in order, as `source` names them. */
  sources: string[];
  /** Importer warnings, each prefixed with its source file. */
  warnings: string[];
  /** The names of the collections and specs read (`info.name`, `info.title`), in order. */
  titles: string[];
  /**
   * Whether the files read are all the build depends on: false once an OpenAPI/Swagger document is read, since it may
   * take parts from other files through `$ref`.
   */
  selfContained: boolean;
}

export interface CollectOptions extends LoadOptions {
  /** Directories never searched (the build's own output root, so its JSON documents are not read back as inputs). */
  exclude?: readonly string[];
}

/**
 * Loads every input: a file is a request model, an array of them, a Postman collection, a HAR file or an
 * OpenAPI/Swagger document (`options` select its operations and shape their requests); a directory
 * is searched recursively for `*.json` (skipping dot-entries, node_modules and Postman environment or
 * globals exports). A file named twice is read once. Any unusable file throws an InputError naming it,
 * before the caller writes anything, and so does an --operation that names no operation of any spec.
 */
export async function collectInputs(inputs: readonly string[], options: CollectOptions = {}): Promise<CollectedInputs> {
  if (inputs.length === 0) throw new InputError('no inputs: name request model files, Postman collections, HAR files, OpenAPI/Swagger specs, or directories of them');
  const sources: string[] = [];
  const requests: CollectedRequest[] = [];
  const failures: BuildFailure[] = [];
  const warnings: string[] = [];
  const titles: string[] = [];
  const matchedOperations = new Set<string>();
  let selfContained = true;

  for (const file of inputFileList(inputs, options.exclude)) {
    const source = sourcePath(file);
    sources.push(source);
    const loaded = await loadInput(file, options);
    if (loaded.kind === 'spec') selfContained = false;
    for (const selector of loaded.matchedOperations ?? []) matchedOperations.add(selector);
    for (const warning of loaded.warnings) warnings.push(`${source}: ${warning}`);
    if (loaded.title !== undefined) titles.push(loaded.title);
    for (const { name, folders, request, operation, sources, key, responses } of loaded.requests) {
      requests.push({ name, folders, source, request, ...(operation && { operation }), ...(sources && { sources }), ...(key !== undefined && { key }), ...(responses && { responses }), variables: loaded.variables });
    }
    for (const { name, folders, message } of loaded.failures) failures.push({ name, folders, source, message });
  }
  const unmatched = (options.operations ?? []).filter((selector) => !matchedOperations.has(selector));
  if (unmatched.length > 0) throw new InputError(`--operation ${JSON.stringify(unmatched[0])}: no operation of ${sources.join(', ')} has this operationId or method and path (write it as an operationId or as METHOD /path, e.g. "GET /pets/{petId}")`);
  return { requests, failures, sources, warnings, titles, selfContained };
}

/** An input file as its requests' `source` names it: relative to the current directory, `/`-separated. */
export function sourcePath(file: string): string {
  return relative(process.cwd(), resolve(file)).split(sep).join('/');
}

/**
 * The files `inputs` name, in the order they are read (one at a time): each input as given, a directory's `*.json` files in sorted path
 * order (none below `exclude`), each file once.
 */
export function* inputFileList(inputs: readonly string[], exclude: readonly string[] = []): Generator<string> {
  const excluded = new Set(exclude.map((path) => resolve(path)));
  const seen = new Set<string>();
  // Each input is listed only once the files before it are taken: an input that cannot be listed throws where it did.
  for (const input of inputs) {
    for (const file of inputFiles(input, excluded)) {
      const absolute = resolve(file);
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      yield file;
    }
  }
}

/** The file itself, or a directory's `*.json` files in sorted path order. */
function inputFiles(input: string, excluded: ReadonlySet<string>): string[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(input).isDirectory();
  } catch {
    return [input]; // loadInput reports why it cannot be read, in the same words as `generate`
  }
  if (!isDirectory) return [input];
  const files = jsonFilesUnder(input, excluded);
  if (files.length === 0) throw new InputError(`${input}: the directory holds no *.json files`);
  return files;
}

function jsonFilesUnder(directory: string, excluded: ReadonlySet<string>): string[] {
  if (excluded.has(resolve(directory))) return [];
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`${directory}: cannot list the directory (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  entries.sort((a, b) => byCodeUnit(a.name, b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...jsonFilesUnder(path, excluded));
    // A symlink counts when it points at a file; symlinked directories are not followed (no cycles).
    else if (isRequestFileName(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(path)))) files.push(path);
  }
  return files;
}

/** A `*.json` file, except Postman's environment and globals exports, which often sit beside a collection (pass them as variables instead). */
function isRequestFileName(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.postman_environment.json') && !name.endsWith('.postman_globals.json');
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
