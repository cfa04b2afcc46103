import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../fixtures.js';
import type { RecordedRequest } from '../recorder.js';
import { SpecValidator } from './spec-validator.js';

const spec = (file: string) => SpecValidator.load(join(FIXTURES_DIR, 'openapi-exec', file));
const [styles, bodies, security, swagger2] = await Promise.all([spec('feature-v3.0-styles.yaml'), spec('feature-v3.0-bodies.yaml'), spec('feature-v3.0-security.yaml'), spec('feature-v2.0.json')]);

function recorded(method: string, target: string, headers: Record<string, string> = {}, body = ''): RecordedRequest {
  return {
    method,
    target,
    version: 'HTTP/1.1',
    headers: Object.entries(headers).map(([name, value]) => ({ name, value: Buffer.from(value), line: Buffer.from(`${name}: ${value}`) })),
    body: Buffer.from(body),
    framing: body === '' ? 'none' : 'content-length',
  };
}

const QUERY = 'limit=5&active=true&since=2024-01-15T09:30:00Z&status=open&ids=1,2,3&words=fast%20cheap&pipes=a%7Cb&filter%5Bcolor%5D=blue&filter%5Bsize%5D=3&offset=10&count=20&box=w,4,h,3&redirect=https://example.com/a?b%3Dc&q=caff%C3%A8&code=ABC-1234&json=%7B%22a%22:1%7D';
const queryStyles = { operationId: 'queryStyles', method: 'GET', path: '/query' };
const withQuery = (change: (params: URLSearchParams) => void) => {
  const params = new URLSearchParams(QUERY);
  change(params);
  // URLSearchParams writes a space as '+' and escapes the commas the styles use as delimiters.
  return `/query?${params.toString().replace(/\+/g, '%20').replace(/%2C/g, ',')}`;
};

describe('SpecValidator: parameters, deserialized by style and explode, validated by openapi-backend', () => {
  it('accepts every query style sent as the spec says', () => {
    expect(styles.validate(recorded('GET', `/query?${QUERY}`), queryStyles)).toEqual([]);
  });

  it('refuses a wrong type, a value out of range, a bad format or pattern, a missing or undeclared parameter', () => {
    const wrongType = styles.validate(recorded('GET', withQuery((p) => p.set('limit', 'ten'))), queryStyles);
    expect(wrongType.filter((problem) => /limit.*must be integer/.test(problem)).map((problem) => problem.split(':')[0])).toEqual(['openapi-backend', 'openapi-request-validator']);
    expect(styles.validate(recorded('GET', withQuery((p) => p.set('limit', '7'))), queryStyles).join()).toMatch(/multiple of 5/);
    expect(styles.validate(recorded('GET', withQuery((p) => p.set('since', 'yesterday'))), queryStyles).join()).toMatch(/date-time/);
    expect(styles.validate(recorded('GET', withQuery((p) => p.set('code', 'string'))), queryStyles).join()).toMatch(/pattern/);
    expect(styles.validate(recorded('GET', withQuery((p) => p.set('status', 'string'))), queryStyles).join()).toMatch(/allowed values/);
    expect(styles.validate(recorded('GET', withQuery((p) => p.delete('active'))), queryStyles).join()).toMatch(/required property 'active'/);
    expect(styles.validate(recorded('GET', withQuery((p) => p.set('extra', '1'))), queryStyles).join()).toMatch(/additional properties/);
  });

  it('refuses a parameter serialized against its style', () => {
    // ids is form with explode false: one `ids=1,2,3`, not repeated.
    expect(styles.validate(recorded('GET', withQuery((p) => (p.delete('ids'), p.append('ids', '1'), p.append('ids', '2')))), queryStyles).join()).toMatch(/ids: sent 2 times/);
    // filter is a deepObject: `filter=...` alone leaves it out.
    expect(styles.validate(recorded('GET', withQuery((p) => (p.delete('filter[color]'), p.delete('filter[size]'), p.set('filter', 'color,blue')))), queryStyles).join()).toMatch(/filter: must be object/);
    const label = { operationId: 'pathLabel', method: 'GET', path: '/label/{id}/{ids}/{idsExploded}/{point}' };
    expect(styles.validate(recorded('GET', '/label/.3fa85f64-5717-4562-b3fc-2c963f66afa6/.3,4,5/.3.4.5/.x=1'), label)).toEqual([]);
    expect(styles.validate(recorded('GET', '/label/3fa85f64-5717-4562-b3fc-2c963f66afa6/.3,4,5/.3.4.5/.x=1'), label).join()).toMatch(/label style wants a leading "\."/);
    expect(styles.validate(recorded('GET', '/label/.3fa85f64-5717-4562-b3fc-2c963f66afa6/.3.4.5/.3.4.5/.x=1'), label).join()).toMatch(/ids\/0: must be integer/);
    const matrix = { operationId: 'pathMatrix', method: 'GET', path: '/matrix/{id}/{ids}/{idsExploded}/{point}' };
    expect(styles.validate(recorded('GET', '/matrix/;id=-3/;ids=a,b/;idsExploded=a;idsExploded=b/;point=x,1,y,2'), matrix)).toEqual([]);
    expect(styles.validate(recorded('GET', '/matrix/-3/;ids=a,b/;idsExploded=a;idsExploded=b/;point=x,1,y,2'), matrix).join()).toMatch(/matrix style wants ";id="/);
  });

  it('checks header and cookie parameters, and path-level parameters', () => {
    const headers = { operationId: 'headerAndCookieStyles', method: 'GET', path: '/headers' };
    const sent = { 'X-Request-Id': '3fa85f64-5717-4562-b3fc-2c963f66afa6', 'X-Count': '10', 'X-Tags': 'a,b', 'X-Point': 'x=1,y=2', Cookie: 'session=0123abcd; prefs=dark,compact' };
    expect(styles.validate(recorded('GET', '/headers', sent), headers)).toEqual([]);
    expect(styles.validate(recorded('GET', '/headers', { ...sent, 'X-Count': '9' }), headers).join()).toMatch(/x-count: must be >= 10/);
    expect(styles.validate(recorded('GET', '/headers', { ...sent, 'X-Point': 'x=one,y=2' }), headers).join()).toMatch(/x-point\/x: must be integer/);
    expect(styles.validate(recorded('GET', '/headers', { ...sent, Cookie: 'prefs=dark' }), headers).join()).toMatch(/required property 'session'/);
    const pathLevel = { operationId: 'pathLevelParameters', method: 'DELETE', path: '/items/{itemId}' };
    expect(styles.validate(recorded('DELETE', '/items/abc?force=false', { 'X-Trace': 'on' }), pathLevel)).toEqual([]);
    const problems = styles.validate(recorded('DELETE', '/items/abcd?force=false'), pathLevel).join();
    expect(problems).toMatch(/itemId: must NOT have more than 3 characters/);
    expect(problems).toMatch(/required property 'x-trace'/);
  });

  it('refuses the wrong method or a path that does not fit', () => {
    expect(styles.validate(recorded('POST', `/query?${QUERY}`), queryStyles).join()).toMatch(/method: sent POST, the operation is GET/);
    expect(styles.validate(recorded('GET', `/queries?${QUERY}`), queryStyles).join()).toMatch(/does not fit the operation's path/);
  });
});

describe('SpecValidator: bodies by media type', () => {
  const createUser = { operationId: 'createUserSampled', method: 'POST', path: '/users' };
  const user = { email: 'user@example.com', name: 'Ann', password: 'long-enough-pw', role: 'member', birthday: '2024-01-15', tags: ['a', 'b'], address: { city: 'Oslo', zip: '12345' } };
  const json = { 'Content-Type': 'application/json' };

  it('validates JSON against the schema; a readOnly property is not required in a request', () => {
    expect(bodies.validate(recorded('POST', '/users', json, JSON.stringify(user)), createUser)).toEqual([]);
    // Both libraries see it.
    const problems = bodies.validate(recorded('POST', '/users', json, JSON.stringify({ ...user, role: 'string' })), createUser);
    expect(problems.filter((problem) => /role.*must be equal to one of the allowed values/.test(problem)).map((problem) => problem.split(':')[0])).toEqual(['openapi-backend', 'openapi-request-validator']);
    expect(bodies.validate(recorded('POST', '/users', json, JSON.stringify({ ...user, birthday: 'string' })), createUser).join()).toMatch(/birthday: must match format "date"/);
    expect(bodies.validate(recorded('POST', '/users', json, JSON.stringify({ ...user, tags: ['a', 'a'] })), createUser).join()).toMatch(/duplicate items/);
    expect(bodies.validate(recorded('POST', '/users', json, JSON.stringify({ ...user, address: { city: 'Oslo' } })), createUser).join()).toMatch(/required property 'zip'/);
    expect(bodies.validate(recorded('POST', '/users', json, '{"email":'), createUser).join()).toMatch(/body: not JSON/);
  });

  it('refuses a missing required body, an unaccepted media type, a body where none is taken', () => {
    expect(bodies.validate(recorded('POST', '/users'), createUser).join()).toMatch(/required by the operation, none was sent/);
    expect(bodies.validate(recorded('POST', '/users', { 'Content-Type': 'text/plain' }, 'hi'), createUser).join()).toMatch(/not one the operation accepts/);
    expect(styles.validate(recorded('GET', `/query?${QUERY}`, json, '{}'), queryStyles).join()).toMatch(/the operation takes none/);
    expect(bodies.validate(recorded('POST', '/images', { 'Content-Type': 'image/png' }, 'png'), { method: 'POST', path: '/images' })).toEqual([]);
  });

  it('reads form and multipart fields as the schema types them', () => {
    const form = { operationId: 'createUserForm', method: 'POST', path: '/users/form' };
    const formType = { 'Content-Type': 'application/x-www-form-urlencoded' };
    expect(bodies.validate(recorded('POST', '/users/form', formType, 'name=Ann&age=18&admin=false&roles=reader&roles=writer'), form)).toEqual([]);
    expect(bodies.validate(recorded('POST', '/users/form', formType, 'name=Ann&age=seventeen&admin=false'), form).join()).toMatch(/age: must be integer/);
    const upload = { operationId: 'uploadAvatar', method: 'POST', path: '/avatars' };
    const part = (name: string, content: string) => `--XyZ\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${content}\r\n`;
    const multipart = { 'Content-Type': 'multipart/form-data; boundary=XyZ' };
    expect(bodies.validate(recorded('POST', '/avatars', multipart, `${part('userId', '1')}${part('avatar', 'PNG')}${part('meta', '{"width":64}')}--XyZ--\r\n`), upload)).toEqual([]);
    expect(bodies.validate(recorded('POST', '/avatars', multipart, `${part('userId', '0')}--XyZ--\r\n`), upload).join()).toMatch(/userId: must be >= 1/);
  });

  it('validates a circular schema (unrolled a few levels) and a oneOf with its discriminator', () => {
    const tree = { operationId: 'createTree', method: 'POST', path: '/trees' };
    expect(bodies.validate(recorded('POST', '/trees', json, '{"value":1,"children":[{"value":2}]}'), tree)).toEqual([]);
    expect(bodies.validate(recorded('POST', '/trees', json, '{"value":1,"children":[{"value":"two"}]}'), tree).join()).toMatch(/children\/0\/value: must be integer/);
    const pet = { operationId: 'createPetOneOf', method: 'POST', path: '/pets' };
    expect(bodies.validate(recorded('POST', '/pets', json, '{"petType":"cat","meows":true}'), pet)).toEqual([]);
    expect(bodies.validate(recorded('POST', '/pets', json, '{"petType":"string"}'), pet).join()).toMatch(/oneOf/);
  });
});

describe('SpecValidator: security presence', () => {
  it('wants a credential where the scheme puts it', () => {
    expect(security.validate(recorded('GET', '/default', { Authorization: 'Bearer {{bearerToken}}' }), { method: 'GET', path: '/default' })).toEqual([]);
    expect(security.validate(recorded('GET', '/default'), { method: 'GET', path: '/default' }).join()).toMatch(/bearerToken: no Authorization: bearer <token>/);
    expect(security.validate(recorded('GET', '/public'), { method: 'GET', path: '/public' })).toEqual([]);
    expect(security.validate(recorded('GET', '/api-key-query?page=1&api_key=%7B%7Bkey%7D%7D'), { method: 'GET', path: '/api-key-query' })).toEqual([]);
    expect(security.validate(recorded('GET', '/api-key-query?page=1'), { method: 'GET', path: '/api-key-query' }).join()).toMatch(/no query api_key/);
    expect(security.validate(recorded('GET', '/api-key-cookie', { Cookie: 'SESSIONID={{cookieKey}}' }), { method: 'GET', path: '/api-key-cookie' })).toEqual([]);
    expect(security.validate(recorded('GET', '/both', { 'X-API-Key': 'k' }), { method: 'GET', path: '/both' }).join()).toMatch(/bearerToken/);
  });

  it('wants Basic credentials as Base64 of user:password, never a placeholder', () => {
    const basic = { method: 'POST', path: '/basic' };
    expect(security.validate(recorded('POST', '/basic', { Authorization: `Basic ${Buffer.from('{{username}}:{{password}}').toString('base64')}` }), basic)).toEqual([]);
    expect(security.validate(recorded('POST', '/basic', { Authorization: 'Basic {{basicAuth}}' }), basic).join()).toMatch(/Base64 of user:password/);
    // Either requirement will do.
    expect(security.validate(recorded('GET', '/either?api_key=k'), { method: 'GET', path: '/either' })).toEqual([]);
  });
});

describe('SpecValidator: Swagger 2.0 (converted by swagger2openapi)', () => {
  it('checks collectionFormat, formData and body parameters', () => {
    const search = { operationId: 'search', method: 'GET', path: '/search' };
    const query = 'csv=1,2&ssv=a%20b&pipes=x%7Cy&multi=2024-01-15&multi=2024-01-16&limit=10&token=t';
    expect(swagger2.validate(recorded('GET', `/search?${query}`, { 'X-Tags': 'a,b' }), search)).toEqual([]);
    expect(swagger2.validate(recorded('GET', `/search?${query.replace('csv=1,2', 'csv=1&csv=2')}`, { 'X-Tags': 'a' }), search).join()).toMatch(/csv: sent 2 times/);
    const widget = { operationId: 'replaceWidget', method: 'PUT', path: '/widgets/{widgetId}' };
    const body = JSON.stringify({ name: 'w', size: 1.5, colors: ['red'] });
    expect(swagger2.validate(recorded('PUT', '/widgets/3fa85f64-5717-4562-b3fc-2c963f66afa6', { 'Content-Type': 'application/json', 'X-Key': 'k' }, body), widget)).toEqual([]);
    expect(swagger2.validate(recorded('PUT', '/widgets/3fa85f64-5717-4562-b3fc-2c963f66afa6', { 'Content-Type': 'application/json', 'X-Key': 'k' }, body.replace('1.5', '1')), widget).join()).toMatch(/size: must be >= 1.5/);
  });
});
