import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importSpec } from '../../src/importers/openapi/index.js';
import { findMismatch, withoutReadOnly } from '../../src/importers/openapi/sample.js';
import type { JsonObject } from '../../src/importers/json.js';

const dir = mkdtempSync(join(tmpdir(), 'snipforge-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A 3.0 spec with these paths, imported from a file (the importer's $ref resolution reads it from there). */
async function imported(paths: JsonObject, extra: JsonObject = {}) {
  const path = join(dir, 'spec.json');
  const raw = { openapi: '3.0.3', info: { title: 't', version: '1' }, servers: [{ url: 'https://api.example.com' }], paths, ...extra };
  writeFileSync(path, JSON.stringify(raw));
  return importSpec(raw, path);
}

const ok = { '200': { description: 'ok' } };
const bodyText = (request: { body?: unknown }) => JSON.parse((request.body as { text: string }).text) as unknown;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('findMismatch: where a value fails its schema', () => {
  it('names the JSON pointer into the value (tokens escaped) and what fails', () => {
    const schema = { type: 'object', properties: { 'a/b': { type: 'array', items: { type: 'integer', maximum: 9 } } } };
    expect(findMismatch(schema, { 'a/b': [1, 12] })).toEqual({ at: '/a~1b/1', problem: '12 is above the maximum 9' });
    expect(findMismatch(schema, { 'a/b': [1, 2] })).toBeUndefined();
    expect(findMismatch({ type: 'object', required: ['x'] }, {})).toEqual({ at: '', problem: 'the required property "x" is missing' });
    expect(findMismatch({ type: 'object', additionalProperties: false }, { y: 1 })).toEqual({ at: '', problem: 'the property "y" is not allowed' });
    expect(findMismatch({ oneOf: [{ type: 'integer' }, { type: 'number' }] }, 1)).toEqual({ at: '', problem: 'matches 2 branches of oneOf, not exactly one' });
  });

  it('a required readOnly property may be missing from a request value', () => {
    const schema = { type: 'object', required: ['id'], properties: { id: { type: 'integer', readOnly: true } } };
    expect(findMismatch(schema, {}, { omitReadOnly: true })).toBeUndefined();
    expect(findMismatch(schema, {})).toEqual({ at: '', problem: 'the required property "id" is missing' });
  });
});

describe('withoutReadOnly: an example as a request sends it', () => {
  it('leaves out readOnly properties in nested objects, array items and allOf members, without changing the example', () => {
    const schema = {
      type: 'object',
      allOf: [{ properties: { id: { type: 'integer', readOnly: true } } }, { properties: { name: { type: 'string' } } }],
      properties: { items: { type: 'array', items: { type: 'object', properties: { created: { readOnly: true }, label: { type: 'string' } } } } },
    };
    const example = deepFreeze({ id: 1, name: 'n', items: [{ created: 'now', label: 'a' }, { label: 'b' }], other: { created: 'kept: no schema says readOnly' } });
    expect(withoutReadOnly(schema, example)).toEqual({ name: 'n', items: [{ label: 'a' }, { label: 'b' }], other: { created: 'kept: no schema says readOnly' } });
  });

  it('follows the one oneOf/anyOf branch the value matches; with two matching, nothing is guessed', () => {
    const cat = { type: 'object', required: ['meow'], properties: { meow: { type: 'boolean' }, id: { type: 'integer', readOnly: true } } };
    const dog = { type: 'object', required: ['bark'], properties: { bark: { type: 'boolean' }, id: { type: 'integer', readOnly: true } } };
    expect(withoutReadOnly({ oneOf: [cat, dog] }, { bark: true, id: 3 })).toEqual({ bark: true });
    expect(withoutReadOnly({ anyOf: [cat, dog] }, { meow: true, id: 3 })).toEqual({ meow: true });
    expect(withoutReadOnly({ anyOf: [cat, dog] }, { meow: true, bark: true, id: 3 })).toEqual({ meow: true, bark: true, id: 3 });
  });
});

describe('spec examples in requests', () => {
  it('an example that fails its schema is sent as it is, with one warning naming the operation, the example\'s pointer and what fails', async () => {
    const { requests, warnings } = await imported({
      '/things/{id}': {
        post: {
          operationId: 'createThing',
          parameters: [
            { name: 'limit', in: 'query', required: true, schema: { type: 'integer' }, example: 'ten' },
            { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]+$' }, examples: { first: { value: 'x1' } } },
            { name: 'good', in: 'query', required: true, schema: { type: 'integer' }, example: 3 },
          ],
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } }, example: { name: 5 } } } },
          responses: ok,
        },
      },
    });
    const { request } = requests[0]!;
    expect([request.url, request.query]).toEqual(['https://api.example.com/things/x1', [{ key: 'limit', value: 'ten' }, { key: 'good', value: '3' }]]);
    expect(bodyText(request)).toEqual({ name: 5 });
    expect(warnings).toEqual([
      'POST /things/{id}: the example #/paths/~1things~1{id}/post/parameters/0/example fails its schema: expected integer, got "ten"; it is sent as it is',
      'POST /things/{id}: the example #/paths/~1things~1{id}/post/parameters/1/examples/first/value fails its schema: does not match the pattern "^[0-9]+$"; it is sent as it is',
      'POST /things/{id}: the example #/paths/~1things~1{id}/post/requestBody/content/application~1json/example fails its schema at /name: expected string, got 5; it is sent as it is',
    ]);
  });

  it('JSON written as text is checked as the value it spells; Swagger 2 x-example is named as such', async () => {
    const text = await imported({ '/a': { put: { requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['a'] }, example: '{"a": 1}' } } }, responses: ok } } });
    expect([bodyText(text.requests[0]!.request), text.warnings]).toEqual([{ a: 1 }, []]);

    const path = join(dir, 'swagger.json');
    const swagger = {
      swagger: '2.0',
      info: { title: 't', version: '1' },
      host: 'api.example.com',
      paths: { '/a': { post: { parameters: [{ name: 'n', in: 'query', type: 'integer', required: true, 'x-example': 1.5 }, { name: 'body', in: 'body', schema: { type: 'array', items: { type: 'string' } }, 'x-example': ['a', 2] }], responses: ok } } },
    };
    writeFileSync(path, JSON.stringify(swagger));
    expect((await importSpec(swagger, path)).warnings).toEqual([
      'POST /a: the example #/paths/~1a/post/parameters/0/x-example fails its schema: expected integer, got 1.5; it is sent as it is',
      'POST /a: the example #/paths/~1a/post/parameters/1/x-example fails its schema at /1: expected string, got 2; it is sent as it is',
    ]);
  });

  it('readOnly properties of a body or parameter example are left out of the request, and the spec is not changed', async () => {
    const pet = { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer', readOnly: true }, name: { type: 'string' } } };
    const paths = {
      '/pets': {
        post: {
          parameters: [{ name: 'filter', in: 'query', required: true, content: { 'application/json': { schema: pet, example: { id: 1, name: 'q' } } } }],
          requestBody: { content: { 'application/json': { schema: { type: 'array', items: pet }, example: [{ id: 1, name: 'Rex' }] } } },
          responses: ok,
        },
      },
    };
    const before = structuredClone(paths);
    const { requests, warnings } = await imported(paths);
    expect(bodyText(requests[0]!.request)).toEqual([{ name: 'Rex' }]);
    expect(requests[0]!.request.query).toEqual([{ key: 'filter', value: '{"name":"q"}' }]);
    // A required readOnly property is required of responses only: no warning.
    expect(warnings).toEqual([]);
    expect(paths).toEqual(before);
  });
});

describe('an Authorization header parameter', () => {
  const authorization = { name: 'Authorization', in: 'header', required: true, schema: { type: 'string' }, example: 'Token abc' };
  const contentType = { name: 'Content-Type', in: 'header', required: true, schema: { type: 'string' }, example: 'text/x-ignored' };
  const headersOf = async (operation: JsonObject, extra: JsonObject = {}) => (await imported({ '/a': { get: { ...operation, responses: ok } } }, extra)).requests[0]!.request;

  it('is sent when required and the security sets no Authorization; a Content-Type parameter never is', async () => {
    expect((await headersOf({ parameters: [authorization, contentType] })).headers).toEqual([{ name: 'Authorization', value: 'Token abc' }]);
    // An apiKey scheme in another header leaves Authorization to the parameter.
    const apiKey = { components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } } };
    expect((await headersOf({ parameters: [authorization], security: [{ key: [] }] }, apiKey)).headers).toEqual([{ name: 'Authorization', value: 'Token abc' }, { name: 'X-Key', value: '{{key}}' }]);
  });

  it('is not sent when optional, or when the security scheme sets Authorization itself', async () => {
    expect((await headersOf({ parameters: [{ ...authorization, required: false }] })).headers).toEqual([]);
    const bearer = { components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } } };
    const request = await headersOf({ parameters: [authorization], security: [{ token: [] }] }, bearer);
    expect([request.headers, request.auth]).toEqual([[], { type: 'bearer', token: '{{token}}' }]);
    const apiKeyInAuthorization = { components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'authorization' } } } };
    expect((await headersOf({ parameters: [authorization], security: [{ key: [] }] }, apiKeyInAuthorization)).headers).toEqual([{ name: 'authorization', value: '{{key}}' }]);
  });
});
