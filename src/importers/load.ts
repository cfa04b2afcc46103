import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { InputError } from '../errors.js';
import type { RequestInput } from '../model/schema.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { isObject, type JsonObject } from './json.js';
import { importPostmanCollection, type ImportedRequest } from './postman.js';

export type { ImportedRequest } from './postman.js';

export interface LoadedInput {
  /** `request`: one request model or an array of them; `collection`: a Postman collection. */
  kind: 'request' | 'collection';
  requests: ImportedRequest[];
  /** The collection's variable values (empty for request models). */
  variables: Record<string, string>;
  warnings: string[];
}

const EXPECTED_INPUT = 'expected a request model (an object with "url") or a Postman Collection v2.1 (an object with "info" and "item")';

/**
 * Reads an input file: a request model, an array of request models, or a Postman collection.
 * Request models are returned as written; they are validated when generated.
 */
export function loadInput(path: string): LoadedInput {
  const json = parseJsonWithPosition(readInputFile(path), path);
  // The Postman API wraps a collection as {"collection": {...}}.
  const collection = isObject(json) && isObject(json['collection']) && json['info'] === undefined ? json['collection'] : json;
  if (isObject(collection) && isPostmanCollection(collection)) {
    try {
      return { kind: 'collection', ...importPostmanCollection(collection) };
    } catch (error) {
      throw error instanceof InputError ? new InputError(`${path}: ${error.message}`) : error;
    }
  }

  const fallbackName = basename(path, extname(path));
  if (isObject(json) && 'url' in json) {
    return { kind: 'request', requests: [asImported(json, fallbackName)], variables: {}, warnings: [] };
  }
  if (Array.isArray(json)) {
    if (json.length === 0) throw new InputError(`${path}: the array holds no request models; ${EXPECTED_INPUT}`);
    const requests = json.map((entry, index) => {
      if (!isObject(entry) || !('url' in entry)) throw new InputError(`${path}: [${index}] is not a request model (an object with "url")`);
      return asImported(entry, `${fallbackName}-${index + 1}`);
    });
    return { kind: 'request', requests, variables: {}, warnings: [] };
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

/** The text of a file, with the path and the reason when it cannot be used. */
export function readInputFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'is a directory, expected a JSON file'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : `cannot read the file (${code ?? String(error)})`;
    throw new InputError(`${path}: ${reason}`);
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

/** JSON.parse with `source:line:column: invalid JSON: why` on failure (a leading BOM is allowed). */
export function parseJsonWithPosition(text: string, source: string): unknown {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(withoutBom);
  } catch (error) {
    const found = findJsonSyntaxError(withoutBom);
    if (found === undefined) throw new InputError(`${source}: invalid JSON: ${(error as Error).message}`);
    const before = withoutBom.slice(0, found.offset);
    const line = before.split('\n').length;
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    throw new InputError(`${source}:${line}:${column}: invalid JSON: ${found.message}`);
  }
}
