import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { OpenAPIBackend, type Operation } from 'openapi-backend';
import swagger2openapi from 'swagger2openapi';
import { parse as parseYaml } from 'yaml';
import { decodeLenient } from '../../../src/model/encoding/percent.js';
import type { SpecOperation } from '../../../src/importers/types.js';
import { parameter, splitMultipart } from '../compare.js';
import type { RecordedRequest } from '../recorder.js';
import { addOpenApiFormats, requestView, toDraft7 } from './json-schema.js';

// CommonJS with its class as `exports.default`: required, so Node and vitest agree on what the import is.
const { default: OpenAPIRequestValidator } = createRequire(import.meta.url)('openapi-request-validator') as typeof import('openapi-request-validator');
type OpenAPIRequestValidator = InstanceType<typeof OpenAPIRequestValidator>;

type JsonObject = Record<string, unknown>;
type Kind = 'primitive' | 'array' | 'object';

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  style?: string;
  explode?: boolean;
  schema?: JsonObject;
  content?: Record<string, { schema?: JsonObject }>;
}

/** What a request validator library receives: each parameter deserialized as its style says, the body decoded by its media type. */
export interface DecodedRequest {
  path: JsonObject;
  query: JsonObject;
  header: JsonObject;
  cookie: JsonObject;
  requestBody?: unknown;
}

/**
 * Validates requests recorded on the wire against a spec's operation with two request validator libraries, after
 * deserializing each parameter by its style and explode as the OpenAPI specification defines them: openapi-backend (its Ajv
 * validators for the operation's parameters, cookies and JSON/form/multipart body, every format checked), then
 * openapi-request-validator (path, query, header parameters and the body of the media type sent; it takes values already
 * typed, so it sees them as openapi-backend coerced them). Swagger 2.0 documents are converted to
 * OpenAPI 3 first (swagger2openapi). Security is checked for presence (one of the operation's requirements met),
 * which is all a placeholder credential can prove.
 */
export class SpecValidator {
  /** openapi-request-validator instances by operation and whether a decoded body is checked. */
  private readonly secondValidators = new Map<string, OpenAPIRequestValidator>();

  private constructor(private readonly api: OpenAPIBackend) {}

  static async load(file: string): Promise<SpecValidator> {
    let document = parseYaml(readFileSync(file, 'utf8')) as JsonObject;
    if (typeof document.swagger === 'string') document = (await swagger2openapi.convertObj(document, { patch: true, warnOnly: true })).openapi;
    nameOperations(document);
    // openapi-backend cannot take circular schemas (it recurses through them before compiling): its document is a tree.
    document = requestView(toDraft7(resolveRefs(document))) as JsonObject;
    // quick: no check of the document itself (openapi-backend checks 3.1 documents against the 3.0 schema); it has no $ref left to resolve.
    const api = new OpenAPIBackend({ definition: document as never, quick: true, strict: true, validate: true, ajvOpts: { allErrors: true }, customizeAjv: (ajv) => addOpenApiFormats(ajv) });
    await api.init();
    return new SpecValidator(api);
  }

  /** What is wrong with the request for the operation, each naming where; empty when it is valid. */
  validate(recorded: RecordedRequest, operation: SpecOperation): string[] {
    const spec = this.api.router.getOperations().find((candidate) => candidate.method === operation.method.toLowerCase() && candidate.path === operation.path);
    if (spec === undefined) return [`the spec has no operation ${operation.method} ${operation.path}`];
    const problems: string[] = [];
    if (recorded.method !== operation.method.toUpperCase()) problems.push(`method: sent ${recorded.method}, the operation is ${operation.method.toUpperCase()}`);
    const queryCredentials: JsonObject = {};
    const decoded = decodeRequest(recorded, spec, this.securitySchemes(), queryCredentials, problems);
    if (decoded === undefined) return problems;
    for (const validate of this.api.validator.getRequestValidatorsForOperation(spec.operationId!)) {
      validate(decoded);
      for (const error of validate.errors ?? []) problems.push(`openapi-backend: ${error.instancePath || '/'}: ${error.message ?? error.keyword}${error.params && Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : ''}`);
    }
    problems.push(...this.secondOpinion(spec, decoded));
    problems.push(...this.checkSecurity(recorded, spec, { ...decoded, query: { ...decoded.query, ...queryCredentials } }));
    return problems;
  }

  private secondOpinion(operation: Operation, decoded: DecodedRequest): string[] {
    // Bodies that were not decoded (files, text, XML) had their presence and media type checked already.
    const withBody = decoded.requestBody !== undefined;
    const key = `${operation.operationId} ${withBody}`;
    let validator = this.secondValidators.get(key);
    if (validator === undefined) {
      // Cookies are not among what it checks.
      const parameters = ((operation.parameters ?? []) as ParameterObject[]).filter((p) => p.in !== 'cookie');
      validator = new OpenAPIRequestValidator({ parameters: parameters as never, ...(withBody && { requestBody: operation.requestBody as never }) });
      this.secondValidators.set(key, validator);
    }
    const result = validator.validateRequest({ headers: decoded.header, params: decoded.path, query: decoded.query, body: decoded.requestBody }) as { errors?: { location?: string; path?: string; message: string }[] } | undefined;
    return (result?.errors ?? []).map((error) => `openapi-request-validator: ${[error.location, error.path].filter(Boolean).join('/')}: ${error.message}`);
  }

  private securitySchemes(): Record<string, JsonObject> {
    const components = (this.api.definition as { components?: { securitySchemes?: Record<string, JsonObject> } }).components;
    return components?.securitySchemes ?? {};
  }

  /** One of the operation's security requirements (alternatives) must be fully present; an empty one means none is needed. */
  private checkSecurity(recorded: RecordedRequest, operation: Operation, decoded: DecodedRequest): string[] {
    const requirements = (operation.security ?? []) as Record<string, string[]>[];
    if (requirements.length === 0) return [];
    const schemes = this.securitySchemes();
    const missing = requirements.map((requirement) => Object.keys(requirement).flatMap((name) => missingCredential(name, schemes[name], recorded, decoded)));
    if (missing.some((problems) => problems.length === 0)) return [];
    return [`security: no requirement of the operation is met (${missing.map((problems) => problems.join(' and ')).join('; or ')})`];
  }
}

/** How many times a schema may nest inside itself before the tree accepts anything there. */
const RECURSION_DEPTH = 3;

/** The document with its local `$ref`s replaced by what they point at; a recursive schema is unrolled RECURSION_DEPTH times. */
function resolveRefs(document: JsonObject): JsonObject {
  const resolve = (node: unknown, chain: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => resolve(item, chain));
    if (typeof node !== 'object' || node === null) return node;
    const ref = (node as JsonObject).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/')) {
      if (chain.filter((seen) => seen === ref).length >= RECURSION_DEPTH) return {};
      const target = ref
        .slice(2)
        .split('/')
        .map((token) => decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<unknown>((at, token) => (at as JsonObject | undefined)?.[token], document);
      if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
      return resolve(target, [...chain, ref]);
    }
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, resolve(child, chain)]));
  };
  return resolve(document, []) as JsonObject;
}

/** openapi-backend builds validators only for operations with an operationId: the others get `METHOD path`. */
function nameOperations(document: JsonObject): void {
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, JsonObject>)) {
    for (const method of ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']) {
      const operation = item[method] as JsonObject | undefined;
      if (operation !== undefined && typeof operation.operationId !== 'string') operation.operationId = `${method.toUpperCase()} ${path}`;
    }
  }
}

function missingCredential(name: string, scheme: JsonObject | undefined, recorded: RecordedRequest, decoded: DecodedRequest): string[] {
  if (scheme === undefined) return [`unknown scheme ${name}`];
  const authorization = headerText(recorded, 'authorization');
  if (scheme.type === 'apiKey') {
    const key = String(scheme.name);
    const where = scheme.in as 'query' | 'header' | 'cookie';
    const value = where === 'header' ? headerText(recorded, key.toLowerCase()) : decoded[where][key];
    return typeof value === 'string' && value !== '' ? [] : [`${name}: no ${where} ${key}`];
  }
  if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic') {
    const match = /^Basic ([A-Za-z0-9+/]+={0,2})$/i.exec(authorization ?? '');
    const credentials = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
    return credentials.includes(':') ? [] : [`${name}: no Authorization: Basic <Base64 of user:password> (sent ${JSON.stringify(authorization)})`];
  }
  // http bearer (or another http scheme), oauth2, openIdConnect: a token after the scheme's name.
  const expected = scheme.type === 'http' ? String(scheme.scheme) : 'Bearer';
  return new RegExp(`^${expected} \\S+$`, 'i').test(authorization ?? '') ? [] : [`${name}: no Authorization: ${expected} <token> (sent ${JSON.stringify(authorization)})`];
}

function headerText(recorded: RecordedRequest, lowerName: string): string | undefined {
  const values = recorded.headers.filter((header) => header.name.toLowerCase() === lowerName).map((header) => header.value.toString('utf8'));
  return values.length === 0 ? undefined : values.join(', ');
}

/** The parameters and body as a validator library wants them, or undefined (with problems) when the request cannot be read at all. */
function decodeRequest(recorded: RecordedRequest, operation: Operation, schemes: Record<string, JsonObject>, queryCredentials: JsonObject, problems: string[]): DecodedRequest | undefined {
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  const target = recorded.target.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?]*/, '');
  const queryStart = target.indexOf('?');
  const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
  const rawQuery = queryStart === -1 ? '' : target.slice(queryStart + 1);

  const path = decodePath(rawPath, operation.path, parameters.filter((p) => p.in === 'path'), problems);
  if (path === undefined) return undefined;
  const securityQueryNames = new Set(Object.values(schemes).filter((s) => s.type === 'apiKey' && s.in === 'query').map((s) => String(s.name)));
  const query = decodeQuery(rawQuery, parameters.filter((p) => p.in === 'query'), securityQueryNames, queryCredentials, problems);
  const header: JsonObject = {};
  for (const { name, value } of recorded.headers) {
    const key = name.toLowerCase();
    header[key] = header[key] === undefined ? value.toString('utf8') : `${String(header[key])}, ${value.toString('utf8')}`;
  }
  for (const param of parameters.filter((p) => p.in === 'header')) {
    const key = param.name.toLowerCase();
    if (typeof header[key] === 'string') header[key] = param.content ? parseJson(header[key] as string, `header ${param.name}`, problems) : splitValue(header[key] as string, ',', kindOf(param.schema), param.explode ?? false, (s) => s);
  }
  const cookie = decodeCookies(typeof header.cookie === 'string' ? header.cookie : '', parameters.filter((p) => p.in === 'cookie'));
  const decoded: DecodedRequest = { path, query, header, cookie };
  const body = decodeBody(recorded, operation, problems);
  if (body !== undefined) decoded.requestBody = body;
  return decoded;
}

/** Path parameters by style (simple, label, matrix) and explode, read from the path the client sent. */
function decodePath(rawPath: string, template: string, parameters: ParameterObject[], problems: string[]): JsonObject | undefined {
  const names: string[] = [];
  const pattern = template.replace(/\{([^}]+)\}|[^{]+/g, (literal, name: string | undefined) => {
    if (name === undefined) return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    names.push(name);
    return '([^/]*)';
  });
  const match = new RegExp(`^${pattern}$`).exec(rawPath);
  if (match === null) {
    problems.push(`path: sent ${JSON.stringify(rawPath)}, which does not fit the operation's path ${template}`);
    return undefined;
  }
  const values: JsonObject = {};
  names.forEach((name, index) => {
    const raw = match[index + 1]!;
    const param = parameters.find((p) => p.name === name);
    const style = param?.style ?? 'simple';
    const explode = param?.explode ?? false;
    const kind = kindOf(param?.schema);
    let text = raw;
    if (style === 'label') {
      if (!raw.startsWith('.')) problems.push(`path parameter ${name}: label style wants a leading ".", sent ${JSON.stringify(raw)}`);
      text = raw.slice(1);
      values[name] = splitValue(text, explode ? '.' : ',', kind, explode, decodeLenient);
      return;
    }
    if (style === 'matrix') {
      const prefix = `;${name}=`;
      if (kind === 'object' && explode) {
        values[name] = Object.fromEntries(raw.split(';').slice(1).map((pair) => pair.split('=').map(decodeLenient) as [string, string]));
        return;
      }
      if (kind === 'array' && explode) {
        values[name] = raw.split(';').slice(1).map((pair) => decodeLenient(pair.slice(name.length + 1)));
        return;
      }
      if (!raw.startsWith(prefix)) problems.push(`path parameter ${name}: matrix style wants ${JSON.stringify(prefix)}, sent ${JSON.stringify(raw)}`);
      text = raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
    }
    values[name] = splitValue(text, ',', kind, explode, decodeLenient);
  });
  return values;
}

/**
 * Query parameters by style (form, spaceDelimited, pipeDelimited, deepObject) and explode. Pairs no parameter claims stay as
 * sent, so the validator sees undeclared parameters; an apiKey sent in the query goes to `credentials`, for the security check.
 */
function decodeQuery(rawQuery: string, parameters: ParameterObject[], securityNames: ReadonlySet<string>, credentials: JsonObject, problems: string[]): JsonObject {
  let pairs = rawQuery
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return { key: decodeLenient(eq === -1 ? pair : pair.slice(0, eq)), raw: eq === -1 ? '' : pair.slice(eq + 1) };
    });
  const query: JsonObject = {};
  const take = (accept: (key: string) => boolean) => {
    const taken = pairs.filter((pair) => accept(pair.key));
    pairs = pairs.filter((pair) => !accept(pair.key));
    return taken;
  };
  for (const param of parameters) {
    const style = param.style ?? 'form';
    const explode = param.explode ?? style === 'form';
    const kind = kindOf(param.schema);
    if (style === 'deepObject') {
      const prefix = `${param.name}[`;
      const taken = take((key) => key.startsWith(prefix) && key.endsWith(']'));
      if (taken.length > 0) query[param.name] = Object.fromEntries(taken.map(({ key, raw }) => [key.slice(prefix.length, -1), decodeLenient(raw)]));
      continue;
    }
    if (kind === 'object' && explode) {
      const properties = Object.keys((param.schema?.properties ?? {}) as JsonObject);
      const declared = new Set(parameters.map((p) => p.name));
      const open = param.schema?.additionalProperties !== undefined && param.schema.additionalProperties !== false;
      const taken = take((key) => properties.includes(key) || (open && !declared.has(key) && !securityNames.has(key)));
      if (taken.length > 0) query[param.name] = Object.fromEntries(taken.map(({ key, raw }) => [key, decodeLenient(raw)]));
      continue;
    }
    const taken = take((key) => key === param.name);
    if (taken.length === 0) continue;
    if (param.content) {
      query[param.name] = parseJson(decodeLenient(taken[0]!.raw), `query ${param.name}`, problems);
    } else if (kind === 'array' && explode) {
      query[param.name] = taken.map(({ raw }) => decodeLenient(raw));
    } else {
      if (taken.length > 1) problems.push(`query parameter ${param.name}: sent ${taken.length} times, its style (${style}, explode ${explode}) sends it once`);
      const delimiter = style === 'spaceDelimited' ? /%20| |\+/ : style === 'pipeDelimited' ? /%7C|\|/i : ',';
      query[param.name] = splitValue(taken[0]!.raw, delimiter, kind, false, decodeLenient);
    }
  }
  for (const { key, raw } of pairs) {
    if (securityNames.has(key)) credentials[key] = decodeLenient(raw);
    else query[key] = decodeLenient(raw);
  }
  return query;
}

function decodeCookies(cookieHeader: string, parameters: ParameterObject[]): JsonObject {
  const cookies: JsonObject = {};
  for (const pair of cookieHeader.split(/;\s*/).filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    cookies[name] = eq === -1 ? '' : pair.slice(eq + 1);
  }
  for (const param of parameters) {
    const value = cookies[param.name];
    if (typeof value === 'string') cookies[param.name] = splitValue(value, ',', kindOf(param.schema), false, decodeLenient);
  }
  return cookies;
}

/** A serialized value split by its delimiter: an array's items, or an object's `k,v,k,v` (or exploded `k=v`) entries. */
function splitValue(text: string, delimiter: string | RegExp, kind: Kind, explode: boolean, decode: (s: string) => string): unknown {
  if (kind === 'primitive') return decode(text);
  const items = text === '' ? [] : text.split(delimiter);
  if (kind === 'array') return items.map(decode);
  if (explode) return Object.fromEntries(items.map((item) => item.split('=').map(decode) as [string, string]));
  const entries: [string, string][] = [];
  for (let i = 0; i + 1 < items.length; i += 2) entries.push([decode(items[i]!), decode(items[i + 1]!)]);
  return Object.fromEntries(entries);
}

function kindOf(schema: JsonObject | undefined): Kind {
  if (schema === undefined) return 'primitive';
  const types = Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null') : [schema.type];
  if (types.includes('array') || schema.items !== undefined) return 'array';
  if (types.includes('object') || schema.properties !== undefined || schema.additionalProperties !== undefined) return 'object';
  return 'primitive';
}

function parseJson(text: string, where: string, problems: string[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push(`${where}: not JSON (${(error as Error).message})`);
    return text;
  }
}

/**
 * The body by the media type the client sent (which must be one the operation accepts): JSON parsed, a form or multipart
 * body as an object of its fields with text coerced to the property types (form values are text), any other body
 * only checked for presence. Undefined when nothing was sent.
 */
function decodeBody(recorded: RecordedRequest, operation: Operation, problems: string[]): unknown {
  const requestBody = operation.requestBody as { required?: boolean; content?: Record<string, { schema?: JsonObject }> } | undefined;
  const sent = recorded.body.length > 0;
  if (requestBody === undefined) {
    if (sent) problems.push(`body: the operation takes none, ${recorded.body.length} bytes were sent`);
    return undefined;
  }
  if (!sent) {
    if (requestBody.required === true) problems.push('body: required by the operation, none was sent');
    return undefined;
  }
  const contentType = headerText(recorded, 'content-type') ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  const accepted = Object.keys(requestBody.content ?? {});
  const matched = accepted.find((key) => key.toLowerCase() === mediaType) ?? accepted.find((key) => key.endsWith('/*') && (key === '*/*' || mediaType.startsWith(key.slice(0, -1).toLowerCase())));
  if (matched === undefined) {
    problems.push(`body: Content-Type ${JSON.stringify(contentType)} is not one the operation accepts (${accepted.join(', ')})`);
    return undefined;
  }
  const schema = requestBody.content?.[matched]?.schema;
  if (/[/+]json$/.test(mediaType)) return parseJson(recorded.body.toString('utf8'), 'body', problems);
  if (mediaType === 'application/x-www-form-urlencoded') {
    const fields = new Map<string, string[]>();
    for (const [key, value] of new URLSearchParams(recorded.body.toString('utf8'))) fields.set(key, [...(fields.get(key) ?? []), value]);
    return coerceFields(fields, schema);
  }
  if (mediaType === 'multipart/form-data') {
    const boundary = parameter(contentType, 'boundary');
    if (boundary === undefined) {
      problems.push(`body: multipart Content-Type without a boundary: ${JSON.stringify(contentType)}`);
      return undefined;
    }
    const fields = new Map<string, string[]>();
    try {
      for (const part of splitMultipart(recorded.body, boundary)) {
        const name = part.name?.unescaped ?? '';
        fields.set(name, [...(fields.get(name) ?? []), part.content.toString('utf8')]);
      }
    } catch (error) {
      problems.push(`body: ${(error as Error).message}`);
      return undefined;
    }
    return coerceFields(fields, schema);
  }
  // A file, XML or text body: its presence and media type are what can be checked.
  return undefined;
}

/** Form fields as the object the media type's schema describes: repeated or array fields as arrays, text read as numbers, booleans or JSON where the property says so. */
function coerceFields(fields: ReadonlyMap<string, string[]>, schema: JsonObject | undefined): JsonObject {
  const properties = (schema?.properties ?? {}) as Record<string, JsonObject>;
  const result: JsonObject = {};
  for (const [name, values] of fields) {
    const property = properties[name];
    const kind = kindOf(property);
    if (kind === 'array') result[name] = values.map((value) => coerceText(value, property?.items as JsonObject | undefined));
    else result[name] = coerceText(values[values.length - 1]!, property);
  }
  return result;
}

function coerceText(text: string, schema: JsonObject | undefined): unknown {
  const types = schema === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if ((types.includes('integer') || types.includes('number')) && text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  if (kindOf(schema) === 'object') {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}
