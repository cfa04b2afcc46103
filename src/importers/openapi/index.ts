/** OpenAPI 3.0/3.1 and Swagger 2.0 documents: one request per operation, sending what the spec accepts. */
import { InputError } from '../../errors.js';
import { encodePathSegment } from '../../model/encoding/percent.js';
import type { Header, KeyValue, RequestInput } from '../../model/schema.js';
import { templatePieces } from '../../text.js';
import { isObject, type JsonObject } from '../json.js';
import type { ExampleResponse, ImportedRequest } from '../types.js';
import { baseMediaType, mapBody, preferredMediaType, type MappedBody } from './body.js';
import { checkPaths, dereferenceSpec, pointer, specVersion, type SpecVersion } from './document.js';
import { collectionStyle, parameterStyle, serializeCookie, serializeHeader, serializePath, serializeQuery, valueText, type ParameterLocation, type Style } from './parameters.js';
import { mapSecurity } from './security.js';
import { joinUrl, serverUrl, swaggerBaseUrl, type BaseUrl } from './servers.js';
import { chooseValue, ownExample, schemaHasExample, type ExampleSite } from './values.js';

export { isSpecDocument } from './document.js';

export interface SpecImportOptions {
  /** Operations to import, each an operationId or `METHOD /path`; with `tags`, those named here or tagged; all when both are empty. */
  operations?: readonly string[];
  /** Operations with one of these tags (besides those `operations` names). */
  tags?: readonly string[];
  /** Replaces the spec's servers (scheme, host, port and base path) for every operation; may hold {{placeholders}}. */
  server?: string;
  /** The request body's media type, for operations that accept it (the others keep their preferred one). */
  mediaType?: string;
  /** One request per request-body media type instead of the preferred one. */
  allMediaTypes?: boolean;
  /** Name of the `examples` entry to use where a parameter or media type has it. */
  example?: string;
  /** Include optional parameters that have no example too. */
  allParams?: boolean;
  /** Values of server variables (CLI --var). */
  vars?: Readonly<Record<string, string>>;
}

export interface ImportedSpec {
  requests: ImportedRequest[];
  warnings: string[];
  /** The --operation selectors that named an operation of this spec. */
  matchedOperations: Set<string>;
  /** The API's name (`info.title`). */
  title?: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
/**
 * OpenAPI 3 says header parameters named Accept, Content-Type or Authorization are ignored; the body and the
 * security scheme set the last two. Accept is sent all the same: request validators check it against its schema;
 * so is a required Authorization parameter when the security does not set that header (validators require it).
 */
const IGNORED_HEADERS = new Set(['content-type', 'authorization']);

/** A parameter of either version, with how its value is written. */
interface Parameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  style: Style;
  explode: boolean;
  /** What holds `example`/`examples` for it. */
  holder: JsonObject;
  /** The JSON pointer of an example in `holder` (`['example']`...), as it stands in the spec. */
  examplePointer: ExampleSite['pointer'];
  schema: unknown;
  /** 3.x `content`: the value is sent as text of this media type (JSON for a JSON type). */
  mediaType?: string;
  where: string;
}

/**
 * The example of the operation's first successful response (2xx, else `default`) that has one written in the spec (`example`,
 * the first of `examples`; Swagger 2's `examples` by media type): what its docs show. Schemas are not sampled here: a made-up
 * response would read as a real one.
 */
function responseExamples(operation: JsonObject, version: SpecVersion): ExampleResponse[] {
  const responses = isObject(operation['responses']) ? operation['responses'] : {};
  const codes = Object.keys(responses).filter((code) => /^2\d\d$/.test(code));
  for (const code of [...codes, 'default']) {
    const response = responses[code];
    if (!isObject(response)) continue;
    const status = code === 'default' ? undefined : Number(code);
    const name = `${code === 'default' ? 'Default' : code} response`;
    const found = version === '2.0' ? swaggerExample(response) : openApiExample(response);
    if (found !== undefined) return [{ name, ...(status !== undefined && { status }), contentType: found.mediaType, body: exampleText(found.value, found.mediaType) }];
  }
  return [];
}

function openApiExample(response: JsonObject): { mediaType: string; value: unknown } | undefined {
  const content = isObject(response['content']) ? response['content'] : {};
  for (const [mediaType, media] of Object.entries(content)) {
    if (!isObject(media)) continue;
    if (media['example'] !== undefined) return { mediaType, value: media['example'] };
    const first = isObject(media['examples']) ? Object.values(media['examples']).find((example) => isObject(example) && example['value'] !== undefined) : undefined;
    if (isObject(first)) return { mediaType, value: first['value'] };
  }
  return undefined;
}

function swaggerExample(response: JsonObject): { mediaType: string; value: unknown } | undefined {
  const examples = isObject(response['examples']) ? Object.entries(response['examples']) : [];
  const [mediaType, value] = examples[0] ?? [];
  return mediaType === undefined ? undefined : { mediaType, value };
}

/** A string example as written; anything else as indented JSON. */
function exampleText(value: unknown, mediaType: string): string {
  if (typeof value === 'string' && !/[/+]json\b/i.test(mediaType)) return value;
  return JSON.stringify(value, null, 2);
}

export async function importSpec(raw: JsonObject, path: string, options: SpecImportOptions = {}): Promise<ImportedSpec> {
  const version = specVersion(raw, path);
  checkPaths(raw, version, path);
  const document = await dereferenceSpec(raw, path);
  const specWarnings = new Set<string>();
  const warnings: string[] = [];
  const requests: ImportedRequest[] = [];
  const matchedOperations = new Set<string>();
  const paths = isObject(document['paths']) ? document['paths'] : {};
  const schemes = (version === '2.0' ? document['securityDefinitions'] : isObject(document['components']) ? document['components']['securitySchemes'] : undefined) ?? {};

  for (const [pathKey, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation) || (version === '2.0' && method === 'trace')) continue;
      const upper = method.toUpperCase();
      const operationId = typeof operation['operationId'] === 'string' && operation['operationId'] !== '' ? operation['operationId'] : undefined;
      const selectors = (options.operations ?? []).filter((selector) => selector === operationId || sameOperation(selector, upper, pathKey));
      const tags = Array.isArray(operation['tags']) ? operation['tags'].filter((tag): tag is string => typeof tag === 'string') : [];
      // --operation and --tag add up: an operation named by either is selected.
      const selecting = (options.operations ?? []).length > 0 || (options.tags ?? []).length > 0;
      if (selecting && selectors.length === 0 && !tags.some((tag) => options.tags?.includes(tag))) continue;
      for (const selector of selectors) matchedOperations.add(selector);

      const where = `${path}: ${pointer('paths', pathKey, method)}`;
      const context: OperationContext = { version, document, pathKey, pathItem, operation, method: upper, where, options, schemes: isObject(schemes) ? schemes : {}, path, specWarnings };
      const variants = mapOperation(context);
      const title = typeof operation['summary'] === 'string' && operation['summary'].trim() !== '' ? operation['summary'].trim() : operationId ?? `${upper} ${pathKey}`;
      const description = typeof operation['description'] === 'string' && operation['description'].trim() !== '' ? operation['description'] : undefined;
      const responses = responseExamples(operation, version);
      for (const variant of variants) {
        for (const warning of variant.warnings) warnings.push(`${upper} ${pathKey}: ${warning}`);
        const several = variants.length > 1;
        const name = several ? `${title} (${variant.mediaType})` : title;
        requests.push({
          name,
          folders: tags.length > 0 ? [tags[0]!] : [],
          request: { ...variant.request, name, ...(description !== undefined && { description }) },
          operation: { ...(operationId !== undefined && { operationId }), method: upper, path: pathKey, ...(several && variant.mediaType !== undefined && { mediaType: variant.mediaType }) },
          ...(responses.length > 0 && { responses }),
        });
      }
    }
  }
  if (options.example !== undefined && requests.length > 0 && !hasNamedExample(paths, options.example)) {
    specWarnings.add(`no parameter or media type has an example named ${JSON.stringify(options.example)} (--example); each uses its first`);
  }
  if (requests.length === 0 && (options.operations ?? []).length === 0 && (options.tags ?? []).length === 0) {
    warnings.push(isObject(document['webhooks']) ? 'the spec has only webhooks, which get no snippets: nothing to build' : 'the spec has no operations: nothing to build');
  }
  const title = isObject(document['info']) && typeof document['info']['title'] === 'string' ? document['info']['title'].trim() : '';
  return { requests, warnings: [...specWarnings, ...new Set(warnings)], matchedOperations, ...(title !== '' && { title }) };
}

/** Whether some `examples` map (of a parameter or media type; a schema's `examples` is a list) has this name. */
function hasNamedExample(node: unknown, name: string, seen = new Set<object>()): boolean {
  if (typeof node !== 'object' || node === null || seen.has(node)) return false;
  seen.add(node);
  const record = node as JsonObject;
  if (isObject(record['examples']) && Object.hasOwn(record['examples'], name)) return true;
  return Object.values(record).some((child) => hasNamedExample(child, name, seen));
}

/** `GET /pets/{petId}` names the operation at that path key with that method (any case). */
function sameOperation(selector: string, method: string, pathKey: string): boolean {
  const match = /^([A-Za-z]+)\s+(\S.*)$/.exec(selector.trim());
  return match !== null && match[1]!.toUpperCase() === method && match[2] === pathKey;
}

interface OperationContext {
  version: SpecVersion;
  document: JsonObject;
  pathKey: string;
  pathItem: JsonObject;
  operation: JsonObject;
  method: string;
  /** `spec.yaml: #/paths/~1pets/get`, for error messages. */
  where: string;
  options: SpecImportOptions;
  schemes: JsonObject;
  path: string;
  specWarnings: Set<string>;
}

interface Variant {
  request: RequestInput;
  mediaType?: string;
  warnings: string[];
}

function mapOperation(context: OperationContext): Variant[] {
  const { options, operation } = context;
  const warnings: string[] = [];
  const parameters = mergedParameters(context);
  const base = baseUrl(context);
  // About the spec's servers, not this operation: said once for the file.
  if (base.warning !== undefined) context.specWarnings.add(base.warning);

  const security = mapSecurity(operation, context.document, context.schemes);
  const securitySetsAuthorization = security.auth !== undefined || security.headers.some((header) => header.name.toLowerCase() === 'authorization');
  const query: KeyValue[] = [];
  const headers: Header[] = [];
  const cookies: string[] = [];
  const pathValues = new Map<string, string>();
  for (const parameter of parameters) {
    const own = ownExample(parameter.holder, options.example);
    const hasExample = own !== undefined || schemaHasExample(parameter.schema);
    if (!parameter.required && !hasExample && options.allParams !== true) continue;
    const name = parameter.name.toLowerCase();
    const sentAnyway = name === 'authorization' && parameter.required && !securitySetsAuthorization;
    if (parameter.in === 'header' && context.version !== '2.0' && IGNORED_HEADERS.has(name) && !sentAnyway) continue;
    const value = parameterValue(parameter, options.example, warnings);
    switch (parameter.in) {
      case 'path':
        pathValues.set(parameter.name, serializePath(parameter.name, value, parameter.style, parameter.explode));
        break;
      case 'query':
        query.push(...serializeQuery(parameter.name, value, parameter.style, parameter.explode));
        break;
      case 'header':
        headers.push({ name: parameter.name, value: serializeHeader(value, parameter.explode) });
        break;
      case 'cookie':
        cookies.push(...serializeCookie(parameter.name, value, parameter.explode));
        break;
    }
  }

  warnings.push(...security.warnings);
  query.push(...security.query);
  headers.push(...security.headers);
  cookies.push(...security.cookies);
  if (cookies.length > 0) headers.push({ name: 'Cookie', value: cookies.join('; ') });

  const url = joinUrl(base.url, fillPath(context, pathValues, warnings));
  const common: RequestInput = { method: context.method, url, query, headers, ...(security.auth !== undefined && { auth: security.auth }) };
  const bodies = requestBodies(context, warnings);
  if (bodies.length === 0) return [{ request: common, warnings }];
  return bodies.map(({ mediaType, body }) => ({
    request: { ...common, headers: [...headers, ...body.headers], body: body.body },
    mediaType,
    warnings,
  }));
}

/** The path template with each `{name}` replaced by its serialized value (URL text); literal parts percent-encoded. */
function fillPath(context: OperationContext, values: ReadonlyMap<string, string>, warnings: string[]): string {
  return templatePieces(context.pathKey, true)
    .map(({ literal, name }) => {
      // A `{` with no `}` after it stays as it is.
      if (literal !== undefined) return literal.split('{').map((part) => part.split('/').map(encodePathSegment).join('/')).join('{');
      const value = values.get(name!);
      if (value !== undefined) return value;
      warnings.push(`the path parameter "${name}" is not declared; its name is sent in its place`);
      return encodePathSegment(name!);
    })
    .join('');
}

function baseUrl(context: OperationContext): BaseUrl {
  const { options, document } = context;
  if (options.server !== undefined) return { url: options.server };
  if (context.version === '2.0') return swaggerBaseUrl(document, context.path);
  return serverUrl([context.operation['servers'], context.pathItem['servers'], document['servers']], options.vars ?? {}, context.path);
}

/** Path-item parameters overridden by the operation's own (same name and location), in declaration order. */
function mergedParameters(context: OperationContext): Parameter[] {
  const { pathItem, operation, pathKey } = context;
  const byKey = new Map<string, Parameter>();
  const levels: [unknown, string[]][] = [
    [pathItem['parameters'], ['paths', pathKey, 'parameters']],
    [operation['parameters'], ['paths', pathKey, context.method.toLowerCase(), 'parameters']],
  ];
  for (const [list, tokens] of levels) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new InputError(`${context.path}: ${pointer(...tokens)}: expected an array of parameters`);
    list.forEach((raw, index) => {
      const at = `${context.path}: ${pointer(...tokens, index)}`;
      if (!isObject(raw)) throw new InputError(`${at}: expected a parameter object`);
      if (raw['in'] === 'body' || raw['in'] === 'formData') return; // Swagger 2 bodies: see requestBodies
      const parameter = context.version === '2.0' ? swaggerParameter(raw, at, [...tokens, String(index)]) : openApiParameter(raw, at, [...tokens, String(index)]);
      byKey.set(`${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`, parameter);
    });
  }
  return [...byKey.values()];
}

const LOCATIONS: readonly string[] = ['path', 'query', 'header', 'cookie'];

function nameAndLocation(raw: JsonObject, at: string, locations: readonly string[]): { name: string; in: ParameterLocation } {
  if (typeof raw['name'] !== 'string' || raw['name'] === '') throw new InputError(`${at}/name: expected the parameter's name (a non-empty string)`);
  if (typeof raw['in'] !== 'string' || !locations.includes(raw['in'])) throw new InputError(`${at}/in: expected one of: ${locations.join(', ')}; got ${JSON.stringify(raw['in'])}`);
  return { name: raw['name'], in: raw['in'] as ParameterLocation };
}

function openApiParameter(raw: JsonObject, at: string, tokens: readonly string[]): Parameter {
  const { name, in: location } = nameAndLocation(raw, at, LOCATIONS);
  const required = location === 'path' || raw['required'] === true;
  if (isObject(raw['content'])) {
    const [mediaType, media] = Object.entries(raw['content'])[0] ?? [];
    if (mediaType === undefined || !isObject(media)) throw new InputError(`${at}/content: expected one media type with a schema`);
    const onParameter = ownExample(raw, undefined) !== undefined;
    const examplePointer = (exampleTokens: readonly string[]) => (onParameter ? pointer(...tokens, ...exampleTokens) : pointer(...tokens, 'content', mediaType, ...exampleTokens));
    return { name, in: location, required, style: location === 'path' ? 'simple' : location === 'header' ? 'simple' : 'form', explode: false, holder: onParameter ? raw : media, examplePointer, schema: media['schema'], mediaType, where: at };
  }
  if (!isObject(raw['schema']) && typeof raw['schema'] !== 'boolean') throw new InputError(`${at}: the parameter "${name}" has no "schema" or "content"; expected one of them`);
  const { style, explode } = parameterStyle(raw, location, at);
  return { name, in: location, required, style, explode, holder: raw, examplePointer: (exampleTokens) => pointer(...tokens, ...exampleTokens), schema: raw['schema'], where: at };
}

/** Keys of a Swagger 2 parameter that are about the parameter, not its value's schema. */
const PARAMETER_ONLY = new Set(['name', 'in', 'required', 'description', 'collectionFormat', 'allowEmptyValue', 'x-example']);

/** A Swagger 2 non-body parameter: its `type`, `items`, `enum`... are its schema; `x-example` its example. */
function swaggerParameter(raw: JsonObject, at: string, tokens: readonly string[]): Parameter {
  const { name, in: location } = nameAndLocation(raw, at, ['path', 'query', 'header']);
  if (typeof raw['type'] !== 'string') throw new InputError(`${at}: the parameter "${name}" has no "type"; expected string, number, integer, boolean or array`);
  const { style, explode } = collectionStyle(raw, location, at);
  return { name, in: location, required: location === 'path' || raw['required'] === true, style, explode, holder: swaggerHolder(raw), examplePointer: () => pointer(...tokens, 'x-example'), schema: swaggerSchema(raw), where: at };
}

function swaggerSchema(raw: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !PARAMETER_ONLY.has(key)));
}

/** The example holder of a Swagger 2 parameter: its `x-example` as `example` (its pointer: `x-example`). */
function swaggerHolder(raw: JsonObject): JsonObject {
  return raw['x-example'] !== undefined ? { example: raw['x-example'] } : {};
}

/** A parameter's value; a `content` parameter is the text of its media type (JSON for JSON). */
function parameterValue(parameter: Parameter, exampleName: string | undefined, warnings: string[]): unknown {
  const value = chooseValue(parameter.holder, parameter.schema, exampleName, { pointer: parameter.examplePointer, warnings });
  if (parameter.mediaType === undefined) return value;
  return /json/i.test(parameter.mediaType) ? JSON.stringify(value) : valueText(value);
}

/** The request bodies to send: one (the chosen media type) or, with --all-media-types, one per media type. */
function requestBodies(context: OperationContext, warnings: string[]): { mediaType: string; body: MappedBody }[] {
  const { content, examplePointer } = context.version === '2.0' ? swaggerContent(context, warnings) : openApiContent(context);
  const mediaTypes = Object.keys(content);
  if (mediaTypes.length === 0) return [];
  const { options } = context;
  const wanted = options.mediaType === undefined ? undefined : mediaTypes.find((type) => baseMediaType(type) === baseMediaType(options.mediaType!));
  const chosen = options.allMediaTypes === true ? mediaTypes : [wanted ?? preferredMediaType(mediaTypes)!];
  if (options.mediaType !== undefined && wanted === undefined) warnings.push(`the request body cannot be ${options.mediaType} (the operation accepts ${mediaTypes.join(', ')}); it is sent as ${chosen[0]}`);
  return chosen.map((mediaType) => {
    const site = examplePointer === undefined ? undefined : { pointer: (tokens: readonly string[]) => examplePointer(mediaType, tokens), warnings };
    return { mediaType, body: mapBody(mediaType, content[mediaType] as JsonObject, options.example, site) };
  });
}

/** A request body's media types, and where the example of each stands (none for a body assembled from Swagger 2 form fields). */
interface BodyContent {
  content: JsonObject;
  examplePointer?: (mediaType: string, tokens: readonly string[]) => string;
}

function openApiContent(context: OperationContext): BodyContent {
  const requestBody = context.operation['requestBody'];
  if (requestBody === undefined) return { content: {} };
  const at = `${context.where}/requestBody`;
  if (!isObject(requestBody) || !isObject(requestBody['content'])) throw new InputError(`${at}: expected an object with "content"`);
  for (const [mediaType, media] of Object.entries(requestBody['content'])) {
    if (!isObject(media)) throw new InputError(`${at}/content/${mediaType.replace(/~/g, '~0').replace(/\//g, '~1')}: expected a media type object`);
  }
  return { content: requestBody['content'], examplePointer: (mediaType, tokens) => pointer('paths', context.pathKey, context.method.toLowerCase(), 'requestBody', 'content', mediaType, ...tokens) };
}

/** Swagger 2's `body` or `formData` parameters as OpenAPI 3 request-body content, one entry per consumed media type. */
function swaggerContent(context: OperationContext, warnings: string[]): BodyContent {
  const { operation, pathItem, document, options } = context;
  const all = [...(Array.isArray(pathItem['parameters']) ? pathItem['parameters'] : []), ...(Array.isArray(operation['parameters']) ? operation['parameters'] : [])].filter(isObject);
  const consumes = (Array.isArray(operation['consumes']) ? operation['consumes'] : Array.isArray(document['consumes']) ? document['consumes'] : []).filter((type): type is string => typeof type === 'string');
  const body = all.find((parameter) => parameter['in'] === 'body');
  if (body !== undefined) {
    const holder = swaggerHolder(body);
    const media = { schema: body['schema'], ...holder };
    const types = consumes.filter((type) => !/multipart|x-www-form-urlencoded/.test(type));
    const tokens = swaggerParameterTokens(context, body);
    return { content: Object.fromEntries((types.length > 0 ? types : ['application/json']).map((type) => [type, media])), examplePointer: () => pointer(...tokens, 'x-example') };
  }
  const fields = all.filter((parameter) => parameter['in'] === 'formData');
  if (fields.length === 0) return { content: {} };
  const properties: JsonObject = {};
  const encoding: JsonObject = {};
  const value: JsonObject = {};
  fields.forEach((field, index) => {
    const at = `${context.where}/parameters/${index}`;
    if (typeof field['name'] !== 'string') throw new InputError(`${at}/name: expected the parameter's name (a non-empty string)`);
    if (typeof field['type'] !== 'string') throw new InputError(`${at}: the parameter "${field['name']}" has no "type"; expected string, number, integer, boolean, array or file`);
    const schema = swaggerSchema(field);
    properties[field['name']] = schema;
    encoding[field['name']] = collectionStyle(field, 'formData', at);
    const holder = swaggerHolder(field);
    if (field['required'] === true || ownExample(holder, undefined) !== undefined || schemaHasExample(schema) || options.allParams === true || field['type'] === 'file') {
      const tokens = swaggerParameterTokens(context, field);
      value[field['name']] = chooseValue(holder, schema, options.example, { pointer: () => pointer(...tokens, 'x-example'), warnings });
    }
  });
  const hasFile = fields.some((field) => field['type'] === 'file');
  const formTypes = consumes.filter((type) => /multipart\/form-data|x-www-form-urlencoded/.test(type));
  const types = hasFile ? ['multipart/form-data'] : formTypes.length > 0 ? formTypes : ['application/x-www-form-urlencoded'];
  return { content: Object.fromEntries(types.map((type) => [type, { schema: { type: 'object', properties }, example: value, encoding }])) };
}

/** Where a Swagger 2 parameter object stands: in the operation's parameters, else the path item's. */
function swaggerParameterTokens(context: OperationContext, parameter: JsonObject): string[] {
  const own = Array.isArray(context.operation['parameters']) ? context.operation['parameters'].indexOf(parameter) : -1;
  if (own !== -1) return ['paths', context.pathKey, context.method.toLowerCase(), 'parameters', String(own)];
  const shared = Array.isArray(context.pathItem['parameters']) ? context.pathItem['parameters'].indexOf(parameter) : -1;
  return ['paths', context.pathKey, 'parameters', String(shared)];
}
