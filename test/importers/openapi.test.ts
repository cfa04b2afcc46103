import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/site/build/collect.js';
import { InputError } from '../../src/errors.js';
import { prepareRequest } from '../../src/generate.js';
import { loadInput, type LoadOptions } from '../../src/importers/load.js';
import { pointer } from '../../src/importers/openapi/document.js';
import type { ImportedRequest } from '../../src/importers/types.js';
import { requestDirectories } from '../../src/site/writers/files.js';

const SPECS = join(import.meta.dirname, '..', 'fixtures', 'openapi');
const spec = (name: string) => join(SPECS, name);

async function operations(name: string, options: LoadOptions = {}): Promise<Map<string, ImportedRequest>> {
  const { requests } = await loadInput(spec(name), options);
  return new Map(requests.map((request) => [request.operation!.operationId ?? `${request.operation!.method} ${request.operation!.path}`, request]));
}

async function operation(name: string, id: string, options: LoadOptions = {}): Promise<ImportedRequest> {
  const found = (await operations(name, options)).get(id);
  if (found === undefined) throw new Error(`${id} not in ${name}`);
  return found;
}

describe('OpenAPI path parameters: style and explode', () => {
  it('simple (default), for a primitive, an array and an object, exploded or not', async () => {
    const { request } = await operation('styles.yaml', 'pathSimple');
    expect(request.url).toBe('https://api.example.com/v1/simple/5/3,4,5/role,admin,firstName,Alex/3,4,5/role=admin,firstName=Alex');
  });

  it('label', async () => {
    const { request } = await operation('styles.yaml', 'pathLabel');
    expect(request.url).toBe('https://api.example.com/v1/label/.5/.3,4,5/.role,admin,firstName,Alex/.3.4.5/.role=admin.firstName=Alex');
  });

  it('matrix', async () => {
    const { request } = await operation('styles.yaml', 'pathMatrix');
    expect(request.url).toBe('https://api.example.com/v1/matrix/;prim=5/;arr=3,4,5/;obj=role,admin,firstName,Alex/;arrx=3;arrx=4;arrx=5/;role=admin;firstName=Alex');
  });

  it('a value holding / ? and a space stays one percent-encoded segment on the wire', async () => {
    const { request } = await operation('styles.yaml', 'pathReserved');
    expect(prepareRequest(request).path).toBe('/v1/files/a%2Fb%20c%3F.txt');
  });
});

describe('OpenAPI query, header and cookie parameters', () => {
  it('form (exploded or not), spaceDelimited, pipeDelimited, deepObject, allowReserved and content parameters, as literal pairs', async () => {
    const { request } = await operation('styles.yaml', 'queryStyles');
    expect(request.query).toEqual([
      { key: 'id', value: '3' },
      { key: 'id', value: '4' },
      { key: 'idc', value: '3,4' },
      { key: 'ids', value: '3 4' },
      { key: 'idp', value: '3|4' },
      { key: 'x', value: '1' },
      { key: 'y', value: '2' },
      { key: 'pointc', value: 'x,1,y,2' },
      { key: 'filter[color]', value: 'red' },
      { key: 'filter[size]', value: 'L' },
      { key: 'q', value: 'a&b=c/d' },
      { key: 'json', value: '{"a":1}' },
      { key: 'required', value: 'asc' },
    ]);
    // Encoded once, when the URL is written: the reserved characters of the value stay data.
    expect(prepareRequest(request).queryString).toContain('q=a%26b%3Dc/d');
  });

  it('leaves out an optional parameter without an example, unless --all-params', async () => {
    expect((await operation('styles.yaml', 'queryStyles')).request.query!.map((pair) => pair.key)).not.toContain('optionalWithout');
    const all = await operation('styles.yaml', 'queryStyles', { allParams: true });
    expect(all.request.query).toContainEqual({ key: 'optionalWithout', value: expect.any(String) });
  });

  it('headers in style simple (an Accept parameter too), cookies joined into one Cookie header', async () => {
    const { request } = await operation('styles.yaml', 'headerAndCookie');
    expect(request.headers).toEqual([
      { name: 'X-Ids', value: '1,2' },
      { name: 'X-Obj', value: 'a,1,b,2' },
      { name: 'X-Objx', value: 'a=1,b=2' },
      { name: 'Accept', value: 'text/plain' },
      { name: 'Cookie', value: 'session=abc; prefs=x%2Cy' },
    ]);
  });
});

describe('OpenAPI request bodies', () => {
  it('prefers JSON and uses the first of its examples; --example picks another by name', async () => {
    const { request } = await operation('bodies.json', 'createThing');
    expect(request.body).toEqual({ mode: 'raw', text: '{\n  "name": "small"\n}', language: 'json' });
    const big = await operation('bodies.json', 'createThing', { example: 'big' });
    expect(JSON.parse((big.request.body as { text: string }).text)).toEqual({ name: 'big', tags: ['a', 'b'] });
    const unknown = await loadInput(spec('bodies.json'), { example: 'huge' });
    expect(unknown.warnings).toEqual(['no parameter or media type has an example named "huge" (--example); each uses its first']);
  });

  it('--media-type picks XML, written with the schema\'s xml names, wrapping and without the readOnly attribute', async () => {
    const { request } = await operation('bodies.json', 'createThing', { mediaType: 'application/xml' });
    expect(request.body).toEqual({ mode: 'raw', language: 'xml', text: '<?xml version="1.0" encoding="UTF-8"?>\n<thing><name>widget</name><tags><tag>red</tag></tags></thing>\n' });
  });

  it('--media-type an operation does not accept: its preferred one, with a warning', async () => {
    const input = await loadInput(spec('bodies.json'), { mediaType: 'application/xml', operations: ['createThing', 'postText'] });
    expect(input.requests.map((r) => r.request.headers)).toEqual([[], []]);
    expect(input.requests[1]!.request.body).toEqual({ mode: 'raw', text: 'hello', language: 'text' });
    expect(input.warnings).toEqual(['POST /text: the request body cannot be application/xml (the operation accepts text/plain); it is sent as text/plain']);
  });

  it('--all-media-types: one request per media type, named and marked with it; the form honours its encoding', async () => {
    const { requests } = await loadInput(spec('bodies.json'), { allMediaTypes: true, operations: ['createThing'] });
    expect(requests.map((r) => [r.name, r.operation!.mediaType])).toEqual([
      ['Create a thing (application/xml)', 'application/xml'],
      ['Create a thing (application/json)', 'application/json'],
      ['Create a thing (application/x-www-form-urlencoded)', 'application/x-www-form-urlencoded'],
    ]);
    expect(requests[2]!.request.body).toEqual({ mode: 'urlencoded', params: [{ key: 'name', value: 'widget' }, { key: 'tags', value: 'red' }] });
    expect(requestDirectories(requests)).toEqual(['create-thing-xml', 'create-thing-json', 'create-thing-x-www-form-urlencoded']);
  });

  it('multipart: a file part named after the property and its media type, JSON for an object, repeated parts for an array, encoding contentType', async () => {
    const { request } = await operation('bodies.json', 'uploadAvatar');
    expect(request.body).toEqual({
      mode: 'formdata',
      params: [
        { type: 'file', key: 'avatar', src: './avatar.png', contentType: 'image/png' },
        { type: 'text', key: 'meta', value: '{"alt":"me"}', contentType: 'application/json' },
        { type: 'text', key: 'labels', value: 'x' },
        { type: 'text', key: 'labels', value: 'y' },
        { type: 'text', key: 'note', value: 'hi', contentType: 'text/plain' },
      ],
    });
  });

  it('binary bodies read ./body.<ext>; a media range becomes a concrete type', async () => {
    expect((await operation('bodies.json', 'putRaw')).request).toMatchObject({ body: { mode: 'file', src: './body.bin' }, headers: [{ name: 'Content-Type', value: 'application/octet-stream' }] });
    expect((await operation('bodies.json', 'putImage')).request).toMatchObject({ body: { mode: 'file', src: './body.png' }, headers: [{ name: 'Content-Type', value: 'image/png' }] });
  });

  it('a media type with parameters is sent exactly as the spec keys it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'snipforge-openapi-')), 'api.json');
    const content = { 'application/json; charset=utf-8': { schema: { type: 'object', properties: { a: { type: 'integer', example: 1 } } } } };
    writeFileSync(path, JSON.stringify({ openapi: '3.0.3', info: { title: 'x', version: '1' }, servers: [{ url: 'https://x.example' }], paths: { '/a': { post: { requestBody: { content }, responses: {} } } } }));
    const [{ request }] = (await loadInput(path)).requests as [ImportedRequest];
    expect(request).toMatchObject({ headers: [{ name: 'Content-Type', value: 'application/json; charset=utf-8' }], body: { mode: 'raw', language: 'json', text: '{\n  "a": 1\n}' } });
  });

  it('text and +json bodies keep their media type', async () => {
    expect((await operation('bodies.json', 'postText')).request.body).toEqual({ mode: 'raw', text: 'hello', language: 'text' });
    const vnd = (await operation('bodies.json', 'patchVnd')).request;
    expect(vnd.headers).toEqual([{ name: 'Content-Type', value: 'application/merge-patch+json' }]);
    expect(JSON.parse((vnd.body as { text: string }).text)).toEqual({ n: 3 });
  });
});

describe('OpenAPI names, servers and what is left out', () => {
  it('title from summary, else operationId; description carried; webhooks get no request', async () => {
    const ops = await operations('bodies.json');
    expect([...ops.keys()]).toEqual(['createThing', 'uploadAvatar', 'putRaw', 'putImage', 'postText', 'patchVnd']);
    expect(ops.get('createThing')).toMatchObject({ name: 'Create a thing', request: { description: 'Creates a thing.\n\nThe id is assigned by the server.' } });
    expect(ops.get('uploadAvatar')!.name).toBe('uploadAvatar');
  });

  it('server variables take their defaults, or the --var value', async () => {
    expect((await operation('bodies.json', 'postText')).request.url).toBe('https://api.example.com/v2/text');
    expect((await operation('bodies.json', 'postText', { vars: { env: 'sandbox', base: 'v3' } })).request.url).toBe('https://sandbox.example.com/v3/text');
  });

  it('--server replaces the whole base URL, placeholders included', async () => {
    expect((await operation('bodies.json', 'postText', { server: '{{baseUrl}}' })).request.url).toBe('{{baseUrl}}/text');
    expect((await operation('swagger.yaml', 'findPets', { server: 'http://127.0.0.1:9000/base/' })).request.url).toBe('http://127.0.0.1:9000/base/pets');
  });

  it('a relative server follows {{baseUrl}}, with one warning for the file', async () => {
    const input = await loadInput(spec('split/api.yaml'));
    expect(input.requests.map((r) => r.request.url)).toEqual(['{{baseUrl}}/v1/nodes', expect.stringMatching(/^\{\{baseUrl\}\}\/v1\/nodes\/[0-9a-f-]{36}$/)]);
    expect(input.warnings).toEqual(['the server URL "/v1" is relative; the URL starts with {{baseUrl}} (give --server URL or --var baseUrl=URL)']);
  });

  it('$refs across files and a circular schema', async () => {
    const { request } = await operation('split/api.yaml', 'createNode');
    expect(JSON.parse((request.body as { text: string }).text)).toMatchObject({ label: 'root' });
    expect((await operation('split/api.yaml', 'getNode')).operation).toEqual({ operationId: 'getNode', method: 'GET', path: '/nodes/{id}' });
  });

  it('folders follow the first tag; ids follow the operationId, so a new summary moves nothing', async () => {
    const pets = await operation('swagger.yaml', 'findPets');
    expect(pets.folders).toEqual(['pets']);
    const renamed = { ...pets, name: 'A brand new summary' };
    expect(requestDirectories([pets])).toEqual(requestDirectories([renamed]));
    expect(requestDirectories([pets])).toEqual([join('pets', 'find-pets')]);
    expect(requestDirectories([{ name: 'x', folders: [], operation: { method: 'GET', path: '/pets/{petId}' } }])).toEqual(['get-pets-petid']);
  });

  it('the same spec gives the same requests every time', async () => {
    const first = JSON.stringify(await loadInput(spec('bodies.json')));
    expect(JSON.stringify(await loadInput(spec('bodies.json')))).toBe(first);
  });
});

describe('OpenAPI security', () => {
  it('each scheme type becomes a placeholder credential named after the scheme, in its place', async () => {
    const ops = await operations('security.yaml');
    const sent = (id: string) => {
      const { headers = [], query = [], auth } = ops.get(id)!.request;
      return { headers, query, auth };
    };
    expect(sent('usesDefault')).toEqual({ headers: [{ name: 'X-API-Key', value: '{{headerKey}}' }], query: [], auth: undefined });
    expect(sent('noAuth')).toEqual({ headers: [], query: [], auth: undefined });
    expect(sent('queryKey').query).toEqual([{ key: 'api_key', value: '{{queryKey}}' }]);
    expect(sent('cookieKey').headers).toEqual([{ name: 'Cookie', value: 'lang=en; SESSION={{cookieKey}}' }]);
    expect(sent('basic').auth).toEqual({ type: 'basic', username: '{{basicAuth_username}}', password: '{{basicAuth_password}}' });
    expect(sent('bearer').auth).toEqual({ type: 'bearer', token: '{{bearerAuth}}' });
    expect(sent('oauth').auth).toEqual({ type: 'bearer', token: '{{petstore_oauth}}' });
    expect(sent('oidc').auth).toEqual({ type: 'bearer', token: '{{oidc}}' });
    expect(sent('both')).toMatchObject({ headers: [{ name: 'X-API-Key', value: '{{headerKey}}' }], query: [{ key: 'api_key', value: '{{queryKey}}' }] });
  });
});

describe('Swagger 2.0', () => {
  it('collectionFormat csv/ssv/tsv/pipes/multi, defaults, header arrays; schemes[0] + host + basePath', async () => {
    const { request } = await operation('swagger.yaml', 'findPets');
    expect(request.url).toBe('http://petstore.example.com/api/pets');
    expect(request.query).toEqual([
      { key: 'csv', value: 'a,b' },
      { key: 'ssv', value: 'a b' },
      { key: 'tsv', value: 'a\tb' },
      { key: 'pipes', value: 'a|b' },
      { key: 'multi', value: 'a' },
      { key: 'multi', value: 'b' },
      { key: 'limit', value: '20' },
    ]);
    expect(request.headers).toEqual([{ name: 'X-Trace', value: '1,2' }, { name: 'api_key', value: '{{key}}' }]);
  });

  it('a body parameter, with the operation\'s basic security', async () => {
    const { request } = await operation('swagger.yaml', 'addPet');
    expect(request.auth).toEqual({ type: 'basic', username: '{{basic_username}}', password: '{{basic_password}}' });
    expect(JSON.parse((request.body as { text: string }).text)).toEqual({ name: 'Rex', status: 'available' });
  });

  it('formData as a urlencoded form (multi repeats) or, with a file, multipart', async () => {
    const form = await operation('swagger.yaml', 'updatePetWithForm');
    expect(form.request.url).toBe('http://petstore.example.com/api/pets/7');
    expect(form.request.body).toEqual({ mode: 'urlencoded', params: [{ key: 'name', value: 'Rex' }, { key: 'tags', value: 'a' }, { key: 'tags', value: 'b' }] });
    expect((await operation('swagger.yaml', 'uploadPhoto')).request.body).toEqual({ mode: 'formdata', params: [{ type: 'file', key: 'file', src: './file.bin' }] });
  });
});

describe('selecting operations', () => {
  it('by operationId or METHOD /path, and by tag', async () => {
    const { requests, matchedOperations } = await loadInput(spec('swagger.yaml'), { operations: ['addPet', 'post /pets/{petId}', 'nope'] });
    expect(requests.map((r) => r.operation!.operationId)).toEqual(['addPet', 'updatePetWithForm']);
    expect([...matchedOperations!]).toEqual(['addPet', 'post /pets/{petId}']);
    expect((await loadInput(spec('styles.yaml'), { tags: ['query', 'header'] })).requests.map((r) => r.operation!.operationId)).toEqual(['queryStyles', 'headerAndCookie']);
  });

  it('an --operation no input has is an error naming it', async () => {
    await expect(collectInputs([spec('swagger.yaml'), spec('styles.yaml')], { operations: ['pathSimple', 'nope'] })).rejects.toThrow(/^--operation "nope": no operation of .*swagger\.yaml, .*styles\.yaml has this operationId/);
  });
});

describe('bad specs: one line with the file and the JSON pointer', () => {
  const cases: [file: string, message: string][] = [
    ['not-a-spec.yaml', ': expected a request model (an object with "url"), a Postman Collection v2.1 (an object with "info" and "item") or an OpenAPI/Swagger document (an object with "openapi" or "swagger")'],
    ['unsupported-version.json', ': #/openapi: unsupported OpenAPI version "4.0.0"; expected 3.0.x or 3.1.x (or "swagger": "2.0")'],
    ['broken-ref.yaml', ': #/paths/~1a/post/requestBody/content/application~1json/schema/$ref: "#/components/schemas/Missing" points at nothing in this document'],
    ['no-schema.yaml', ': #/paths/~1a~1{id}/get/parameters/0: the parameter "id" has no "schema" or "content"; expected one of them'],
    ['unknown-style.yaml', ': #/paths/~1a/get/parameters/0/style: unknown style "commaDelimited" for a query parameter; expected one of: form, spaceDelimited, pipeDelimited, deepObject'],
  ];
  it.each(cases)('%s', async (file, message) => {
    const path = spec(join('bad', file));
    await expect(loadInput(path)).rejects.toThrow(new InputError(path + message));
  });

  it('a missing file behind a $ref names the $ref', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-openapi-'));
    const path = join(dir, 'api.json');
    writeFileSync(path, JSON.stringify({ openapi: '3.0.0', info: { title: 'x', version: '1' }, paths: { '/a': { get: { parameters: [{ $ref: 'gone.yaml#/P' }], responses: {} } } } }));
    await expect(loadInput(path)).rejects.toThrow(/api\.json: #\/paths\/~1a\/get\/parameters\/0\/\$ref: "gone\.yaml#\/P" cannot be resolved: /);
  });

  it('no paths', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'snipforge-openapi-')), 'api.json');
    writeFileSync(path, '{"openapi": "3.0.3", "info": {"title": "x", "version": "1"}}');
    await expect(loadInput(path)).rejects.toThrow(new InputError(`${path}: #/paths: missing; an OpenAPI 3.0 document lists its operations under "paths"`));
  });

  it('YAML read as JSON reads it: a date stays text, a key written twice keeps its last value', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'snipforge-openapi-')), 'api.yaml');
    const parameter = '{name: day, in: query, required: true, schema: {type: string, format: date}, example: 2024-02-29}';
    writeFileSync(path, `openapi: 3.0.3\ninfo: {title: x, version: '1'}\nservers: [{url: 'https://x.example'}]\npaths:\n  /a:\n    get:\n      summary: first\n      summary: second\n      parameters: [${parameter}]\n      responses: {}\n`);
    const [imported] = (await loadInput(path)).requests as [ImportedRequest];
    expect(imported.name).toBe('second');
    expect(imported.request.query).toEqual([{ key: 'day', value: '2024-02-29' }]);
  });

  it('invalid YAML: line and column', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'snipforge-openapi-')), 'api.yaml');
    writeFileSync(path, 'openapi: 3.0.0\ninfo:\n  title: x\n   bad: indent\npaths: {}\n');
    await expect(loadInput(path)).rejects.toThrow(new InputError(`${path}:4:7: invalid YAML: bad indentation of a mapping entry`));
  });

  it('a spec with only webhooks: no requests and a warning', async () => {
    const input = await loadInput(spec('bad/webhooks-only.yaml'));
    expect(input).toMatchObject({ kind: 'spec', requests: [], warnings: ['the spec has only webhooks, which get no snippets: nothing to build'] });
  });
});

describe('pointer: where a spec says something, for messages', () => {
  it('keeps plain tokens and numbers as they are', () => {
    expect(pointer('paths', '/pets/{petId}', 'get', 'parameters', 0)).toBe('#/paths/~1pets~1{petId}/get/parameters/0');
    expect(pointer('components', 'schemas', 'Pet-v2.1_x')).toBe('#/components/schemas/Pet-v2.1_x');
  });

  it('escapes ~ and / (RFC 6901), then percent-encodes % and controls, so a key cannot split a message', () => {
    expect(pointer('a~b/c')).toBe('#/a~0b~1c');
    expect(pointer('100%', 'line\nbreak', 'tab\there', 'sep\u2028')).toBe('#/100%25/line%0Abreak/tab%09here/sep%E2%80%A8');
  });
});
