import SwaggerParser from '@apidevtools/swagger-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/importers/yaml.js';
import { dereferencePlainRefs } from '../../src/importers/openapi/document.js';
import type { JsonObject } from '../../src/importers/json.js';

const FIXTURES = ['test/fixtures/openapi', 'test/fixtures/openapi-exec'];

function read(file: string): JsonObject {
  const text = readFileSync(file, 'utf8');
  return (file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as JsonObject;
}

async function parserResult(document: JsonObject, file = 'spec.yaml'): Promise<unknown> {
  return SwaggerParser.dereference(resolve(file), document as never, { resolve: { http: false }, dereference: { circular: true } });
}

/**
 * Whether two graphs are the same shape, sharing and cycles included: the walk keeps a one-to-one map between
 * the objects of each, so a target shared (or a cycle) on one side must be shared (a cycle) on the other.
 */
function sameGraph(a: unknown, b: unknown, pairs = new Map<object, object>(), reverse = new Map<object, object>(), at = '#'): string | undefined {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? undefined : `${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  if (pairs.has(a) || reverse.has(b)) return pairs.get(a) === b && reverse.get(b) === a ? undefined : `${at}: shared differently`;
  pairs.set(a, b);
  reverse.set(b, a);
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs object`;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.join('\0') !== keysB.join('\0')) return `${at}: keys ${keysA.join(',')} vs ${keysB.join(',')}`;
  for (const key of keysA) {
    const difference = sameGraph((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], pairs, reverse, `${at}/${key}`);
    if (difference !== undefined) return difference;
  }
  return undefined;
}

const schemas = (extra: JsonObject = {}): JsonObject => ({
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {
    '/a/{id}': {
      parameters: [{ $ref: '#/components/parameters/Id' }],
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' }, example: { $ref: '#/components/examples/one/value' } } } },
        responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } } } },
      },
    },
  },
  components: {
    parameters: { Id: { name: 'id', in: 'path', required: true, schema: { $ref: '#/components/schemas/Id' } } },
    examples: { one: { value: { name: 'x' } } },
    schemas: {
      Id: { type: 'integer' },
      Node: { type: 'object', properties: { id: { $ref: '#/components/schemas/Id' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } }, 'a/b~c': { type: 'string' } } },
      Slashed: { $ref: '#/components/schemas/Node/properties/a~1b~0c' },
      ...extra,
    },
  },
});

describe('refs within the document, without the parser', () => {
  it('gives the graph swagger-parser gives: shared targets, cycles, refs in arrays and examples, escaped tokens', async () => {
    const mine = schemas();
    expect(dereferencePlainRefs(mine)).toBe(true);
    expect(sameGraph(mine, await parserResult(schemas()))).toBeUndefined();
    const node = (mine['components'] as JsonObject)['schemas'] as JsonObject;
    expect(((node['Node'] as JsonObject)['properties'] as JsonObject)['children']).toMatchObject({ items: node['Node'] });
  });

  it.each([
    ['a $ref with sibling keys', { Extended: { $ref: '#/components/schemas/Id', description: 'd' } }],
    ['a ref to a ref', { Alias: { $ref: '#/components/schemas/Slashed' } }],
    ['a ref through a ref', { Deep: { $ref: '#/components/schemas/Slashed/type' } }],
    ['a %-escaped pointer', { Escaped: { $ref: '#/components/schemas/I%64' } }],
    ['a $id', { WithId: { $id: 'https://example.com/s', type: 'string' } }],
    ['a $schema', { WithSchema: { $schema: 'http://json-schema.org/draft-04/schema#', type: 'string' } }],
    ['a ref at a value that is no object', { ToText: { $ref: '#/components/schemas/Id/type' } }],
    ['a ref to a file', { External: { $ref: 'other.yaml#/Thing' } }],
  ])('leaves %s to the parser, the document untouched', (_, extra) => {
    const document = schemas(extra as JsonObject);
    const before = JSON.stringify(document);
    expect(dereferencePlainRefs(document)).toBe(false);
    expect(JSON.stringify(document)).toBe(before);
  });

  it.each([
    ['an OpenAPI version the parser does not list', { openapi: '3.0.9' }],
    ['a numeric info.version', { info: { title: 't', version: 1 } }],
  ])('leaves %s to the parser, for its message', (_, change) => {
    expect(dereferencePlainRefs({ ...schemas(), ...change })).toBe(false);
  });

  it('leaves nesting past its bound to the parser', () => {
    let deep: JsonObject = { type: 'string' };
    for (let i = 0; i < 450; i++) deep = { items: deep };
    expect(dereferencePlainRefs(schemas({ Deep: deep }))).toBe(false);
  });

  const files = FIXTURES.flatMap((dir) => readdirSync(dir).filter((name) => /\.(json|ya?ml)$/.test(name)).map((name) => join(dir, name)));
  const plain = files.filter((file) => dereferencePlainRefs(read(file)));
  it('takes most of the fixture specs', () => {
    expect(plain.length).toBeGreaterThan(files.length / 2);
  });
  it.each(plain)('%s: the same graph as swagger-parser', async (file) => {
    const mine = read(file);
    dereferencePlainRefs(mine);
    expect(sameGraph(mine, await parserResult(read(file), file))).toBeUndefined();
  });
});
