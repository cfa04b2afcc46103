import { resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { isObject, type JsonObject } from '../json.js';

/** The spec versions read: Swagger 2.0, OpenAPI 3.0.x and 3.1.x. */
export type SpecVersion = '2.0' | '3.0' | '3.1';

/** An OpenAPI or Swagger document: an object with an `openapi` or `swagger` field. */
export function isSpecDocument(json: unknown): json is JsonObject {
  return isObject(json) && ('openapi' in json || 'swagger' in json);
}

/** The version the document declares; anything else is refused by name. */
export function specVersion(document: JsonObject, path: string): SpecVersion {
  const { openapi, swagger } = document;
  if (swagger !== undefined) {
    if (swagger === '2.0') return '2.0';
    throw new InputError(`${path}: #/swagger: unsupported Swagger version ${JSON.stringify(swagger)}; expected "2.0" (or an OpenAPI 3.0/3.1 document)`);
  }
  const match = typeof openapi === 'string' ? /^3\.([01])(\.\d+)?(-.*)?$/.exec(openapi) : null;
  if (match === null) throw new InputError(`${path}: #/openapi: unsupported OpenAPI version ${JSON.stringify(openapi)}; expected 3.0.x or 3.1.x (or "swagger": "2.0")`);
  return match[1] === '0' ? '3.0' : '3.1';
}

/** The one field every version needs to hold operations: `paths` (3.1 may have only webhooks instead). */
export function checkPaths(document: JsonObject, version: SpecVersion, path: string): void {
  if (isObject(document['paths'])) return;
  if (document['paths'] !== undefined) throw new InputError(`${path}: #/paths: expected an object of paths`);
  if (version === '3.1' && isObject(document['webhooks'])) return;
  throw new InputError(`${path}: #/paths: missing; an OpenAPI ${version} document lists its operations under "paths"`);
}

/**
 * `#/paths/~1pets~1{petId}/get`: RFC 6901 pointer text for error messages, in its URI fragment form as far as
 * '%' and control characters go (percent-encoded), so a key holding a line break cannot split a message.
 */
export function pointer(...tokens: (string | number)[]): string {
  let text = '#';
  for (const token of tokens) {
    const raw = String(token);
    // Most tokens (every parameter's, on every operation) need none of the three replacements.
    text += '/' + (ESCAPED_IN_POINTER.test(raw) ? raw.replace(/~/g, '~0').replace(/\//g, '~1').replace(/[%\p{Cc}\u2028\u2029]/gu, encodeURIComponent) : raw);
  }
  return text;
}

const ESCAPED_IN_POINTER = /[~/%\p{Cc}\u2028\u2029]/u;

/**
 * The document with every `$ref` replaced by what it points at (across files too; a circular schema
 * becomes a circular object). A `$ref` that points at nothing is an InputError naming where it stands.
 */
export async function dereferenceSpec(document: JsonObject, path: string): Promise<JsonObject> {
  // Most specs only point within themselves: done here, the parser is not even loaded (its module, its option
  // handling that loads fetch's Headers and its generic crawl took ~40% of reading a 1,000-operation spec). Every ref
  // then points at something, so only a document this leaves to the parser needs checkLocalRefs' walk.
  if (dereferencePlainRefs(document)) return document;
  checkLocalRefs(document, path);
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  try {
    // The parser takes the already-read document; the path is only the base for relative file refs.
    const dereferenced = await SwaggerParser.dereference(resolve(path), document as never, {
      resolve: { http: false },
      dereference: { circular: true },
    });
    return dereferenced as unknown as JsonObject;
  } catch (error) {
    throw new InputError(`${path}: ${describeRefError(document, error)}`);
  }
}

/** Local refs are checked here so the message can say where the broken one stands. */
function checkLocalRefs(document: JsonObject, path: string): void {
  walkRefs(document, [], (ref, at) => {
    if (!ref.startsWith('#')) return;
    if (resolveLocal(document, ref) === undefined) throw new InputError(`${path}: ${pointer(...at)}/$ref: ${JSON.stringify(ref)} points at nothing in this document`);
  });
}

function resolveLocal(document: JsonObject, ref: string): unknown {
  if (ref === '#') return document;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const token = decodedFragment(raw)?.replace(/~1/g, '/').replace(/~0/g, '~');
    if (token === undefined) return undefined;
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

/** A fragment's percent-decoded text; undefined for a malformed escape such as `%zz`. */
function decodedFragment(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Calls `visit` for each `$ref` string with the tokens of the object holding it; each object once. `at` is one
 * array pushed and popped along the walk (a copy per node was most of its time): read it during the call only.
 */
function walkRefs(node: unknown, at: (string | number)[], visit: (ref: string, at: (string | number)[]) => void, seen = new Set<object>()): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    node.forEach((item, index) => {
      at.push(index);
      walkRefs(item, at, visit, seen);
      at.pop();
    });
    return;
  }
  const record = node as JsonObject;
  if (typeof record['$ref'] === 'string') visit(record['$ref'], at);
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (typeof value !== 'object') continue;
    at.push(key);
    walkRefs(value, at, visit, seen);
    at.pop();
  }
}

/** The OpenAPI versions swagger-parser reads without a complaint; any other goes to it, for its own message. */
const PARSER_READS = /^3\.(?:0\.[0-4]|1\.[0-2])$/;
/** Past this nesting (the parser stops at 500, with its own message) the parser takes the document. */
const PLAIN_DEPTH = 400;

/** What swagger-parser takes for a `$ref` it resolves: an object with a non-empty `$ref` string. */
function isRef(node: unknown): node is JsonObject & { $ref: string } {
  return isObject(node) && typeof node['$ref'] === 'string' && node['$ref'] !== '';
}

/**
 * Replaces, in place, each `$ref` by the object it points at, giving the graph swagger-parser gives (each ref's place
 * holds its target, shared; a recursive schema becomes a cycle), for a document where that is all it does: a version
 * it reads, every `$ref` a `#/` pointer without `%` escapes and with no sibling keys, pointing at an object that is
 * no `$ref` through objects that are none, no `$id` or `$schema` to change where refs resolve, nesting within bounds.
 * False, the document untouched, for any other: the parser takes it. Broken pointers are `checkLocalRefs`'s to report.
 */
export function dereferencePlainRefs(document: JsonObject): boolean {
  const info = document['info'];
  if (isObject(info) && typeof info['version'] === 'number') return false;
  const { openapi, swagger } = document;
  if (swagger !== undefined ? swagger !== '2.0' : typeof openapi !== 'string' || !PARSER_READS.test(openapi)) return false;
  const places: { holder: Record<string, unknown>; key: string; target: object }[] = [];
  const visited = new Set<object>();
  // Depth first in key order, a ref's target visited where the ref stands: the parser's order, so its depth too.
  const visit = (node: object, depth: number): boolean => {
    visited.add(node);
    if (depth > PLAIN_DEPTH) return false;
    const record = node as Record<string, unknown>;
    if (!Array.isArray(node) && (typeof record['$schema'] === 'string' || (typeof record['$id'] === 'string' && record['$id'] !== ''))) return false;
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (typeof value !== 'object' || value === null) continue;
      let child: object = value;
      if (isRef(value)) {
        const target = plainTarget(document, value);
        if (target === undefined) return false;
        places.push({ holder: record, key, target });
        child = target;
      }
      if (!visited.has(child) && !visit(child, depth + 1)) return false;
    }
    return true;
  };
  if (isRef(document) || !visit(document, 0)) return false;
  for (const { holder, key, target } of places) holder[key] = target;
  return true;
}

/** What a plain ref points at (see `dereferencePlainRefs`), else undefined. */
function plainTarget(document: JsonObject, ref: JsonObject & { $ref: string }): object | undefined {
  if (Object.keys(ref).length !== 1 || !ref.$ref.startsWith('#/') || ref.$ref.includes('%')) return undefined;
  let node: unknown = document;
  for (const raw of ref.$ref.slice(2).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      if (!/^(?:0|[1-9]\d*)$/.test(token) || Number(token) >= node.length) return undefined;
      node = node[Number(token)];
    } else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
    if (typeof node !== 'object' || node === null || isRef(node)) return undefined;
  }
  return node as object;
}

/** The parser's message about an external ref, with where that ref stands when it can be found. */
function describeRefError(document: JsonObject, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trimEnd();
  // The parser's own check of the document (not about a $ref): its words, without the absolute path it adds.
  if (error instanceof SyntaxError) return message.replace(/^\S+ is not/, 'not');
  let site: string | undefined;
  walkRefs(document, [], (ref, at) => {
    const file = ref.split('#')[0]!;
    if (site === undefined && file !== '' && message.includes(file)) site = `${pointer(...at)}/$ref: ${JSON.stringify(ref)}`;
  });
  return site === undefined ? `cannot resolve a $ref: ${message}` : `${site} cannot be resolved: ${message}`;
}
