import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/importers/json-syntax.js';
import { loadInput, parseJsonWithPosition } from '../../src/importers/load.js';
import { InputError, RequestSchema } from '../../src/index.js';
import { FIXTURES_DIR } from '../fixtures.js';

const postman = (file: string) => join(FIXTURES_DIR, 'postman', file);
const workDir = mkdtempSync(join(tmpdir(), 'snipforge-load-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function writeInput(name: string, content: string | Buffer): string {
  const path = join(workDir, name);
  writeFileSync(path, content);
  return path;
}

describe('loadInput', () => {
  it('reads a Postman collection', async () => {
    const input = await loadInput(postman('seed-docs.json'));
    expect(input.kind).toBe('collection');
    expect(input.requests.map((r) => r.name)).toEqual(['Get the access token']);
    expect(input.variables).toHaveProperty('authPath', 'https://auth.pingone.com');
  });

  it('reads a collection wrapped as the Postman API returns it', async () => {
    const collection: unknown = JSON.parse(readFileSync(postman('seed-docs.json'), 'utf8'));
    const input = await loadInput(writeInput('wrapped.json', JSON.stringify({ collection })));
    expect(input.kind).toBe('collection');
    expect(input.requests).toHaveLength(1);
  });

  it('reads a single request model as written, named by its file when it has no name', async () => {
    const path = join(FIXTURES_DIR, '..', '..', 'examples', 'token-request.json');
    const input = await loadInput(path);
    expect(input).toEqual({
      kind: 'request',
      requests: [{ name: 'Get the access token', folders: [], request: JSON.parse(readFileSync(path, 'utf8')) }],
      failures: [],
      variables: {},
      warnings: [],
    });
    expect(RequestSchema.safeParse(input.requests[0]!.request).success).toBe(true);
    expect((await loadInput(writeInput('ping.json', '{"url": "http://x/ping"}'))).requests[0]!.name).toBe('ping');
  });

  it('reads an array of request models', async () => {
    const input = await loadInput(writeInput('many.json', JSON.stringify([{ name: 'A', url: 'http://x/a' }, { url: 'http://x/b', method: 'POST' }])));
    expect(input.kind).toBe('request');
    expect(input.requests).toEqual([
      { name: 'A', folders: [], request: { name: 'A', url: 'http://x/a' } },
      { name: 'many-2', folders: [], request: { url: 'http://x/b', method: 'POST' } },
    ]);
  });

  it('names the element of an array that is not a request model', async () => {
    const path = writeInput('mixed.json', '[{"url": "http://x"}, {"uri": "http://y"}]');
    await expect(loadInput(path)).rejects.toThrow(new InputError(`${path}: [1] is not a request model (an object with "url")`));
    const empty = writeInput('empty-array.json', '[]');
    await expect(loadInput(empty)).rejects.toThrow(new InputError(`${empty}: the array holds no request models; expected a request model (an object with "url"), a Postman Collection v2.1 (an object with "info" and "item") or an OpenAPI/Swagger document (an object with "openapi" or "swagger")`));
  });

  it('says what it expected when the JSON is neither a request nor a collection', async () => {
    for (const json of ['{"info": {}}', '"http://x"', '42', 'null', '{"item": []}']) {
      const path = writeInput('other.json', json);
      await expect(loadInput(path), json).rejects.toThrow(
        new InputError(`${path}: expected a request model (an object with "url"), a Postman Collection v2.1 (an object with "info" and "item") or an OpenAPI/Swagger document (an object with "openapi" or "swagger")`),
      );
    }
  });

  it('rejects a v1 collection with the path and how to export v2.1', async () => {
    const path = postman('v1-collection.json');
    await expect(loadInput(path)).rejects.toThrow(new InputError(`${path}: this file is a Postman Collection v1; export it as v2.1 from Postman (Export → Collection v2.1)`));
  });

  it('points at the line and column of broken JSON', async () => {
    const path = postman('broken.json');
    await expect(loadInput(path)).rejects.toThrow(new InputError(`${path}:4:20: invalid JSON: expected a property name in double quotes, got '}' (remove the trailing comma)`));
  });

  it('names the path and the reason for file-level problems', async () => {
    const missing = join(workDir, 'missing.json');
    await expect(loadInput(missing)).rejects.toThrow(new InputError(`${missing}: no such file`));
    const directory = join(workDir, 'a-directory');
    mkdirSync(directory);
    await expect(loadInput(directory)).rejects.toThrow(new InputError(`${directory}: is a directory, expected a JSON file`));
    const empty = writeInput('empty.json', ' \n');
    await expect(loadInput(empty)).rejects.toThrow(new InputError(`${empty}: the file is empty, expected JSON`));
    const utf16 = writeInput('utf16.json', Buffer.from('\uFEFF{"url": "http://x"}', 'utf16le'));
    await expect(loadInput(utf16)).rejects.toThrow(new InputError(`${utf16}: is UTF-16 text; save it as UTF-8`));
    const latin1 = writeInput('latin1.json', Buffer.from('{"url": "http://x/caf\xe9"}', 'latin1'));
    await expect(loadInput(latin1)).rejects.toThrow(new InputError(`${latin1}: is not UTF-8 text; save it as UTF-8`));
    const unreadable = writeInput('unreadable.json', '{}');
    chmodSync(unreadable, 0o000);
    try {
      // root reads any file, so the message is checked only where the permission bites.
      if (!isReadable(unreadable)) await expect(loadInput(unreadable)).rejects.toThrow(new InputError(`${unreadable}: permission denied`));
    } finally {
      chmodSync(unreadable, 0o644);
    }
  });

  it('accepts a UTF-8 byte order mark', async () => {
    expect((await loadInput(writeInput('bom.json', '\uFEFF{"url": "http://x"}'))).requests[0]!.request).toEqual({ url: 'http://x' });
  });
});

describe('parseJsonWithPosition', () => {
  const errorOf = (text: string) => {
    try {
      parseJsonWithPosition(text, 'in.json');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    }
    throw new Error('parsed');
  };

  it('parses valid JSON', () => {
    expect(parseJsonWithPosition('{"a": [1, true, null, "x"]}', 'in.json')).toEqual({ a: [1, true, null, 'x'] });
  });

  it.each([
    ['{"a": 1,}', "in.json:1:9: invalid JSON: expected a property name in double quotes, got '}' (remove the trailing comma)"],
    ['[1, 2,]', "in.json:1:7: invalid JSON: unexpected ']', expected a value (remove the trailing comma)"],
    ["{'a': 1}", "in.json:1:2: invalid JSON: expected a property name in double quotes, got '''"],
    ['{"a": \'x\'}', 'in.json:1:7: invalid JSON: strings must be in double quotes, not single quotes'],
    ['{"a": "x}', 'in.json:1:7: invalid JSON: unterminated string'],
    ['{"a": "x\ty"}', 'in.json:1:9: invalid JSON: control character U+0009 inside a string; write it as an escape such as \\n or \\t'],
    ['{"a": "\\x"}', "in.json:1:8: invalid JSON: invalid escape '\\x' in a string"],
    ['{"a": 1} {"b": 2}', "in.json:1:10: invalid JSON: unexpected '{' after the end of the JSON value"],
    ['{"a" 1}', "in.json:1:6: invalid JSON: expected ':' after the property name, got '1'"],
    ['{\r\n  "a": 1\r\n  "b": 2\r\n}', "in.json:3:3: invalid JSON: expected ',' or '}' after a property value, got '\"'"],
    ['{\n  "café": "é", x\n}', "in.json:2:16: invalid JSON: expected a property name in double quotes, got 'x'"],
    ['{"emoji": "😀", }', "in.json:1:16: invalid JSON: expected a property name in double quotes, got '}' (remove the trailing comma)"],
    ['{"a": tru}', "in.json:1:7: invalid JSON: unexpected 't', expected a value"],
    ['{"a": -}', 'in.json:1:7: invalid JSON: invalid number'],
    ['{"a": [1 2]}', "in.json:1:10: invalid JSON: expected ',' or ']' after an array element, got '2'"],
    ['{"a": ', 'in.json:1:7: invalid JSON: unexpected end of input, expected a value'],
  ])('%j → %s', (text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it('finds an error exactly when JSON.parse fails', () => {
    const agrees = (text: string) => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findJsonSyntaxError(text) === undefined).toBe(valid);
    };
    fc.assert(fc.property(fc.json(), agrees));
    // Valid JSON with one character changed or removed: mostly invalid, sometimes still valid.
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', ' ', 'x', '0', '\n', '\u0001'), (json, at, replacement) => {
        const i = at % (json.length + 1);
        agrees(json.slice(0, i) + replacement + json.slice(i + 1));
      }),
      { numRuns: 2000 },
    );
  });
});

function isReadable(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}
