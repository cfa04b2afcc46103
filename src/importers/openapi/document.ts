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
  return '#' + tokens.map((token) => '/' + String(token).replace(/~/g, '~0').replace(/\//g, '~1').replace(/[%\p{Cc}\u2028\u2029]/gu, encodeURIComponent)).join('');
}

/**
 * The document with every `$ref` replaced by what it points at (across files too; a circular schema
 * becomes a circular object). A `$ref` that points at nothing is an InputError naming where it stands.
 */
export async function dereferenceSpec(document: JsonObject, path: string): Promise<JsonObject> {
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

/** Calls `visit` for each `$ref` string with the tokens of the object holding it; each object once. */
function walkRefs(node: unknown, at: (string | number)[], visit: (ref: string, at: (string | number)[]) => void, seen = new Set<object>()): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    node.forEach((item, index) => walkRefs(item, [...at, index], visit, seen));
    return;
  }
  const record = node as JsonObject;
  if (typeof record['$ref'] === 'string') visit(record['$ref'], at);
  for (const [key, value] of Object.entries(record)) if (typeof value === 'object') walkRefs(value, [...at, key], visit, seen);
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
