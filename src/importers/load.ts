import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { InputError } from '../errors.js';
import type { RequestInput } from '../model/schema.js';
import { importHar, isHar } from './har/index.js';
import { findExcessiveNesting, findJsonSyntaxError } from './json-syntax.js';
import { isObject, type JsonObject } from './json.js';
import type { SpecImportOptions } from './openapi/index.js';
import { importPostmanCollection } from './postman/index.js';
import type { ImportFailure, ImportedRequest } from './types.js';

export type { ImportFailure, ImportedRequest, SpecOperation } from './types.js';

export type LoadOptions = SpecImportOptions;

export interface LoadedInput {
  /**
   * `request`: one request model or an array of them; `collection`: a Postman collection; `har`: a HAR
   * export or request; `spec`: an OpenAPI/Swagger document.
   */
  kind: 'request' | 'collection' | 'har' | 'spec';
  requests: ImportedRequest[];
  /** Collection requests too malformed to import; the others are still imported (empty for request models). */
  failures: ImportFailure[];
  /** The collection's variable values (empty for request models). */
  variables: Record<string, string>;
  warnings: string[];
  /** For a spec: the `--operation` selectors that named one of its operations. */
  matchedOperations?: Set<string>;
  /** A collection's name or a spec's `info.title`: what a page of all its requests is called. */
  title?: string;
}

const EXPECTED_INPUT = 'expected a request model (an object with "url"), a Postman Collection v2.1 (an object with "info" and "item") or an OpenAPI/Swagger document (an object with "openapi" or "swagger")';

/**
 * Reads an input file: a request model, an array of request models, a Postman collection, a HAR file,
 * or an OpenAPI 3.0/3.1 or Swagger 2.0 document (JSON or YAML; `options` select and shape its operations).
 * Request models are returned as written; they are validated when generated.
 */
export async function loadInput(path: string, options: LoadOptions = {}): Promise<LoadedInput> {
  const json = await parseDocument(readInputFile(path), path);
  if (isObject(json) && ('openapi' in json || 'swagger' in json)) {
    // Loaded only for a spec: the parser and sampler are large, and most runs read collections.
    const { importSpec } = await import('./openapi/index.js');
    const { requests, warnings, matchedOperations, title } = await importSpec(json, path, options);
    return { kind: 'spec', requests, failures: [], variables: {}, warnings, matchedOperations, ...(title !== undefined && { title }) };
  }
  // The Postman API wraps a collection as {"collection": {...}}.
  const collection = isObject(json) && isObject(json['collection']) && json['info'] === undefined ? json['collection'] : json;
  if (isObject(collection) && isPostmanCollection(collection)) {
    let imported;
    try {
      imported = importPostmanCollection(collection);
    } catch (error) {
      throw error instanceof InputError ? new InputError(`${path}: ${error.message}`) : error;
    }
    if (imported.requests.length === 0 && imported.failures.length === 0) throw new InputError(`${path}: the collection holds no requests`);
    return { kind: 'collection', ...imported };
  }

  if (isHar(json)) {
    let har;
    try {
      har = importHar(json);
    } catch (error) {
      throw error instanceof InputError ? new InputError(`${path}: ${error.message}`) : error;
    }
    if (har.requests.length === 0 && har.failures.length === 0) throw new InputError(`${path}: the HAR file holds no HTTP requests`);
    return { kind: 'har', ...har, variables: {} };
  }

  const fallbackName = basename(path, extname(path));
  if (isObject(json) && 'url' in json) {
    return { kind: 'request', requests: [asImported(json, fallbackName)], failures: [], variables: {}, warnings: [] };
  }
  if (Array.isArray(json)) {
    if (json.length === 0) throw new InputError(`${path}: the array holds no request models; ${EXPECTED_INPUT}`);
    const requests = json.map((entry, index) => {
      if (!isObject(entry) || !('url' in entry)) throw new InputError(`${path}: [${index}] is not a request model (an object with "url")`);
      return asImported(entry, `${fallbackName}-${index + 1}`);
    });
    return { kind: 'request', requests, failures: [], variables: {}, warnings: [] };
  }
  throw new InputError(`${path}: ${EXPECTED_INPUT}`);
}

/** `info` + `item` is v2; top-level `requests`/`order` is v1, which the importer rejects by name. */
function isPostmanCollection(json: JsonObject): boolean {
  return ('info' in json && 'item' in json) || Array.isArray(json['requests']) || Array.isArray(json['order']);
}

function asImported(json: JsonObject, fallbackName: string): ImportedRequest {
  const name = typeof json['name'] === 'string' && json['name'] !== '' ? json['name'] : fallbackName;
  return { name, folders: [], request: json as RequestInput };
}

/**
 * Input files larger than this are refused before they are read: a docs source is far smaller, and
 * generating keeps several copies of the text (one per target), so a larger file would exhaust memory
 * or Node's 512 MiB string limit instead of failing clearly.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** JSON nested deeper than this is refused (200 folders of a collection take about 400 levels). */
export const MAX_JSON_DEPTH = 1000;

/**
 * JSON with positioned errors; a `.yaml`/`.yml` file, or text that is not JSON, is read as YAML, which
 * only a spec is written in (other inputs keep their JSON error).
 */
async function parseDocument(text: string, path: string): Promise<unknown> {
  if (!/\.ya?ml$/i.test(path)) {
    try {
      return parseJsonWithPosition(text, path);
    } catch (error) {
      if (/^\uFEFF?\s*[[{]/.test(text)) throw error;
      const spec = await parseYamlSpec(text, path).catch(() => undefined);
      if (spec === undefined) throw error;
      return spec;
    }
  }
  return parseYamlSpec(text, path);
}

async function parseYamlSpec(text: string, path: string): Promise<unknown> {
  // Loaded here, not at start: only a spec is written in YAML.
  const { parseYaml, YamlSyntaxError } = await import('./yaml.js');
  let json: unknown;
  try {
    json = parseYaml(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    throw new InputError(`${path}${error.line === undefined ? '' : `:${error.line}:${error.column}`}: invalid YAML: ${error.reason}`);
  }
  if (!isObject(json) || !('openapi' in json || 'swagger' in json)) throw new InputError(`${path}: ${EXPECTED_INPUT}`);
  return json;
}

/** The text of a file, with the path and the reason when it cannot be used. */
export function readInputFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readSmallFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'is a directory, expected a JSON file'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'ENAMETOOLONG' ? 'the path is too long'
      : code === 'ENOTDIR' ? 'a component of the path is not a directory'
      : `cannot read the file (${code ?? String(error)})`;
    throw new InputError(`${path}: ${reason}`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(`${path}: is UTF-16 text; save it as UTF-8`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: is not UTF-8 text; save it as UTF-8`);
  }
  if (text.trim() === '') throw new InputError(`${path}: the file is empty, expected JSON`);
  return text;
}

/** The file's bytes; its size is checked on the open file, so nothing over the limit is read. */
function readSmallFile(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_INPUT_BYTES) {
      throw new InputError(`${path}: the file is ${size.toLocaleString('en-US')} bytes, over the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit for an input file`);
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** JSON.parse with `source:line:column: invalid JSON: why` on failure (a leading BOM is allowed). */
export function parseJsonWithPosition(text: string, source: string): unknown {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const tooDeep = findExcessiveNesting(withoutBom, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) throw new InputError(`${source}:${position(withoutBom, tooDeep)}: JSON nested deeper than ${MAX_JSON_DEPTH.toLocaleString('en-US')} levels`);
  try {
    return JSON.parse(withoutBom);
  } catch (error) {
    const found = findJsonSyntaxError(withoutBom);
    if (found === undefined) throw new InputError(`${source}: invalid JSON: ${(error as Error).message}`);
    throw new InputError(`${source}:${position(withoutBom, found.offset)}: invalid JSON: ${found.message}`);
  }
}

/** `line:column` of an offset, both from 1, the column counted in characters (code points). */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return `${line}:${column}`;
}
