import { describe, expect, it } from 'vitest';
import { prepareRequest } from '../src/index.js';

describe('empty form bodies', () => {
  it.each([
    ['urlencoded with no fields', { mode: 'urlencoded' as const, params: [] }],
    ['urlencoded with every field disabled', { mode: 'urlencoded' as const, params: [{ key: 'a', value: '1', disabled: true }] }],
    ['form-data with no fields', { mode: 'formdata' as const, params: [] }],
    ['form-data with every field disabled', { mode: 'formdata' as const, params: [{ key: 'a', value: '1', disabled: true }] }],
  ])('%s: an empty raw body, the method and the user Content-Type kept, none invented', (_, body) => {
    const withType = prepareRequest({ method: 'PUT', url: 'http://h/x', headers: [{ name: 'Content-Type', value: 'multipart/form-data; boundary=x' }], body });
    expect(withType.method).toBe('PUT');
    expect(withType.body).toEqual({ mode: 'raw', text: '', language: 'text', byteLength: 0 });
    expect(withType.headers).toEqual([{ name: 'Content-Type', value: 'multipart/form-data; boundary=x' }]);
    expect(prepareRequest({ method: 'POST', url: 'http://h/x', body }).headers).toEqual([]);
  });
});

describe('multipart names', () => {
  it('WHATWG-encodes a quote in a field name and a file name, once, with a warning', () => {
    const prepared = prepareRequest({
      method: 'POST',
      url: 'http://h/x',
      body: { mode: 'formdata', params: [{ key: 'a"b', value: 'v' }, { type: 'file', key: 'f"%22', src: 'dir/we"ird.txt' }] },
    });
    expect(prepared.body).toMatchObject({ mode: 'formdata', params: [{ key: 'a%22b' }, { key: 'f%22%22', fileName: 'we%22ird.txt', src: 'dir/we"ird.txt' }] });
    expect(prepared.warnings.filter((w) => w.includes('WHATWG'))).toHaveLength(3);
  });
});

describe('basic auth', () => {
  it('keeps literal credentials as a ready Authorization header', () => {
    const prepared = prepareRequest({ url: 'http://h/', auth: { type: 'basic', username: 'ann', password: 'pw' } });
    expect(prepared.basicAuth).toBeUndefined();
    expect(prepared.headers).toEqual([{ name: 'Authorization', value: `Basic ${btoa('ann:pw')}` }]);
  });

  it('leaves credentials holding placeholders to be encoded at run time, with no Authorization header', () => {
    const prepared = prepareRequest({ url: 'http://h/', headers: [{ name: 'Authorization', value: 'Basic old' }], auth: { type: 'basic', username: '{{basicAuthUsername}}', password: '{{basicAuthPassword}}' } });
    expect(prepared.basicAuth).toEqual({ username: '{{basicAuthUsername}}', password: '{{basicAuthPassword}}' });
    expect(prepared.headers).toEqual([]);
    expect(prepareRequest({ url: 'http://{{user}}:p%40ss@h/' }).basicAuth).toEqual({ username: '{{user}}', password: 'p@ss' });
  });
});
