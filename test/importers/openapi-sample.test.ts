import { Ajv, type AnySchema } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { sampleSchema, type SampleOptions } from '../../src/importers/openapi/sample.js';
import { addOpenApiFormats, OPENAPI_KEYWORDS, requestView, toDraft7 } from '../exec/openapi/json-schema.js';
import { FIXTURES_DIR } from '../fixtures.js';

type Schema = Record<string, unknown>;
type Flavour = '2.0' | '3.0' | '3.1';

/** Draft-07 ajv (understands 3.0's `nullable`) for 2.0/3.0 schemas, draft 2020-12 for 3.1; every format checked in full mode. */
function makeAjv(flavour: Flavour): Ajv {
  const ajv = flavour === '3.1' ? new Ajv2020({ strict: false, allErrors: true }) : new Ajv({ strict: false, allErrors: true });
  ajv.addVocabulary(OPENAPI_KEYWORDS);
  return addOpenApiFormats(ajv);
}
const ajvs = { '2.0': makeAjv('2.0'), '3.0': makeAjv('3.0'), '3.1': makeAjv('3.1') };

/**
 * The object graph a spec parser returns: every local `$ref` replaced by the (shared) object it points at, so recursive
 * schemas become circular graphs. ajv gets the `$ref` form, the sampler the graph.
 */
function dereference(root: Schema): Schema {
  const resolved = new Map<string, unknown>();
  const resolve = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    if (Array.isArray(node)) return node.map(resolve);
    const ref = (node as Schema).$ref;
    if (typeof ref === 'string') {
      const existing = resolved.get(ref);
      if (existing !== undefined) return existing;
      const target = ref.slice(2).split('/').reduce<unknown>((at, key) => (at as Schema)[key], root) as Schema;
      const copy: Schema = {};
      resolved.set(ref, copy);
      Object.assign(copy, resolve(target));
      return copy;
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value)]));
  };
  return resolve(root) as Schema;
}

function expectValid(flavour: Flavour, schema: Schema, options: SampleOptions = {}, sampled = sampleSchema(dereference(schema), options)): unknown {
  let validated: unknown = flavour === '3.1' ? schema : toDraft7(schema);
  if (options.omitReadOnly) validated = requestView(validated);
  const validate = ajvs[flavour].compile(validated as AnySchema);
  const valid = validate(sampled);
  expect(valid, `${JSON.stringify(sampled)} against ${JSON.stringify(schema)}: ${ajvs[flavour].errorsText(validate.errors)}`).toBe(true);
  return sampled;
}

const FORMATS = ['date-time', 'date', 'time', 'uuid', 'email', 'uri', 'uri-reference', 'hostname', 'ipv4', 'ipv6', 'byte', 'binary', 'password', 'duration', 'idn-email', 'iri', 'uri-template', 'json-pointer', 'regex'];

describe('sampleSchema: given values come first', () => {
  it('takes examples[0], then example, default, const, enum[0], even when the value fails the schema', () => {
    expect(sampleSchema({ type: 'string', examples: ['a', 'b'], example: 'c', default: 'd' })).toBe('a');
    expect(sampleSchema({ type: 'string', example: 'c', default: 'd', const: 'e' })).toBe('c');
    expect(sampleSchema({ type: 'string', default: 'd', const: 'e', enum: ['f'] })).toBe('d');
    expect(sampleSchema({ type: 'string', const: 'e', enum: ['f'] })).toBe('e');
    expect(sampleSchema({ type: 'string', enum: ['f', 'g'] })).toBe('f');
    expect(sampleSchema({ type: 'integer', example: 'not a number' })).toBe('not a number');
    expect(sampleSchema({ type: 'integer', default: 0, enum: [] })).toBe(0);
  });

  it('skips `default: null` on a type that refuses null (specs write it for "no default")', () => {
    expect(sampleSchema({ type: 'string', default: null })).toBe('string');
    expect(sampleSchema({ type: 'integer', default: null, minimum: 2 })).toBe(2);
    expect(sampleSchema({ type: 'string', nullable: true, default: null })).toBe(null);
    expect(sampleSchema({ type: ['string', 'null'], default: null })).toBe(null);
  });

  it('uses property examples inside a sampled object', () => {
    expect(sampleSchema({ type: 'object', properties: { name: { type: 'string', example: 'doggie' }, status: { type: 'string', enum: ['available', 'sold'] } } })).toEqual({ name: 'doggie', status: 'available' });
  });
});

describe('sampleSchema: sampled values validate (ajv, formats in full mode)', () => {
  const scalarCases: [string, Schema][] = [
    ...FORMATS.map((format): [string, Schema] => [`format ${format}`, { type: 'string', format }]),
    ['int32', { type: 'integer', format: 'int32' }],
    ['int64', { type: 'integer', format: 'int64' }],
    ['float', { type: 'number', format: 'float' }],
    ['double', { type: 'number', format: 'double', minimum: 2.5 }],
    ['boolean', { type: 'boolean' }],
    ['minimum above 0', { type: 'integer', minimum: 10, maximum: 20 }],
    ['maximum below 0', { type: 'integer', maximum: -5 }],
    ['exclusive bounds (3.1, numbers)', { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 }],
    ['exclusive integer bound (3.1)', { type: 'integer', exclusiveMinimum: 5 }],
    ['exclusive bound at the maximum (3.1)', { type: 'integer', exclusiveMaximum: 0 }],
    ['multipleOf with a minimum', { type: 'integer', minimum: 7, multipleOf: 5 }],
    ['multipleOf with a negative maximum', { type: 'integer', maximum: -7, multipleOf: 5 }],
    ['decimal multipleOf', { type: 'number', minimum: 0.25, multipleOf: 0.1 }],
    ['multipleOf and an exclusive bound (3.1)', { type: 'number', exclusiveMinimum: 0, multipleOf: 0.01 }],
    ['integer with a fractional multipleOf', { type: 'integer', minimum: 1.1, multipleOf: 0.5 }],
    ['minLength', { type: 'string', minLength: 20 }],
    ['maxLength', { type: 'string', maxLength: 3 }],
    ['exact length', { type: 'string', minLength: 8, maxLength: 8 }],
    ['email with maxLength', { type: 'string', format: 'email', maxLength: 254 }],
    ['3.1 type array with null', { type: ['string', 'null'], format: 'date' }],
    ['3.1 null first', { type: ['null', 'integer'], minimum: 3 }],
    ['3.1 null only', { type: 'null' }],
    ['no type, numeric keywords', { minimum: 3 }],
    ['no type at all', {}],
  ];
  for (const [name, schema] of scalarCases) {
    it(`${name} (3.1)`, () => expectValid('3.1', schema));
  }

  const patterns = [
    '^[A-Z]{2}-\\d{3,}$',
    '^\\+?[1-9]\\d{1,14}$',
    '^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$',
    '^\\d{4}-\\d{2}-\\d{2}$',
    '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
    '^(ACTIVE|INACTIVE)$',
    '^(?:https?://)?[\\w.-]+(?:\\.[\\w.-]+)+[\\w\\-._~:/?#[\\]@!$&\'()*+,;=]*$',
    '^[^\\s/]+$',
    '[a-z]',
    '^\\p{Lu}\\p{Ll}+$',
    '^#?([a-fA-F0-9]{6}|[a-fA-F0-9]{3})$',
    '^(?!admin)[a-z][a-z0-9_]{2,15}$',
    '^\\S+$',
    '^[A-Z][a-z]*( [A-Z][a-z]*)*$',
    '^\\u00e9+$',
    '^[\\x41-\\x43]{2}$',
    '^v\\d+(\\.\\d+){2}$',
  ];
  for (const pattern of patterns) {
    it(`pattern ${pattern}`, () => expectValid('3.1', { type: 'string', pattern }));
  }
  it('a pattern with length limits', () => expectValid('3.1', { type: 'string', pattern: '^[a-z]+$', minLength: 5, maxLength: 10 }));
  it('a pattern and a format together', () => expectValid('3.1', { type: 'string', format: 'email', pattern: '^[a-z]+@example\\.org$' }));

  it('arrays: minItems, maxItems, uniqueItems, tuples, contains', () => {
    expect(expectValid('3.1', { type: 'array', items: { type: 'string' } })).toEqual(['string']);
    expectValid('3.1', { type: 'array', items: { type: 'integer' }, minItems: 3, uniqueItems: true });
    expectValid('3.1', { type: 'array', items: { type: 'string', format: 'uuid' }, minItems: 3, uniqueItems: true });
    expectValid('3.1', { type: 'array', items: { type: 'string', format: 'email' }, minItems: 2, uniqueItems: true });
    expectValid('3.1', { type: 'array', items: { type: 'string', pattern: '^[a-z]{3}$' }, minItems: 4, uniqueItems: true });
    expectValid('3.1', { type: 'array', items: { type: 'string', enum: ['a', 'b', 'c'] }, minItems: 3, uniqueItems: true });
    expectValid('3.1', { type: 'array', items: { type: 'number', maximum: 1, exclusiveMinimum: 0 }, minItems: 3, uniqueItems: true });
    expectValid('3.1', { type: 'array', items: { type: 'boolean' }, minItems: 2, uniqueItems: true });
    expect(expectValid('3.1', { type: 'array', items: { type: 'string' }, maxItems: 0 })).toEqual([]);
    expectValid('3.1', { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'string', format: 'date' }], items: false });
    expectValid('3.1', { type: 'array', items: { type: 'integer' }, contains: { type: 'integer', minimum: 5 } });
    expectValid('3.0', { type: 'array', items: { type: 'integer', minimum: 1, exclusiveMinimum: true }, minItems: 2 });
  });

  it('objects: required always, optional included, readOnly/writeOnly per direction, maps, minProperties', () => {
    const pet = { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer', format: 'int64', readOnly: true }, name: { type: 'string' }, password: { type: 'string', format: 'password', writeOnly: true }, tag: { type: 'string' } } };
    expect(expectValid('3.0', pet)).toEqual({ id: 0, name: 'string', password: 'password', tag: 'string' });
    expect(expectValid('3.0', pet, { omitReadOnly: true })).toEqual({ name: 'string', password: 'password', tag: 'string' });
    expect(sampleSchema(pet, { omitWriteOnly: true })).toEqual({ id: 0, name: 'string', tag: 'string' });
    expect(expectValid('3.1', { type: 'object', additionalProperties: { type: 'integer', minimum: 1 } })).toEqual({ additionalProp1: 1 });
    expectValid('3.1', { type: 'object', properties: { a: { type: 'string' } }, minProperties: 3, additionalProperties: { type: 'boolean' } });
    expectValid('3.1', { type: 'object', minProperties: 2, additionalProperties: false, patternProperties: { '^x-[a-z]+$': { type: 'string' } } });
    expectValid('3.1', { type: 'object', required: ['undeclared'], additionalProperties: { type: 'integer' } });
    expectValid('3.1', { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } }, required: ['c'], maxProperties: 1 });
  });

  it('allOf merged (properties, required, bounds, nested allOf)', () => {
    expectValid('3.0', { allOf: [{ type: 'object', required: ['a'], properties: { a: { type: 'string' } } }, { type: 'object', required: ['b'], properties: { b: { type: 'integer', minimum: 3 } } }] });
    expectValid('3.1', { allOf: [{ type: 'integer', minimum: 3 }, { maximum: 9, multipleOf: 4 }] });
    expectValid('3.1', { allOf: [{ type: 'string', minLength: 12 }, { allOf: [{ maxLength: 12 }, { pattern: '^[a-z]+$' }] }] });
    expectValid('3.1', { type: 'object', properties: { n: { type: 'number' } }, allOf: [{ properties: { n: { minimum: 10 } } }, { properties: { n: { maximum: 11 } } }] });
    // A member's example describes the member alone: the combination is sampled.
    expectValid('3.0', { allOf: [{ type: 'object', properties: { a: { type: 'string' } }, example: { a: 'x' } }, { type: 'object', required: ['b'], properties: { b: { type: 'string', format: 'uuid' } } }] });
  });

  it('oneOf/anyOf: the first branch whose sample validates', () => {
    expect(expectValid('3.1', { oneOf: [{ type: 'string', format: 'date' }, { type: 'integer' }] })).toBe('2024-01-15');
    expectValid('3.1', { oneOf: [{ type: 'number' }, { type: 'integer', minimum: 1 }] });
    expect(expectValid('3.1', { oneOf: [{ type: 'integer' }, { type: 'number', maximum: 3 }] })).toBe(0.5);
    expectValid('3.1', { oneOf: [{ type: 'object', required: ['a'], properties: { a: { type: 'string' } } }, { type: 'object', required: ['b'], properties: { b: { type: 'string' } } }] });
    expectValid('3.1', { anyOf: [{ type: 'string', maxLength: 0, minLength: 1 }, { type: 'boolean' }] });
    expectValid('3.0', { type: 'object', properties: { id: { type: 'string' } }, anyOf: [{ required: ['id'] }, { required: ['name'] }] });
  });

  it('oneOf over open objects: a property of each other branch, of another type, tells the first branch apart', () => {
    const open = { oneOf: [{ type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } }, { type: 'object', properties: { c: { type: 'string' } } }, { type: 'object', properties: { d: { type: 'boolean' } } }] };
    expect(expectValid('3.0', open)).toEqual({ a: 'string', b: 'string', c: 0, d: 'string' });
    const pet = { type: 'object', required: ['pet_type'], properties: { pet_type: { type: 'string' } } };
    const cat = { allOf: [pet, { type: 'object', properties: { hunts: { type: 'boolean' } } }] };
    const dog = { allOf: [pet, { type: 'object', properties: { bark: { type: 'boolean' } } }] };
    expectValid('3.1', { oneOf: [cat, dog], discriminator: { propertyName: 'pet_type' } });
  });

  it('discriminator: the property set to the mapping value of the chosen branch', () => {
    const cat = { title: 'Cat', type: 'object', required: ['petType', 'meows'], properties: { petType: { type: 'string' }, meows: { type: 'boolean' } } };
    const dog = { title: 'Dog', type: 'object', required: ['petType', 'barks'], properties: { petType: { type: 'string' }, barks: { type: 'boolean' } } };
    const pet = { oneOf: [cat, dog], discriminator: { propertyName: 'petType', mapping: { dog: '#/components/schemas/Dog', cat: '#/components/schemas/Cat' } } };
    expect(expectValid('3.0', pet)).toEqual({ petType: 'cat', meows: true });
    const pinned = { oneOf: [{ type: 'object', required: ['kind'], properties: { kind: { const: 'a' }, a: { type: 'integer' } } }, { type: 'object', properties: { kind: { const: 'b' } } }], discriminator: { propertyName: 'kind' } };
    expect(expectValid('3.1', pinned)).toEqual({ kind: 'a', a: 0 });
  });

  it('not: a value of another type, or one the not-schema rejects', () => {
    expect(typeof expectValid('3.1', { not: { type: 'string' } })).not.toBe('string');
    expectValid('3.1', { type: ['string', 'integer'], not: { type: 'string' } });
    expectValid('3.1', { type: 'object', not: { required: ['forbidden'] }, properties: { ok: { type: 'string' } } });
  });

  it('3.0 nullable and Swagger 2.0 x-nullable, boolean exclusive bounds', () => {
    expectValid('3.0', { type: 'string', nullable: true, format: 'date-time' });
    expectValid('3.0', { type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: false });
    expectValid('3.0', { type: 'number', maximum: 0, exclusiveMaximum: true });
    expectValid('2.0', { type: 'object', required: ['photoUrls'], properties: { photoUrls: { type: 'array', items: { type: 'string' } }, note: { type: 'string', 'x-nullable': true } } });
  });

  it('circular schemas end, still valid: optional recursion left out, arrays empty when minItems allows', () => {
    const tree = { $defs: { Node: { type: 'object', required: ['id', 'children'], properties: { id: { type: 'integer', minimum: 1 }, parent: { $ref: '#/$defs/Node' }, children: { type: 'array', items: { $ref: '#/$defs/Node' } } } } }, $ref: '#/$defs/Node' };
    expect(expectValid('3.1', tree)).toEqual({ id: 1, children: [] });
    const mutual = { $defs: { A: { type: 'object', properties: { b: { $ref: '#/$defs/B' }, name: { type: 'string' } } }, B: { type: 'object', required: ['a'], properties: { a: { $ref: '#/$defs/A' } } } }, $ref: '#/$defs/A' };
    expect(expectValid('3.1', mutual)).toEqual({ b: { a: { name: 'string' } }, name: 'string' });
    const linkedThroughAllOf = { $defs: { Item: { allOf: [{ type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } }, { properties: { next: { $ref: '#/$defs/Item' }, related: { type: 'array', minItems: 0, items: { $ref: '#/$defs/Item' } } } }] } }, $ref: '#/$defs/Item' };
    expectValid('3.1', linkedThroughAllOf);
    const recursiveOneOf = { $defs: { Expr: { oneOf: [{ type: 'integer' }, { type: 'object', required: ['op', 'args'], properties: { op: { type: 'string', enum: ['+'] }, args: { type: 'array', minItems: 2, items: { $ref: '#/$defs/Expr' } } } }] } }, $ref: '#/$defs/Expr' };
    expect(expectValid('3.1', recursiveOneOf)).toBe(0);
    // A required recursion through a minItems array nests until the schema allows stopping (here: never below the depth budget).
    const required = { $defs: { N: { type: 'object', properties: { kids: { type: 'array', minItems: 1, items: { $ref: '#/$defs/N' } } } } }, $ref: '#/$defs/N' };
    expect(expectValid('3.1', required)).toEqual({});
  });

  it('is deterministic and leaves the schema untouched', () => {
    const schema = { type: 'object', properties: { tags: { type: 'array', items: { type: 'string', pattern: '^[a-z]{2,4}$' }, minItems: 2, uniqueItems: true }, when: { type: 'string', format: 'date-time' } } };
    const before = JSON.stringify(schema);
    expect(JSON.stringify(sampleSchema(schema))).toBe(JSON.stringify(sampleSchema(schema)));
    expect(JSON.stringify(schema)).toBe(before);
  });

  it('samples a schema once per options, giving each caller a copy of its own', () => {
    const shared = { type: 'object', properties: { id: { type: 'integer', readOnly: true }, name: { type: 'string', example: 'Rex' }, owner: { type: 'object', example: { id: 1 } } } };
    const first = sampleSchema(shared, { omitReadOnly: true }) as { name: string; owner: { id: number } };
    expect(first).toEqual({ name: 'Rex', owner: { id: 1 } });
    first.name = 'changed';
    first.owner.id = 2;
    expect(sampleSchema(shared, { omitReadOnly: true })).toEqual({ name: 'Rex', owner: { id: 1 } });
    // Not the spec's own example object, which stays as written.
    expect(shared.properties.owner.example).toEqual({ id: 1 });
    expect(sampleSchema(shared)).toEqual({ id: 0, name: 'Rex', owner: { id: 1 } });
  });
});

describe('sampleSchema: every named schema of the specs in test/fixtures/openapi and openapi-exec', () => {
  const specDirs = ['openapi', 'openapi-exec'].map((dir) => join(FIXTURES_DIR, dir));
  const specs = specDirs.flatMap((dir) => readdirSync(dir).filter((file) => /\.(ya?ml|json)$/.test(file)).map((file) => join(dir, file)));
  for (const file of specs) {
    const document = parseYaml(readFileSync(file, 'utf8')) as Schema;
    const flavour: Flavour = typeof document.swagger === 'string' ? '2.0' : String(document.openapi).startsWith('3.1') ? '3.1' : '3.0';
    const [holder, key] = flavour === '2.0' ? [document, 'definitions'] : [(document.components ?? {}) as Schema, 'schemas'];
    const names = Object.keys((holder[key] ?? {}) as Schema);
    if (names.length === 0) continue;
    it(`${file.slice(FIXTURES_DIR.length + 1)}: ${names.length} schemas, as requests and as they are`, () => {
      for (const name of names) {
        // The schema is referred to within the whole document, so ajv resolves its $refs as the spec does.
        const pointer = flavour === '2.0' ? `#/definitions/${name}` : `#/components/schemas/${name}`;
        const schema = { ...(flavour === '2.0' ? { definitions: document.definitions } : { components: document.components }), $ref: pointer };
        const graph = dereference({ ...schema });
        for (const options of [{}, { omitReadOnly: true }]) expectValid(flavour, schema, options, sampleSchema(graph, options));
      }
    });
  }
});
