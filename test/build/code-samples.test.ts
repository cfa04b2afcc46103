import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli/main.js';
import { build, InputError, UsageError } from '../../src/index.js';
import { addCodeSamples, specDocuments, type CodeSample, type OperationSamples } from '../../src/site/writers/code-samples.js';

const curl: CodeSample = { target: 'curl', label: 'cURL', code: "curl 'https://api.example.com/pets' \\\n  --header 'Accept: application/json'\n" };
const python: CodeSample = { target: 'python-requests', label: 'Python', code: 'import requests\n\nprint(requests.get("https://api.example.com/pets").text)\n' };
const op = (method: string, path: string, samples: CodeSample[] = [curl, python]): OperationSamples => ({ method, path, samples });
const codeSamples = { format: 'x-codesamples', replace: false } as const;

/** The parsed document with every operation's x-codeSamples (or x-readme) left out: what the input parses to. */
function withoutSamples(text: string, key: string): unknown {
  const doc = parse(text) as { paths: Record<string, Record<string, Record<string, unknown>>> };
  for (const item of Object.values(doc.paths)) for (const operation of Object.values(item)) if (typeof operation === 'object' && operation !== null) delete operation[key];
  return doc;
}

describe('addCodeSamples into YAML', () => {
  const spec = [
    'openapi: 3.0.3',
    '# Pets: a comment that must stay',
    'info: {title: Pets, version: "1.0"}',
    'paths:',
    '  /pets:',
    '    get:',
    '      operationId: listPets   # trailing comment',
    '      responses:',
    "        '200':",
    '          description: ok',
    '',
    '    # a comment between operations',
    '    post:',
    '      operationId: createPet',
    '      responses:',
    '        "201": {description: created}',
    '  /pets/{petId}:',
    '    get: {operationId: showPet}',
    '',
  ].join('\n');

  it('adds x-codeSamples at the end of each operation and changes no other byte', () => {
    const { text, warnings } = addCodeSamples(spec, [op('GET', '/pets'), op('get', '/pets/{petId}', [curl])], codeSamples);
    expect(warnings).toEqual([]);
    const inserted = [
      '      x-codeSamples:',
      '        - lang: curl',
      '          label: cURL',
      '          source: |',
      "            curl 'https://api.example.com/pets' \\",
      "              --header 'Accept: application/json'",
      '        - lang: Python',
      '          label: Python',
      '          source: |',
      '            import requests',
      '',
      '            print(requests.get("https://api.example.com/pets").text)',
      '',
    ].join('\n');
    const flow = `, "x-codeSamples": ${JSON.stringify([{ lang: 'curl', label: 'cURL', source: curl.code }])}`;
    const expected = spec.replace("          description: ok\n", `          description: ok\n${inserted}`).replace('{operationId: showPet}', `{operationId: showPet${flow}}`);
    expect(text).toBe(expected);
    expect(parse(text).paths['/pets/{petId}'].get['x-codeSamples']).toEqual([{ lang: 'curl', label: 'cURL', source: curl.code }]);
  });

  it('follows the file: lists not indented under their key stay so, CRLF line ends stay CRLF', () => {
    const crlf = ['paths:', '  /a:', '    get:', '      tags:', '      - a', '      responses: {}', ''].join('\r\n');
    const { text } = addCodeSamples(crlf, [op('get', '/a', [curl])], codeSamples);
    expect(text).toBe(crlf + ['      x-codeSamples:', '      - lang: curl', '        label: cURL', '        source: |', "          curl 'https://api.example.com/pets' \\", "            --header 'Accept: application/json'", ''].join('\r\n'));
  });

  it('writes an operation at the end of a file without a final newline', () => {
    const { text } = addCodeSamples('paths:\n  /a:\n    get:\n      operationId: a', [op('get', '/a', [curl])], codeSamples);
    expect(text.startsWith('paths:\n  /a:\n    get:\n      operationId: a\n      x-codeSamples:\n        - lang: curl\n')).toBe(true);
  });

  it('keeps the samples an operation has and adds ours after them, except one with the same language and label', () => {
    const existing = ['paths:', '  /a:', '    get:', '      x-codeSamples:', '        - lang: Python', '          label: Python', '          source: sdk.pets.list()', '      responses: {}', ''].join('\n');
    const { text } = addCodeSamples(existing, [op('get', '/a')], codeSamples);
    expect(parse(text).paths['/a'].get['x-codeSamples']).toEqual([
      { lang: 'Python', label: 'Python', source: 'sdk.pets.list()' },
      { lang: 'curl', label: 'cURL', source: curl.code },
    ]);
    // Appended to the list in place: the key after it stays after it.
    expect(text.endsWith("            --header 'Accept: application/json'\n      responses: {}\n")).toBe(true);
  });

  it('replaces them in place with replace', () => {
    const existing = ['paths:', '  /a:', '    get:', '      x-codeSamples:', '        - {lang: Go, source: x}', '      responses: {}', ''].join('\n');
    const { text } = addCodeSamples(existing, [op('get', '/a', [curl])], { format: 'x-codesamples', replace: true });
    expect(text).toBe(['paths:', '  /a:', '    get:', '      x-codeSamples:', '        - lang: curl', '          label: cURL', '          source: |', "            curl 'https://api.example.com/pets' \\", "              --header 'Accept: application/json'", '      responses: {}', ''].join('\n'));
  });

  it('writes ReadMe samples into an x-readme object the operation already has, keeping its other keys', () => {
    const readme = ['paths:', '  /a:', '    get:', '      x-readme:', '        explorer-enabled: false', '      responses: {}', ''].join('\n');
    const { text } = addCodeSamples(readme, [op('get', '/a', [curl, python])], { format: 'x-readme', replace: false });
    expect(parse(text).paths['/a'].get['x-readme']).toEqual({
      'explorer-enabled': false,
      'code-samples': [
        { language: 'curl', code: curl.code, name: 'cURL' },
        { language: 'python', code: python.code, name: 'Python' },
      ],
    });
    expect(withoutSamples(text, 'x-readme')).toEqual(withoutSamples(readme, 'x-readme'));
  });

  it('uses the lang names Redocly documents and ReadMe language modes for every target', () => {
    const targets = ['curl', 'csharp-restsharp', 'go-native', 'http', 'java-okhttp', 'javascript-jquery', 'nodejs-request', 'php-http-request2', 'python-requests', 'ruby-net-http', 'swift-urlsession'];
    const samples = targets.map((target) => ({ target, label: target, code: 'x' }));
    const spec = 'paths:\n  /a:\n    get: {}\n';
    const langs = parse(addCodeSamples(spec, [op('get', '/a', samples)], codeSamples).text).paths['/a'].get['x-codeSamples'].map((s: { lang: string }) => s.lang);
    expect(langs).toEqual(['curl', 'C#', 'Go', 'HTTP', 'Java', 'JavaScript', 'Node.js', 'PHP', 'Python', 'Ruby', 'Swift']);
    const readme = parse(addCodeSamples(spec, [op('get', '/a', samples)], { format: 'x-readme', replace: false }).text).paths['/a'].get['x-readme']['code-samples'].map((s: { language: string }) => s.language);
    expect(readme).toEqual(['curl', 'csharp', 'go', 'http', 'java', 'javascript', 'node', 'php', 'python', 'ruby', 'swift']);
  });

  it('carries any code byte for byte: tabs, CR, trailing and leading spaces, document markers, quotes, non-ASCII, empty', () => {
    const hostile = ['\tindented\n', 'trailing  \nspaces \n', '  leading\nline\n', '---\n...\n# not a comment\n', 'a\r\nb\r\n', 'no final newline', '"quotes" \'and\' `ticks` ${x} é 😀\n', '', '\n\n\nblank\n\n', 'key: value\n- item\n', '\taaaa\n\naaa\naaaa\\aaaa\n\n\n', ` leading space and a long line ${'x'.repeat(100)}\n\n  more\n`];
    const samples = hostile.map((code, index) => ({ target: 'curl', label: `case ${index}`, code }));
    for (const spec of ['paths:\n  /a:\n    get:\n      responses: {}\n', '{\n  "paths": {\n    "/a": {\n      "get": {\n        "responses": {}\n      }\n    }\n  }\n}\n', '{"paths":{"/a":{"get":{}}}}']) {
      const { text } = addCodeSamples(spec, [op('get', '/a', samples)], codeSamples);
      expect(parse(text).paths['/a'].get['x-codeSamples'].map((s: { source: string }) => s.source)).toEqual(hostile);
    }
  });
});

describe('addCodeSamples into JSON', () => {
  const spec = [
    '{',
    '    "openapi": "3.1.0",',
    '    "paths": {',
    '        "/pets": {',
    '            "get": {',
    '                "operationId": "listPets",',
    '                "responses": { "404": { "description": "none" }, "200": { "description": "ok" } }',
    '            },',
    '            "post": {}',
    '        }',
    '    }',
    '}',
    '',
  ].join('\n');

  it('inserts after the last key at the file\'s indentation, leaving every other byte (and the order of "404" before "200")', () => {
    const { text } = addCodeSamples(spec, [op('get', '/pets', [curl]), op('post', '/pets', [curl])], codeSamples);
    const sample = (column: number) => JSON.stringify([{ lang: 'curl', label: 'cURL', source: curl.code }], null, 4).split('\n').join('\n' + ' '.repeat(column));
    const expected = spec
      .replace('"description": "ok" } }\n', `"description": "ok" } },\n                "x-codeSamples": ${sample(16)}\n`)
      // An object written on one line stays on one line.
      .replace('"post": {}', `"post": {"x-codeSamples": ${JSON.stringify([{ lang: 'curl', label: 'cURL', source: curl.code }])}}`);
    expect(text).toBe(expected);
    expect(JSON.parse(text).paths['/pets'].get['x-codeSamples'][0].source).toBe(curl.code);
  });

  it('keeps a minified file on one line', () => {
    const minified = '{"paths":{"/a":{"get":{"responses":{"200":{"description":"ok"}}}}}}';
    const { text } = addCodeSamples(minified, [op('get', '/a', [curl])], codeSamples);
    expect(text).toBe(minified.replace('"ok"}}}', `"ok"}}, "x-codeSamples": ${JSON.stringify([{ lang: 'curl', label: 'cURL', source: curl.code }])}}`));
    expect(text).not.toContain('\n');
  });

  it('appends to an existing JSON list, or replaces it, in place', () => {
    const existing = '{\n  "paths": {\n    "/a": {\n      "get": {\n        "x-codeSamples": [\n          {"lang": "Go", "source": "x"}\n        ],\n        "responses": {}\n      }\n    }\n  }\n}\n';
    const kept = addCodeSamples(existing, [op('get', '/a', [curl])], codeSamples).text;
    expect(JSON.parse(kept).paths['/a'].get['x-codeSamples']).toEqual([{ lang: 'Go', source: 'x' }, { lang: 'curl', label: 'cURL', source: curl.code }]);
    expect(Object.keys(JSON.parse(kept).paths['/a'].get)).toEqual(['x-codeSamples', 'responses']);
    const replaced = addCodeSamples(existing, [op('get', '/a', [curl])], { format: 'x-codesamples', replace: true }).text;
    expect(JSON.parse(replaced).paths['/a'].get['x-codeSamples']).toEqual([{ lang: 'curl', label: 'cURL', source: curl.code }]);
    expect(replaced.endsWith('\n        ],\n        "responses": {}\n      }\n    }\n  }\n}\n')).toBe(true);
  });
});

describe('the file\'s own conventions', () => {
  it('indents with tabs in a tab-indented JSON file', () => {
    const spec = '{\n\t"paths": {\n\t\t"/a": {\n\t\t\t"get": {\n\t\t\t\t"responses": {}\n\t\t\t}\n\t\t}\n\t}\n}\n';
    const { text } = addCodeSamples(spec, [op('get', '/a', [curl])], codeSamples);
    const sample = JSON.stringify([{ lang: 'curl', label: 'cURL', source: curl.code }], null, '\t').split('\n').join('\n\t\t\t\t');
    expect(text).toBe(spec.replace('"responses": {}\n', `"responses": {},\n\t\t\t\t"x-codeSamples": ${sample}\n`));
  });

  it('adds to the older x-code-samples list when the operation has only that one (Redoc shows x-codeSamples instead when both exist)', () => {
    const spec = 'paths:\n  /a:\n    get:\n      x-code-samples:\n        - {lang: Go, source: x}\n';
    const operation = parse(addCodeSamples(spec, [op('get', '/a', [curl])], codeSamples).text).paths['/a'].get;
    expect(operation).toEqual({ 'x-code-samples': [{ lang: 'Go', source: 'x' }, { lang: 'curl', label: 'cURL', source: curl.code }] });
  });

  it('writes any code so that YAML and JSON parsers read it back exactly, in every layout', () => {
    const specs = ['paths:\n  /a:\n    get:\n      responses: {}\n', 'paths:\n  /a:\n    get: {responses: {}}\n', '{\n  "paths": {"/a": {\n    "get": {\n      "responses": {}\n    }\n  }}\n}\n', '{"paths":{"/a":{"get":{}}}}'];
    // Whole code points (no lone surrogates, which no snippet can hold), and code-like lines that take the literal-block path.
    const codeLine = fc.string({ unit: fc.constantFrom(...'ab :#-|>"\'\t{}[]&*!%@`\\'), maxLength: 12 });
    const codeLike = fc.tuple(fc.array(codeLine, { maxLength: 6 }), fc.nat(3)).map(([lines, breaks]) => lines.join('\n') + '\n'.repeat(breaks));
    const code = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), codeLike);
    fc.assert(
      fc.property(fc.array(code, { minLength: 1, maxLength: 3 }), fc.constantFrom(...specs), fc.boolean(), (codes, spec, replace) => {
        const samples = codes.map((text, index) => ({ target: 'curl', label: `case ${index}`, code: text }));
        const { text } = addCodeSamples(spec, [op('get', '/a', samples)], { format: 'x-codesamples', replace });
        expect(parse(text).paths['/a'].get['x-codeSamples'].map((s: { source: string }) => s.source)).toEqual(codes);
        if (spec.startsWith('{')) expect(JSON.parse(text).paths['/a'].get['x-codeSamples'].map((s: { source: string }) => s.source)).toEqual(codes);
      }),
      { numRuns: 150 },
    );
    // 150 cases take about a second alone; a loaded machine takes longer.
  }, 30_000);
});

describe('operations that cannot take samples', () => {
  it('follows a path item that is a local $ref, and warns about one in another file or a missing operation, leaving the text alone', () => {
    const spec = [
      'openapi: 3.1.0',
      'paths:',
      "  /local: {$ref: '#/components/pathItems/Local'}",
      "  /remote: {$ref: './paths/remote.yaml'}",
      'components:',
      '  pathItems:',
      '    Local:',
      '      get:',
      '        operationId: local',
      '',
    ].join('\n');
    const { text, warnings } = addCodeSamples(spec, [op('get', '/local', [curl]), op('get', '/remote', [curl]), op('delete', '/local', [curl]), op('get', '/gone', [curl])], codeSamples);
    expect(parse(text).components.pathItems.Local.get['x-codeSamples']).toHaveLength(1);
    expect(warnings).toEqual([
      'GET /remote: its path item is a $ref into another file (./paths/remote.yaml); add the samples there by hand, or inline the path item; its samples are not written into the spec.',
      'DELETE /local: path item "/local" has no "delete" operation; its samples are not written into the spec.',
      'GET /gone: "paths" has no path item "/gone"; its samples are not written into the spec.',
      'the spec refers to other files (./paths/remote.yaml); the copy written with the samples refers to them relative to where it is written: copy them there too, or bundle the spec into one file first.',
    ]);
  });

  it('warns about an operation that is a YAML alias: the node is shared, so samples would land elsewhere too', () => {
    const spec = 'paths:\n  /a:\n    get: &op\n      operationId: a\n  /b:\n    get: *op\n';
    const { text, warnings } = addCodeSamples(spec, [op('get', '/b', [curl])], codeSamples);
    expect(text).toBe(spec);
    expect(warnings).toEqual(['GET /b: its "get" operation is the YAML alias *op, shared with another place: write the samples there by hand; its samples are not written into the spec.']);
  });

  it('warns when the existing samples are not a list', () => {
    const { text, warnings } = addCodeSamples('paths:\n  /a:\n    get:\n      x-codeSamples: none\n', [op('get', '/a', [curl])], codeSamples);
    expect(text).toBe('paths:\n  /a:\n    get:\n      x-codeSamples: none\n');
    expect(warnings).toEqual(['GET /a: "x-codeSamples" is not a list; its samples are not written into the spec.']);
  });
});

describe('specDocuments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'snipforge-samples-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('writes each spec once, with every variant of an operation labelled with its media type; requests not from a spec are left out', () => {
    const source = write('pets.yaml', 'openapi: 3.0.3\npaths:\n  /pets:\n    post:\n      operationId: createPet\n');
    const snippets = (label: string) => [{ target: 'curl', label, code: `curl ${label}\n` }];
    const { documents, warnings } = specDocuments(
      [
        { source, operation: { method: 'POST', path: '/pets', mediaType: 'application/json' }, snippets: snippets('cURL') },
        { source, operation: { method: 'POST', path: '/pets', mediaType: 'application/xml' }, snippets: snippets('cURL') },
        { source: 'collection.json', snippets: snippets('cURL') },
      ],
      codeSamples,
    );
    expect(warnings).toEqual([]);
    expect(documents.map((d) => d.file)).toEqual(['pets.yaml']);
    expect(parse(documents[0]!.content).paths['/pets'].post['x-codeSamples'].map((s: { label: string }) => s.label)).toEqual(['cURL (application/json)', 'cURL (application/xml)']);
  });

  it('writes the files a spec refers to beside it, with the samples of the operations they hold, and warns about refs it cannot mirror', () => {
    mkdirSync(join(dir, 'split/paths'), { recursive: true });
    mkdirSync(join(dir, 'split/schemas'));
    const root = write('split/api.yaml', "openapi: 3.0.3\npaths:\n  /pets:\n    $ref: 'paths/pets.yaml#/pets'\n  /all:\n    $ref: './paths/pets.yaml#/pets'\n  /far:\n    $ref: '../outside.yaml'\n  /web:\n    $ref: 'https://example.com/pets.yaml'\n");
    const pets = "# pets\npets:\n  get:\n    operationId: listPets\n    responses:\n      '200': {$ref: '../schemas/list.yaml'}\n";
    write('split/paths/pets.yaml', pets);
    write('split/schemas/list.yaml', 'description: ok  # untouched\n');
    const { documents, warnings } = specDocuments(
      [
        { source: root, operation: { method: 'GET', path: '/pets' }, snippets: [curl] },
        { source: root, operation: { method: 'GET', path: '/all' }, snippets: [python] },
        { source: root, operation: { method: 'GET', path: '/far' }, snippets: [curl] },
        { source: root, operation: { method: 'GET', path: '/web' }, snippets: [curl] },
      ],
      codeSamples,
    );
    expect(documents.map((d) => d.file)).toEqual(['api.yaml', 'paths/pets.yaml', 'schemas/list.yaml']);
    expect(documents[0]!.content).toBe(readFileSync(root, 'utf8'));
    expect(documents[1]!.content).toBe(`${pets}    x-codeSamples:\n      - lang: curl\n        label: cURL\n        source: |\n          curl 'https://api.example.com/pets' \\\n            --header 'Accept: application/json'\n`);
    expect(documents[2]!.content).toBe('description: ok  # untouched\n');
    expect(warnings).toEqual([
      `${root}: GET /all: its operation is the one GET /pets also reaches through a $ref; the samples written there are GET /pets's.`,
      `${root}: GET /far: its $ref "../outside.yaml" leads outside the spec's directory, where the output cannot mirror it; its samples are not written into the spec.`,
      `${root}: GET /web: its $ref "https://example.com/pets.yaml" is a URL, not a file beside the spec; its samples are not written into the spec.`,
      `${root}: api.yaml: its $ref "../outside.yaml" leads outside the spec's directory, where the output cannot mirror it.`,
    ]);
  });

  it('refuses two specs that would be written under one file name', () => {
    const first = write('api.json', '{"paths":{"/a":{"get":{}}}}');
    mkdirSync(join(dir, 'v2'));
    const second = write('v2/api.json', '{"paths":{"/a":{"get":{}}}}');
    const request = (source: string) => ({ source, operation: { method: 'get', path: '/a' }, snippets: [curl] });
    expect(() => specDocuments([request(first), request(second)], codeSamples)).toThrow(new InputError(`${second}: api.json would be written over ${first} with --format x-codesamples; build the two specs into separate output directories`));
  });
});

describe('build --format x-codesamples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'snipforge-samples-build-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const spec = [
    'openapi: 3.0.3',
    'info: {title: Pets, version: "1"}  # kept',
    'servers: [{url: "http://127.0.0.1:8080"}]',
    'paths:',
    '  /pets:',
    '    get:',
    '      operationId: listPets',
    "      responses: {'200': {description: ok}}",
    '',
  ].join('\n');
  const specPath = join(dir, 'pets.yaml');
  writeFileSync(specPath, spec);
  const outDir = join(dir, 'out');

  it('writes the spec at the output root, lists it in the manifest, and leaves it alone when nothing changed', async () => {
    const first = await build({ inputs: [specPath], outDir, targets: ['curl', 'python-requests'], formats: ['x-codesamples'] });
    expect(first.manifest.documents).toEqual([{ format: 'x-codesamples', file: 'pets.yaml', hash: expect.stringMatching(/^sha256-/) }]);
    const written = readFileSync(join(outDir, 'pets.yaml'), 'utf8');
    const samples = parse(written).paths['/pets'].get['x-codeSamples'];
    expect(samples.map((s: { lang: string; label: string }) => `${s.lang}/${s.label}`)).toEqual(['curl/cURL', 'Python/Python']);
    expect(samples[0].source).toBe(readFileSync(join(outDir, first.manifest.requests[0]!.snippets[0]!.file!), 'utf8'));
    expect(withoutSamples(written, 'x-codeSamples')).toEqual(parse(spec));
    expect(written.startsWith(spec.slice(0, -1))).toBe(true);
    // Still a valid spec for a real validator (extensions are allowed on operations).
    await expect(SwaggerParser.validate(join(outDir, 'pets.yaml'))).resolves.toBeDefined();

    // Without the per-target files: the same spec, and nothing else but the manifest.
    const specOnly = join(dir, 'spec-only');
    const withoutFiles = await build({ inputs: [specPath], outDir: specOnly, targets: ['curl', 'python-requests'], formats: ['x-codesamples'], files: false });
    expect(withoutFiles.files.written).toEqual(['manifest.json', 'pets.yaml']);
    expect(readFileSync(join(specOnly, 'pets.yaml'), 'utf8')).toBe(written);

    const second = await build({ inputs: [specPath], outDir, targets: ['curl', 'python-requests'], formats: ['x-codesamples'] });
    expect(second.files.written).toEqual([]);
    expect(second.files.unchanged).toContain('pets.yaml');
    const third = await build({ inputs: [specPath], outDir, targets: ['curl'] });
    expect(third.files.removed).toContain('pets.yaml');
  });

  it('refuses both spec formats at once, and warns when no input is a spec', async () => {
    await expect(build({ inputs: [specPath], outDir: join(dir, 'both'), formats: ['x-codesamples', 'x-readme'] })).rejects.toThrow(new UsageError('formats x-codesamples and x-readme both write the spec back; choose one'));
    const model = join(dir, 'model.json');
    writeFileSync(model, JSON.stringify({ url: 'https://api.example.com/pets' }));
    const result = await build({ inputs: [model], outDir: join(dir, 'model-out'), targets: ['curl'], formats: ['x-readme'] });
    expect(result.warnings).toEqual(['--format x-readme: no operation of an OpenAPI/Swagger spec was built, so no spec is written.']);
    expect(result.manifest.documents).toEqual([]);
  });
});

describe('snipforge build --format x-codesamples --replace-samples', () => {
  it('reaches the writer from the command line, and prints its warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-samples-cli-'));
    try {
      mkdirSync(join(dir, 'spec'));
      writeFileSync(join(dir, 'elsewhere.yaml'), 'get:\n  operationId: b\n  responses: {"200": {description: ok}}\n');
      const spec = join(dir, 'spec', 'api.yaml');
      writeFileSync(spec, 'openapi: 3.0.3\ninfo: {title: A, version: "1"}\nservers: [{url: "http://127.0.0.1:8080"}]\npaths:\n  /a:\n    get:\n      operationId: a\n      x-codeSamples: [{lang: Go, source: old}]\n      responses: {"200": {description: ok}}\n  /b:\n    $ref: "../elsewhere.yaml"\n');
      let stderr = '';
      const code = await run(['build', spec, '--out', join(dir, 'out'), '--format', 'x-codesamples', '--targets', 'curl', '--replace-samples', '--progress-after', '100000'], { stdout: () => {}, stderr: (text) => (stderr += text) });
      expect(code).toBe(0);
      expect(parse(readFileSync(join(dir, 'out', 'api.yaml'), 'utf8')).paths['/a'].get['x-codeSamples'].map((s: { lang: string }) => s.lang)).toEqual(['curl']);
      expect(stderr).toContain(`warning: ${relative(process.cwd(), spec)}: api.yaml: its $ref "../elsewhere.yaml" leads outside the spec's directory, where the output cannot mirror it.\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
