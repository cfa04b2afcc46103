import fc from 'fast-check';
import { dump } from 'js-yaml';

/**
 * Structure-aware random input documents for the importer fuzz: a valid skeleton of each format (Postman
 * collection, OpenAPI 3.0/3.1, Swagger 2.0, HAR) with odd but plausible values, then a few mutations at
 * random places (wrong types, missing keys, broken and circular $refs, `__proto__` keys, deep nesting,
 * huge and control-character strings), written as JSON or (specs) YAML, sometimes cut short.
 */
export type ImporterKind = 'postman' | 'openapi' | 'swagger' | 'har';
export const IMPORTER_KINDS: readonly ImporterKind[] = ['postman', 'openapi', 'swagger', 'har'];

export interface FuzzDocument {
  kind: ImporterKind;
  /** The file's extension: `json`, or `yaml` for a spec written as YAML. */
  extension: 'json' | 'yaml';
  text: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** An object whose own `__proto__` key is a plain property (a literal would set the prototype instead). */
function withProtoKey(value: Json): Json {
  return JSON.parse(`{"__proto__": ${JSON.stringify(value)}, "constructor": "x", "prototype": {}}`) as Json;
}

/** Nested arrays or objects this deep: around and beyond the importers' 1,000-level JSON limit. */
function nested(depth: number, asObject: boolean): Json {
  let value: Json = 'deep';
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

const control = fc.integer({ min: 0, max: 0x9f }).filter((cp) => cp < 0x20 || cp >= 0x7f).map((cp) => String.fromCharCode(cp));

/** Text that trips parsers, templates and terminals. */
const oddPiece = fc.constantFrom(
  '', ' ', '{', '}', '{}', '{{', '}}', '{a}{b}', '{{x}}', '{a', 'a}', '{/}', '{?x}', '{x*}', '{;x}', '/', '//', '..', '%', '%zz', '%7B', '#', '?', '&', '=', '+',
  '\n', '\r\n', '\u2028', '\u0085', '\u202e', '\ufeff', '\u0000', '\u001b[31m', '::error::x', '##vso[x]', '😀', '\ud800', 'İ', '__proto__', 'constructor', 'toString',
  '#/', '#/components', '$ref', 'https://', 'http://[::1', 'ftp://x', 'mailto:a@b', '*/*', 'application/json; charset=utf-8', 'multipart/form-data', 'text/plain;;;', '/;x=1',
  '(a+)+$', '[', '\\', '(?<', '^(?:a|a)*$', 'true', 'null', '1e999', '-0', "'", '"', '`', '${x}', '--8<-- "/etc/hostname"',
);

export const oddString = fc.oneof(
  { arbitrary: fc.array(fc.oneof(oddPiece, control, fc.string({ maxLength: 6 })), { maxLength: 5 }).map((parts) => parts.join('')), weight: 8 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.tuple(oddPiece, fc.integer({ min: 1000, max: 20_000 })).map(([piece, times]) => (piece === '' ? 'a' : piece).repeat(times).slice(0, 40_000)), weight: 1 },
);

/** A value of the wrong kind for wherever it lands. */
const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, '', [], {}, [null], { '': '' }),
  oddString,
  fc.constantFrom<Json>({ $ref: '#/nope' }, { $ref: '#' }, { $ref: '#/paths' }, { $ref: '#/components/schemas/Loop' }, { $ref: 'missing.yaml#/x' }, { $ref: 'http://127.0.0.1:9/x.json' }, { $ref: 7 }, { $ref: '#/a~2b' }, { $ref: '#/%zz' }),
  oddString.map((key) => withProtoKey(key)),
  fc.tuple(fc.integer({ min: 20, max: 1100 }), fc.boolean()).map(([depth, asObject]) => nested(depth, asObject)),
  fc.dictionary(oddString, fc.constantFrom<Json>(null, 'x', 1, []), { maxKeys: 3 }),
);

const name = fc.oneof({ arbitrary: fc.constantFrom('id', 'q', 'petId', 'X-Trace', 'session', 'file', 'a.b', 'a[b]'), weight: 4 }, { arbitrary: oddString, weight: 1 });
const scalar: fc.Arbitrary<Json> = fc.oneof(fc.constantFrom<Json>('x', 1, true, 'a b', null), oddString);
const mediaType = fc.constantFrom(
  'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain', 'application/octet-stream', 'image/png', 'application/xml',
  'application/vnd.api+json', 'application/*', '*/*', 'text/plain; charset=latin1', 'multipart/mixed', 'no-slash', '', 'APPLICATION/JSON', 'application/json;', ' application/json ',
);
const pathTemplate = fc.oneof(
  fc.constantFrom('/pets', '/pets/{petId}', '/a/{b}/{c}', '/{x}{y}', '/a/{', '/a/}', '/{}', '/{{id}}', '/a/{b}.json', '', 'pets', '/a b/é', '/x/{__proto__}', '/%7Bid%7D', '/{id}/{id}'),
  oddString.map((text) => `/${text}`),
);

/** A schema (OpenAPI 3.x, or Swagger 2.0 with `swagger2`), recursive a few levels. */
function schemaArbitrary(swagger2: boolean): fc.Arbitrary<Json> {
  const types = swagger2 ? ['string', 'integer', 'number', 'boolean', 'array', 'object', 'file'] : ['string', 'integer', 'number', 'boolean', 'array', 'object', 'null'];
  return fc.letrec<{ schema: Json }>((tie) => ({
    schema: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record(
        {
          type: fc.oneof(fc.constantFrom<Json>(...types, 'strnig'), swagger2 ? fc.constant<Json>('string') : fc.constant<Json>(['string', 'null'])),
          format: fc.constantFrom('date-time', 'date', 'uuid', 'email', 'uri', 'ipv4', 'binary', 'byte', 'int64', 'weird'),
          enum: fc.array(scalar, { maxLength: 3 }),
          pattern: fc.constantFrom('^[a-z]+$', '(a+)+$', '[', '\\p{L}', '^(?:x|x)*y$', ''),
          minLength: fc.constantFrom(0, 5, 1_000_000, -1),
          maxLength: fc.constantFrom(0, 3, 10),
          minimum: fc.constantFrom(0, 10, 1e308),
          maximum: fc.constantFrom(-5, 100),
          multipleOf: fc.constantFrom(0.1, 7, 0),
          example: scalar,
          default: scalar,
          nullable: fc.boolean(),
          readOnly: fc.boolean(),
          items: tie('schema'),
        },
        { requiredKeys: ['type'] },
      ),
      fc.record({ type: fc.constant('object'), properties: fc.dictionary(name, tie('schema'), { maxKeys: 3 }), required: fc.array(name, { maxLength: 2 }), additionalProperties: fc.oneof(fc.boolean(), tie('schema')) }, { requiredKeys: ['type'] }),
      fc.record({ allOf: fc.array(tie('schema'), { maxLength: 2 }) }),
      fc.record({ oneOf: fc.array(tie('schema'), { maxLength: 2 }) }),
      fc.record({ anyOf: fc.array(tie('schema'), { maxLength: 2 }) }),
      fc.constantFrom<Json>({ $ref: swagger2 ? '#/definitions/Pet' : '#/components/schemas/Pet' }, { $ref: swagger2 ? '#/definitions/Loop' : '#/components/schemas/Loop' }, {}),
    ),
  })).schema;
}

const httpMethod = fc.constantFrom('get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace');
const operationId = fc.oneof(fc.constantFrom('listPets', 'get-pet', 'op'), oddString);

function openapiOperation(): fc.Arbitrary<Json> {
  const schema = schemaArbitrary(false);
  const parameter = fc.record(
    {
      name,
      in: fc.constantFrom('path', 'query', 'header', 'cookie', 'body', 'nowhere'),
      required: fc.boolean(),
      style: fc.constantFrom('simple', 'label', 'matrix', 'form', 'spaceDelimited', 'pipeDelimited', 'deepObject', 'tabDelimited'),
      explode: fc.boolean(),
      allowReserved: fc.boolean(),
      schema,
      content: fc.dictionary(mediaType, fc.record({ schema }), { maxKeys: 1 }),
      example: scalar,
      examples: fc.dictionary(name, fc.record({ value: scalar }), { maxKeys: 2 }),
    },
    { requiredKeys: ['name', 'in'] },
  );
  const mediaTypeObject = fc.record(
    {
      schema,
      example: fc.oneof(scalar, fc.dictionary(name, scalar, { maxKeys: 3 })),
      examples: fc.dictionary(name, fc.record({ value: scalar, externalValue: oddString }, { requiredKeys: [] }), { maxKeys: 2 }),
      encoding: fc.dictionary(name, fc.record({ contentType: mediaType, style: fc.constantFrom('form', 'deepObject', 'weird'), explode: fc.boolean(), headers: fc.constant({}) }, { requiredKeys: [] }), { maxKeys: 2 }),
    },
    { requiredKeys: [] },
  );
  return fc.record(
    {
      operationId,
      summary: oddString,
      description: oddString,
      tags: fc.array(oddString, { maxLength: 2 }),
      parameters: fc.array(parameter, { maxLength: 4 }),
      requestBody: fc.record({ required: fc.boolean(), content: fc.dictionary(mediaType, mediaTypeObject, { maxKeys: 3 }) }, { requiredKeys: ['content'] }),
      security: fc.array(fc.dictionary(fc.constantFrom('key', 'basic', 'bearer', 'oauth', 'oidc', 'missing'), fc.constant<Json>([]), { maxKeys: 2 }), { maxLength: 2 }),
      servers: fc.array(fc.record({ url: fc.constantFrom('https://op.example.com', '/op', '{s}://x') }), { maxLength: 1 }),
      callbacks: fc.constant({ cb: { '{$request.body#/url}': { post: { responses: { 200: { description: 'ok' } } } } } }),
      responses: fc.constant({ 200: { description: 'ok' } }),
    },
    { requiredKeys: ['responses'] },
  );
}

const serverVariables = fc.dictionary(
  fc.constantFrom('v', 's', 'port', '__proto__', 'host'),
  fc.record({ default: scalar, enum: fc.array(scalar, { maxLength: 2 }), description: oddString }, { requiredKeys: [] }),
  { maxKeys: 3 },
);

const openapiDocument: fc.Arbitrary<Json> = fc.record(
  {
    openapi: fc.oneof({ arbitrary: fc.constantFrom('3.0.3', '3.1.0', '3.0.0', '3.1.1'), weight: 10 }, { arbitrary: fc.constantFrom<Json>('3.2.0', '4.0', '3', '2.0', 3.1, '3.0.x', ''), weight: 1 }),
    info: fc.record({ title: oddString, version: fc.constant('1') }),
    servers: fc.array(
      fc.record(
        { url: fc.constantFrom('https://api.example.com/{v}', '{s}://x.test:{port}/', 'http://x/{', 'http://x/}', '/relative', '', '{v}', 'http://x/{missing}', '//host/p', 'https://h/{v}{v}'), variables: serverVariables },
        { requiredKeys: ['url'] },
      ),
      { maxLength: 2 },
    ),
    paths: fc.dictionary(pathTemplate, fc.dictionary(httpMethod, openapiOperation(), { minKeys: 1, maxKeys: 2 }), { minKeys: 1, maxKeys: 3 }),
    components: fc.record({
      schemas: fc.record({ Pet: schemaArbitrary(false), Loop: fc.constant<Json>({ type: 'object', properties: { next: { $ref: '#/components/schemas/Loop' } }, required: ['next'] }) }),
      securitySchemes: fc.record({
        key: fc.record({ type: fc.constant('apiKey'), in: fc.constantFrom('header', 'query', 'cookie', 'body'), name }),
        basic: fc.record({ type: fc.constant('http'), scheme: fc.constantFrom('basic', 'Basic', 'digest', '') }),
        bearer: fc.record({ type: fc.constantFrom('http', 'oauth2', 'mutualTLS', 'weird'), scheme: fc.constant('bearer') }),
        oauth: fc.constant<Json>({ type: 'oauth2', flows: {} }),
        oidc: fc.constant<Json>({ type: 'openIdConnect', openIdConnectUrl: 'https://x/.well-known' }),
      }),
    }),
    webhooks: fc.constant<Json>({ hook: { post: { responses: { 200: { description: 'ok' } } } } }),
    security: fc.array(fc.dictionary(fc.constantFrom('key', 'basic', 'bearer'), fc.constant<Json>([]), { maxKeys: 1 }), { maxLength: 1 }),
  },
  { requiredKeys: ['openapi', 'info', 'paths'] },
);

const swaggerDocument: fc.Arbitrary<Json> = fc.record(
  {
    swagger: fc.oneof({ arbitrary: fc.constant<Json>('2.0'), weight: 10 }, { arbitrary: fc.constantFrom<Json>(2, '2', '1.2', '3.0.0'), weight: 1 }),
    info: fc.record({ title: oddString, version: fc.constant('1') }),
    host: fc.oneof(fc.constantFrom('api.example.com', 'x:8080', 'h/p', '', '[::1]:1', 'a b'), oddString),
    basePath: fc.oneof(fc.constantFrom('/v1', 'v1', '/', '', '/{v}'), oddString),
    schemes: fc.array(fc.constantFrom('https', 'http', 'ws', 'gopher', ''), { maxLength: 2 }),
    consumes: fc.array(mediaType, { maxLength: 2 }),
    paths: fc.dictionary(
      pathTemplate,
      fc.dictionary(
        httpMethod,
        fc.record(
          {
            operationId,
            summary: oddString,
            consumes: fc.array(mediaType, { maxLength: 2 }),
            parameters: fc.array(
              fc.record(
                {
                  name,
                  in: fc.constantFrom('path', 'query', 'header', 'formData', 'body', 'cookie'),
                  required: fc.boolean(),
                  type: fc.constantFrom('string', 'integer', 'array', 'file', 'object', 'bogus'),
                  format: fc.constantFrom('int32', 'date', 'binary'),
                  items: schemaArbitrary(true),
                  collectionFormat: fc.constantFrom('csv', 'ssv', 'tsv', 'pipes', 'multi', 'commas'),
                  schema: schemaArbitrary(true),
                  enum: fc.array(scalar, { maxLength: 2 }),
                  default: scalar,
                  'x-example': scalar,
                },
                { requiredKeys: ['name', 'in'] },
              ),
              { maxLength: 4 },
            ),
            security: fc.array(fc.dictionary(fc.constantFrom('key', 'basic', 'oauth', 'missing'), fc.constant<Json>([]), { maxKeys: 1 }), { maxLength: 1 }),
            responses: fc.constant<Json>({ 200: { description: 'ok' } }),
          },
          { requiredKeys: ['responses'] },
        ),
        { minKeys: 1, maxKeys: 2 },
      ),
      { minKeys: 1, maxKeys: 3 },
    ),
    definitions: fc.record({ Pet: schemaArbitrary(true), Loop: fc.constant<Json>({ type: 'object', properties: { next: { $ref: '#/definitions/Loop' } } }) }),
    securityDefinitions: fc.record({
      key: fc.record({ type: fc.constant('apiKey'), in: fc.constantFrom('header', 'query', 'formData'), name }),
      basic: fc.constant<Json>({ type: 'basic' }),
      oauth: fc.record({ type: fc.constant('oauth2'), flow: fc.constantFrom('implicit', 'password', 'weird') }),
    }),
  },
  { requiredKeys: ['swagger', 'info', 'paths'] },
);

const keyValue = fc.record({ key: oddString, value: oddString, disabled: fc.boolean(), type: fc.constantFrom('text', 'file', 'weird'), src: fc.oneof(oddString, fc.array(oddString, { maxLength: 2 })), description: oddString }, { requiredKeys: ['key'] });
const postmanUrl = fc.oneof(
  fc.oneof(fc.constantFrom('https://api.example.com/a?b=1', '{{baseUrl}}/pets/:id', 'http://[::1]:80/', 'example.com', '', '::', 'http://a@b:c@d/'), oddString),
  fc.record(
    {
      raw: oddString,
      protocol: fc.constantFrom('https', 'http', '{{scheme}}', ''),
      host: fc.oneof(fc.array(fc.constantFrom('api', 'example', 'com', '{{host}}', ''), { maxLength: 3 }), oddString),
      port: fc.oneof(fc.constantFrom('8080', '', '99999', '{{port}}'), fc.constant<Json>(8080)),
      path: fc.oneof(fc.array(fc.oneof(fc.constantFrom('pets', ':id', '', '..'), oddString, fc.record({ type: fc.constant('string'), value: oddString })), { maxLength: 3 }), oddString),
      query: fc.array(keyValue, { maxLength: 3 }),
      variable: fc.array(keyValue, { maxLength: 2 }),
    },
    { requiredKeys: [] },
  ),
);
const postmanBody = fc.record(
  {
    mode: fc.constantFrom('raw', 'urlencoded', 'formdata', 'file', 'graphql', 'none', 'binary', 'protobuf'),
    raw: oddString,
    urlencoded: fc.array(keyValue, { maxLength: 3 }),
    formdata: fc.array(keyValue, { maxLength: 3 }),
    file: fc.record({ src: oddString, content: oddString }, { requiredKeys: [] }),
    graphql: fc.record({ query: oddString, variables: fc.oneof(oddString, fc.constant('{"a":1}')) }, { requiredKeys: [] }),
    options: fc.record({ raw: fc.record({ language: fc.constantFrom('json', 'xml', 'text', 'javascript', 'html', 'cobol') }) }),
    disabled: fc.boolean(),
  },
  { requiredKeys: ['mode'] },
);
const postmanAuth = fc.record(
  {
    type: fc.constantFrom('basic', 'bearer', 'apikey', 'noauth', 'inherit', 'oauth2', 'digest', 'hawk', 'kerberos'),
    basic: fc.array(fc.record({ key: fc.constantFrom('username', 'password', 'x'), value: scalar }), { maxLength: 2 }),
    bearer: fc.array(fc.record({ key: fc.constant('token'), value: scalar }), { maxLength: 1 }),
    apikey: fc.array(fc.record({ key: fc.constantFrom('key', 'value', 'in'), value: fc.constantFrom<Json>('header', 'query', 'X-Key', 'cookie', 3) }), { maxLength: 3 }),
  },
  { requiredKeys: ['type'] },
);
const postmanRequest = fc.record(
  {
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'put', 'PROPFIND', '', 'GET /x', 'G\nET'), fc.constant<Json>(1)),
    url: postmanUrl,
    header: fc.oneof(fc.array(keyValue, { maxLength: 3 }), oddString),
    body: postmanBody,
    auth: postmanAuth,
    description: fc.oneof(oddString, fc.record({ content: oddString, type: fc.constant('text/markdown') })),
  },
  { requiredKeys: ['url'] },
);
const postmanItems: fc.Arbitrary<Json[]> = fc.letrec<{ items: Json[] }>((tie) => ({
  items: fc.array(
    fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ name: oddString, request: fc.oneof(postmanRequest, fc.constant<Json>('https://short.example/form')) }, { requiredKeys: ['request'] }),
      fc.record({ name: oddString, item: tie('items'), auth: postmanAuth, description: oddString }, { requiredKeys: ['item'] }),
    ),
    { maxLength: 3 },
  ),
})).items;
const postmanCollection: fc.Arbitrary<Json> = fc
  .record(
    {
      info: fc.record({ name: oddString, schema: fc.constantFrom('https://schema.getpostman.com/json/collection/v2.1.0/collection.json', 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json', 'v9') }),
      item: postmanItems,
      variable: fc.array(keyValue, { maxLength: 3 }),
      auth: postmanAuth,
    },
    { requiredKeys: ['info', 'item'] },
  )
  .chain((collection) => fc.constantFrom<Json>(collection, { collection }));

const harRequest = fc.record(
  {
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'CONNECT', 'get', ''), oddString),
    url: fc.oneof(fc.constantFrom('https://api.example.com/a?b=1&c', 'http://x/%zz', 'ws://x/', 'about:blank', 'data:,x', '/relative', 'http://[::1'), oddString),
    httpVersion: fc.constantFrom('HTTP/1.1', 'HTTP/2', 'h3', ''),
    headers: fc.array(fc.record({ name: fc.oneof(fc.constantFrom('Content-Type', 'Cookie', ':authority', 'Host', 'Content-Length', 'Transfer-Encoding'), oddString), value: oddString }, { requiredKeys: [] }), { maxLength: 3 }),
    queryString: fc.array(fc.record({ name: oddString, value: oddString }, { requiredKeys: [] }), { maxLength: 3 }),
    cookies: fc.array(fc.record({ name: oddString, value: oddString }, { requiredKeys: [] }), { maxLength: 2 }),
    postData: fc.record(
      {
        mimeType: mediaType,
        text: fc.oneof(oddString, fc.constantFrom('a=1&b=%zz', '{"a":1}', '&&=&', '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--')),
        encoding: fc.constantFrom('base64', 'utf8', ''),
        params: fc.array(fc.record({ name: oddString, value: oddString, fileName: oddString, contentType: mediaType }, { requiredKeys: [] }), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
    headersSize: fc.constant(-1),
    bodySize: fc.constant(-1),
  },
  { requiredKeys: ['method', 'url'] },
);
const harDocument: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: fc.record({ log: fc.record({ version: fc.constantFrom('1.2', '1.1', '2.0', ''), creator: fc.constant<Json>({ name: 'fuzz', version: '1' }), pages: fc.array(fc.record({ id: fc.constantFrom('p1', 'p2'), title: oddString }), { maxLength: 2 }), entries: fc.array(fc.record({ pageref: fc.constantFrom('p1', 'p2', 'p3'), request: harRequest, comment: oddString }, { requiredKeys: ['request'] }), { maxLength: 3 }) }, { requiredKeys: ['entries'] }) }), weight: 4 },
  { arbitrary: harRequest, weight: 1 },
);

const SKELETONS: Record<ImporterKind, fc.Arbitrary<Json>> = { postman: postmanCollection, openapi: openapiDocument, swagger: swaggerDocument, har: harDocument };

/** One change to a document: at the `at`-th place (modulo how many there are), replace, delete, or add a key. */
interface Mutation {
  at: number;
  change: 'replace' | 'delete' | 'add';
  key: string;
  value: Json;
}
const mutation: fc.Arbitrary<Mutation> = fc.record({ at: fc.nat(), change: fc.constantFrom('replace', 'delete', 'add'), key: fc.oneof(fc.constantFrom('__proto__', '$ref', 'constructor', 'type', 'in', 'style'), oddString), value: oddValue });

/** Every container of the document with the key or index of each child, depth first. */
function places(document: Json): [Json[] | { [key: string]: Json }, string | number][] {
  const found: [Json[] | { [key: string]: Json }, string | number][] = [];
  const visit = (node: Json, depth: number) => {
    if (typeof node !== 'object' || node === null || depth > 30) return;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
    for (const key of keys) {
      found.push([node, key]);
      visit((node as Record<string | number, Json>)[key]!, depth + 1);
    }
  };
  visit(document, 0);
  return found;
}

function applyMutation(document: Json, { at, change, key, value: shared }: Mutation): void {
  // A copy: constant values are one object for every document, and later mutations change what they land in.
  const value = structuredClone(shared);
  const all = places(document);
  if (all.length === 0) return;
  const [container, child] = all[at % all.length]!;
  if (change === 'replace') (container as Record<string | number, Json>)[child] = value;
  else if (change === 'delete') {
    if (Array.isArray(container)) container.splice(child as number, 1);
    else delete container[child];
  } else if (!Array.isArray(container)) Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
  else container.push(value);
}

/** Documents of one importer: a skeleton, up to four mutations, JSON or YAML, one time in twenty cut short. */
export function documentArbitrary(kind: ImporterKind): fc.Arbitrary<FuzzDocument> {
  const isSpec = kind === 'openapi' || kind === 'swagger';
  return fc
    .record({
      skeleton: SKELETONS[kind],
      mutations: fc.array(mutation, { maxLength: 4 }),
      extension: isSpec ? fc.constantFrom<'json' | 'yaml'>('json', 'yaml') : fc.constant<'json'>('json'),
      cutAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 19, nil: undefined }),
    })
    .map(({ skeleton, mutations, extension, cutAt }) => {
      const document = structuredClone(skeleton);
      for (const change of mutations) applyMutation(document, change);
      const text = extension === 'yaml' ? toYaml(document) : JSON.stringify(document, null, 1);
      return { kind, extension, text: cutAt === undefined ? text : text.slice(0, Math.floor(text.length * cutAt)) };
    });
}

/** Block YAML; JSON's flow syntax (also YAML) where js-yaml cannot write the document. */
function toYaml(document: Json): string {
  try {
    return dump(document, { noRefs: true, lineWidth: -1 });
  } catch {
    return `# fuzz\n${JSON.stringify(document)}\n`;
  }
}
