import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVariables } from '../../src/importers/postman/environment.js';
import { InputError } from '../../src/index.js';
import { FIXTURES_DIR } from '../fixtures.js';

describe('loadVariables', () => {
  it('reads a plain object, numbers and booleans as their text', () => {
    expect(loadVariables({ baseUrl: 'http://127.0.0.1:8080', retries: 3, ratio: 0.5, debug: false, empty: '' }, 'vars.json')).toEqual({
      baseUrl: 'http://127.0.0.1:8080',
      retries: '3',
      ratio: '0.5',
      debug: 'false',
      empty: '',
    });
  });

  it('reads a Postman environment export, leaving out disabled and blank entries', () => {
    const environment: unknown = JSON.parse(readFileSync(join(FIXTURES_DIR, 'postman', 'environment.json'), 'utf8'));
    expect(loadVariables(environment, 'environment.json')).toEqual({
      baseUrl: 'https://staging.example.com',
      accessToken: 'staging-token',
      retries: '3',
    });
    expect(loadVariables({ name: 'x', values: [{ key: 'secret', value: '', type: 'secret', enabled: true }] }, 'e.json')).toEqual({});
  });

  it('unwraps an environment as the Postman API returns it', () => {
    expect(loadVariables({ environment: { name: 'x', values: [{ key: 'a', value: 'b' }] } }, 'e.json')).toEqual({ a: 'b' });
  });

  it('names the source and the expected shapes when the JSON is something else', () => {
    expect(() => loadVariables(['a'], 'vars.json')).toThrow(InputError);
    expect(() => loadVariables(['a'], 'vars.json')).toThrow(/^vars\.json: expected a JSON object of variable values .* or a Postman environment export/);
    expect(() => loadVariables('x', 'vars.json')).toThrow(/^vars\.json: expected/);
    expect(() => loadVariables({ nested: { a: 1 } }, 'vars.json')).toThrow(/^vars\.json: variable "nested" must be a string, number or boolean/);
    expect(() => loadVariables({ gone: null }, 'vars.json')).toThrow(/^vars\.json: variable "gone" must be/);
    expect(() => loadVariables({ name: 'x', values: ['a'] }, 'env.json')).toThrow(new InputError('env.json: values[0]: expected an object, got a string'));
    expect(() => loadVariables({ name: 'x', values: [{ value: 'a' }] }, 'env.json')).toThrow(new InputError('env.json: values[0]: expected a "key" (the variable name)'));
  });
});
