import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { generateSnippet, parseRequest, runPreparer } from '../src/generate.js';
import { isSecretName, SecretMasker, TOKEN_FORMATS } from '../src/model/secrets.js';
import type { RequestInput } from '../src/model/schema.js';

/** Real-looking credentials, one per well-known format (none of them valid anywhere). */
const TOKENS: Readonly<Record<string, string>> = {
  JWT: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'GitHub token': 'ghp_R7mXq2LpV9sKt4NwY8bZc1Hd6Fj3Ge0Ua5Xo',
  'Slack token': 'xoxb-2048-4096-a1B2c3D4e5F6g7H8i9J0',
  'AWS access key id': 'AKIAIOSFODNN7EXAMPLE',
  'Stripe key': 'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  'Google API key': 'AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY',
  'OpenAI key': 'sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z',
};
/** Same prefixes, not the format: left alone. */
const NEAR_MISSES = ['eyJhbGciOiJIUzI1NiJ9.notjwt', 'ghp_short', 'xoxz-2048-4096-a1B2c3D4e5', 'AKIA1234', 'sk_live_', 'AIzaShort', 'sk-short', 'sk-learn'];
const PRIVATE_KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7vZ3n5Qx9Lw2a0Jt\nq8Hc1Yx4Rr6Ss2Tt==\n-----END RSA PRIVATE KEY-----';

const mask = (request: RequestInput, masker = new SecretMasker()) => masker.mask(parseRequest(request));

describe('well-known token formats', () => {
  it('has one sample per entry of the table', () => {
    expect(TOKEN_FORMATS.map((format) => format.label).sort()).toEqual(Object.keys(TOKENS).sort());
  });

  it.each(TOKEN_FORMATS.map((format) => [format.label, format] as const))('%s: masked in any header, query value, URL path and body, named after the position or the format', (label, format) => {
    const token = TOKENS[label]!;
    expect(format.pattern.test(token)).toBe(true);
    // One masker per request: the same value would otherwise keep the first name it got.
    const inUrl = mask({ url: `https://api.example.com/hooks/${token}?note=${token}.` });
    expect(inUrl.request.url).toBe(`https://api.example.com/hooks/{{${format.placeholder}}}?note={{${format.placeholder}}}.`);
    expect(inUrl.masked).toEqual([`url (${label})`, `query note (${label})`]);
    const inQuery = mask({ url: `https://api.example.com/?note=${token}` });
    expect([inQuery.request.url, inQuery.masked]).toEqual(['https://api.example.com/?note={{note}}', [`query note (${label})`]]);
    const inHeader = mask({ url: 'https://api.example.com/', headers: [{ name: 'X-Trace', value: `prefix ${token}` }] });
    expect([inHeader.request.headers, inHeader.masked]).toEqual([[{ name: 'X-Trace', value: 'prefix {{X-Trace}}' }], [`header X-Trace (${label})`]]);
    const inBody = mask({ url: 'https://api.example.com/', body: { mode: 'raw', text: `token is ${token}.` } });
    expect([inBody.request.body, inBody.masked]).toEqual([{ mode: 'raw', language: 'text', text: `token is {{${format.placeholder}}}.` }, [`body (${label})`]]);
  });

  it('leaves values that only start like a token', () => {
    for (const value of NEAR_MISSES) {
      const request = { url: `https://h/${value}?q=${value}`, headers: [{ name: 'X-Note', value }], body: { mode: 'raw' as const, text: value } };
      expect(mask(request)).toEqual({ request: parseRequest(request), masked: [] });
    }
  });

  it('leaves a token that is only part of a longer run of token characters', () => {
    // A value is searched for where a format starts before it is split into runs: a start found so is not enough.
    for (const token of Object.values(TOKENS)) {
      const request = { url: `https://h/x${token}?q=${token}.x`, headers: [{ name: 'X-Note', value: `ref-${token}` }], body: { mode: 'raw' as const, text: `${token}.x and id_${token}` } };
      expect(mask(request)).toEqual({ request: parseRequest(request), masked: [] });
    }
  });

  it('matches each format without flags, as the search across all of them expects', () => {
    expect(TOKEN_FORMATS.filter((format) => format.pattern.flags !== '').map((format) => format.label)).toEqual([]);
  });

  it('masks a private key block whole, and not a public key', () => {
    const publicKey = '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----';
    // A certificate cut short before it: its BEGIN line must not swallow the key's END.
    const truncated = '-----BEGIN CERTIFICATE-----\nMIIB';
    const { request, masked } = mask({ url: 'https://h/keys', body: { mode: 'raw', text: `${truncated}\nkey:\n${PRIVATE_KEY}\n${publicKey}\n` } });
    expect(request.body).toMatchObject({ text: `${truncated}\nkey:\n{{privateKey}}\n${publicKey}\n` });
    expect(masked).toEqual(['body (private key)']);
  });

  it('stays linear on long runs of token characters', () => {
    const text = 'eyJ'.repeat(200_000) + '.'.repeat(200_000) + '-'.repeat(100_000) + 'a';
    const started = performance.now();
    mask({ url: 'https://h/', headers: [{ name: 'X-Long', value: text }], body: { mode: 'raw', text: `-----BEGIN ${text}` } });
    mask({ url: 'https://h/', body: { mode: 'raw', text: '-----BEGIN A-----\n'.repeat(50_000) + '-----END A-----' } });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('credential names', () => {
  it.each(['api_key', 'apiKey', 'APIKey', 'X-API-Key', 'key', 'secret_key', 'Ocp-Apim-Subscription-Key', 'access_token', 'X-Auth-Token', 'refresh_token', 'X-CSRF-Token', 'client_secret', 'X-Amz-Signature', 'sig', 'password', 'new_password', 'passwordConfirmation', 'pwd', 'passwd', 'pass', 'session', 'session_id', 'sessionId', 'X-Session', 'auth', 'X-Authorization', 'credentials'])('%s names a credential', (name) => {
    expect(isSecretName(name)).toBe(true);
  });

  it.each(['Content-Type', 'Accept', 'token_type', 'Idempotency-Key', 'pageToken', 'next_token', 'sort_key', 'keys', 'keywords', 'author', 'auth_type', 'tokenizer', 'X-Request-Id', 'monkey', 'signature_method', ''])('%s does not', (name) => {
    expect(isSecretName(name)).toBe(false);
  });
});

describe('positions', () => {
  it('masks auth, Authorization, Cookie, named headers, query pairs, form fields, URL password and JSON members; names only on the list', () => {
    const { request, masked } = mask({
      method: 'POST',
      url: 'https://ann:hunter2@api.example.com/v1/items?access_token=abc123&page=2&pageToken=p1',
      query: [{ key: 'api_key', value: 'k-1' }, { key: 'q', value: 'shoes' }],
      headers: [
        { name: 'Authorization', value: 'Bearer opaque-token-1' },
        { name: 'Proxy-Authorization', value: 'Basic YW5uOmh1bnRlcjI=' },
        { name: 'Cookie', value: 'sid=s1; theme=dark;flag' },
        { name: 'X-Api-Key', value: 'k-2' },
        { name: 'Content-Type', value: 'application/json' },
      ],
      auth: { type: 'apikey', key: 'X-Other-Key', value: 'k-3' },
      body: { mode: 'raw', language: 'json', text: '{\n  "user": "ann",\n  "password": "pw \\"x\\" \\u00e9",\n  "nested": [{"client_secret": "cs"}, {"token_type": "bearer"}]\n}' },
    });
    expect(request.url).toBe('https://ann:{{urlPassword}}@api.example.com/v1/items?access_token={{access_token}}&page=2&pageToken=p1');
    expect(request.query).toEqual([{ key: 'api_key', value: '{{api_key}}' }, { key: 'q', value: 'shoes' }]);
    expect(request.headers.map((h) => `${h.name}: ${h.value}`)).toEqual([
      'Authorization: Bearer {{bearerToken}}',
      'Proxy-Authorization: Basic {{basicCredentials}}',
      'Cookie: sid={{sid}}; theme={{theme}};flag',
      'X-Api-Key: {{X-Api-Key}}',
      'Content-Type: application/json',
    ]);
    expect(request.auth).toEqual({ type: 'apikey', key: 'X-Other-Key', value: '{{X-Other-Key}}', in: 'header' });
    // Byte for byte but the masked literals: the layout, the other members and their escapes stay.
    expect(request.body).toMatchObject({ text: '{\n  "user": "ann",\n  "password": "{{password}}",\n  "nested": [{"client_secret": "{{client_secret}}"}, {"token_type": "bearer"}]\n}' });
    expect(masked).toEqual(['url password', 'query access_token', 'query api_key', 'header Authorization', 'header Proxy-Authorization', 'cookie sid', 'cookie theme', 'header X-Api-Key', 'auth apikey X-Other-Key', 'body password', 'body client_secret']);
  });

  it('reads a JSON member name written with \\u escapes as decoded, and leaves a body that names no credential as written', () => {
    const escaped = mask({ url: 'https://h/', body: { mode: 'raw', language: 'json', text: '{"p\\u0061ssword": "pw", "user": "ann"}' } });
    expect([escaped.request.body, escaped.masked]).toMatchObject([{ text: '{"p\\u0061ssword": "{{password}}", "user": "ann"}' }, ['body password']]);
    const plain = mask({ url: 'https://h/', body: { mode: 'raw', language: 'json', text: '{ "user": "ann", "note": "pw",\n "tags": ["a"] }' } });
    expect([plain.request.body, plain.masked]).toMatchObject([{ text: '{ "user": "ann", "note": "pw",\n "tags": ["a"] }' }, []]);
  });

  it('masks bearer tokens, basic passwords (not user names), urlencoded, multipart text and GraphQL variables', () => {
    const bearer = mask({ url: 'https://h/', auth: { type: 'bearer', token: 't-1' } });
    expect(bearer.request.auth).toEqual({ type: 'bearer', token: '{{bearerToken}}' });
    const basic = mask({ url: 'https://h/', auth: { type: 'basic', username: 'ann', password: 'pw' } });
    expect(basic.request.auth).toEqual({ type: 'basic', username: 'ann', password: '{{basicPassword}}' });
    const form = mask({ url: 'https://h/', body: { mode: 'urlencoded', params: [{ key: 'grant_type', value: 'password' }, { key: 'client_secret', value: 'cs' }] } });
    expect(form.request.body).toEqual({ mode: 'urlencoded', params: [{ key: 'grant_type', value: 'password' }, { key: 'client_secret', value: '{{client_secret}}' }] });
    const multipart = mask({ url: 'https://h/', body: { mode: 'formdata', params: [{ type: 'text', key: 'password', value: 'pw' }, { type: 'file', key: 'token', src: './token.txt' }] } });
    expect(multipart.request.body).toMatchObject({ params: [{ key: 'password', value: '{{password}}' }, { key: 'token', src: './token.txt' }] });
    const graphql = mask({ url: 'https://h/', body: { mode: 'graphql', query: 'query { me }', variables: { input: { apiKey: 'k', name: 'n' } } } });
    expect(graphql.request.body).toMatchObject({ variables: { input: { apiKey: '{{apiKey}}', name: 'n' } } });
    expect([bearer.masked, basic.masked, form.masked, multipart.masked, graphql.masked]).toEqual([['auth bearer token'], ['auth basic password'], ['form field client_secret'], ['form field password'], ['body apiKey']]);
  });

  it('reads a raw body typed application/x-www-form-urlencoded as form fields, byte for byte but the masked values', () => {
    const { request, masked } = mask({
      method: 'POST',
      url: 'https://h/token',
      headers: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded; charset=utf-8' }],
      body: { mode: 'raw', text: 'grant_type=client_credentials&client%5Fsecret=a%2Bb&scope=read+write&flag&note=ghp_R7mXq2LpV9sKt4NwY8bZc1Hd6Fj3Ge0Ua5Xo' },
    });
    expect(request.body).toMatchObject({ text: 'grant_type=client_credentials&client%5Fsecret={{client_secret}}&scope=read+write&flag&note={{note}}' });
    expect(masked).toEqual(['form field client_secret', 'form field note (GitHub token)']);
  });

  it('leaves values that are already exactly a placeholder, and empty ones', () => {
    const request = {
      url: '{{baseUrl}}/x?api_key={{apiKey}}&token=',
      headers: [
        { name: 'Authorization', value: 'Bearer {{token}}' },
        { name: 'X-Api-Key', value: '{{key}}' },
        { name: 'Cookie', value: 'sid={{sid}}' },
      ],
      auth: { type: 'basic' as const, username: 'ann', password: '{{password}}' },
    };
    expect(mask(request)).toEqual({ request: parseRequest(request), masked: [] });
  });

  it('gives the same value the same placeholder in every request of a run, and two values of one position distinct ones', () => {
    const masker = new SecretMasker();
    const first = mask({ url: 'https://h/a', auth: { type: 'bearer', token: 'one' } }, masker);
    const second = mask({ url: 'https://h/b?access_token=one', auth: { type: 'bearer', token: 'two' } }, masker);
    const third = mask({ url: 'https://h/c', headers: [{ name: 'Authorization', value: 'Bearer two' }] }, masker);
    expect(first.request.auth).toEqual({ type: 'bearer', token: '{{bearerToken}}' });
    expect(second.request.url).toBe('https://h/b?access_token={{bearerToken}}');
    expect(second.request.auth).toEqual({ type: 'bearer', token: '{{bearerToken2}}' });
    expect(third.request.headers[0]!.value).toBe('Bearer {{bearerToken2}}');
  });

  it('numbers 20,000 different values of one position in linear time', () => {
    const masker = new SecretMasker();
    const started = performance.now();
    const names = Array.from({ length: 20_000 }, (_, i) => (mask({ url: 'https://h/', auth: { type: 'bearer', token: `t${i}` } }, masker).request.auth as { token: string }).token);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(new Set(names).size).toBe(20_000);
    expect([names[0], names[1], names[19_999]]).toEqual(['{{bearerToken}}', '{{bearerToken2}}', '{{bearerToken20000}}']);
  });

  it('names a placeholder with the characters a placeholder may hold, never starting a REST Client directive', () => {
    const { request } = mask({ url: 'https://h/', headers: [{ name: '$X~Api|Key', value: 'k' }], query: [{ key: 'x api key', value: 'k2' }, { key: '€', value: 'ghp_R7mXq2LpV9sKt4NwY8bZc1Hd6Fj3Ge0Ua5Xo' }] });
    expect(request.headers[0]!.value).toBe('{{_X_Api_Key}}');
    expect(request.query).toEqual([{ key: 'x api key', value: '{{x_api_key}}' }, { key: '€', value: '{{_}}' }]);
  });
});

describe('JSON bodies', () => {
  const PLACEHOLDER_ONLY = /^\{\{[A-Za-z0-9_.-]+\}\}$/;
  /** The value `mask` should give: every credential-named member's own non-empty string a placeholder (not an array's items), the rest as it was. */
  const expectedShape = (node: unknown, key: string, actual: unknown): boolean => {
    if (typeof node === 'string') return isSecretName(key) && node.trim() !== '' && !PLACEHOLDER_ONLY.test(node.trim()) ? typeof actual === 'string' && PLACEHOLDER_ONLY.test(actual) : actual === node;
    if (Array.isArray(node)) return Array.isArray(actual) && actual.length === node.length && node.every((item, i) => expectedShape(item, '', actual[i]));
    if (typeof node === 'object' && node !== null) {
      if (typeof actual !== 'object' || actual === null) return false;
      const entries = Object.entries(node);
      return JSON.stringify(Object.keys(actual)) === JSON.stringify(entries.map(([k]) => k)) && entries.every(([k, v]) => expectedShape(v, k, (actual as Record<string, unknown>)[k]));
    }
    return actual === node;
  };
  const keys = fc.constantFrom('password', 'client_secret', 'apiKey', 'token_type', 'name', 'a"b', 'pass\\word', '__proto__', 'é');
  const json = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, fc.string({ unit: 'binary' }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('node'), { maxLength: 3 }), tie('object')),
    object: fc.array(fc.tuple(keys, tie('node')), { maxLength: 4 }).map((entries) => Object.fromEntries(entries)),
  }));

  it('stay valid JSON with only the credential-named string values replaced, whatever the layout and escapes', () => {
    fc.assert(
      fc.property(json.object, fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const { request } = mask({ url: 'https://h/', body: { mode: 'raw', language: 'json', text } });
        const masked = (request.body as { text: string }).text;
        expect(expectedShape(value, '', JSON.parse(masked))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('variables and masking in a run', () => {
  const request: RequestInput = { url: 'https://h/', headers: [{ name: 'Authorization', value: 'Bearer {{token}}' }, { name: 'X-Api-Key', value: '{{key}}' }] };
  const header = (prepared: ReturnType<ReturnType<typeof runPreparer>>, name: string) => prepared.prepared.headers.find((h) => h.name === name)?.value;

  it('uses --var/--env values as given: the heuristics never see them', () => {
    const prepared = runPreparer({ token: TOKENS['GitHub token']!, key: 'k-1' })(request);
    expect([header(prepared, 'Authorization'), header(prepared, 'X-Api-Key'), prepared.masked]).toEqual([`Bearer ${TOKENS['GitHub token']}`, 'k-1', []]);
  });

  it('--mask keeps a variable as its placeholder, and a copy of its value found as a credential reads the same', () => {
    const prepareItem = runPreparer({ token: 'tok-1', key: 'k-1' }, { mask: ['token'] });
    const prepared = prepareItem(request);
    expect([header(prepared, 'Authorization'), header(prepared, 'X-Api-Key')]).toEqual(['Bearer {{token}}', 'k-1']);
    const literal = prepareItem({ url: 'https://h/?access_token=tok-1' });
    expect(literal.prepared.fullUrl).toBe('https://h/?access_token={{token}}');
  });

  it("masks a collection's own variable values filled in by --resolve (they were exported with it), unless --var gives the name", () => {
    const prepareItem = runPreparer({ key: 'k-user' });
    const prepared = prepareItem(request, { token: 'tok-from-collection', key: 'k-from-collection' });
    expect([header(prepared, 'Authorization'), header(prepared, 'X-Api-Key'), prepared.masked]).toEqual(['Bearer {{bearerToken}}', 'k-user', ['header Authorization']]);
  });

  it('keepSecrets renders the request as given', () => {
    const prepared = runPreparer({}, { keepSecrets: true })(request, { token: 'tok-from-collection' });
    expect([header(prepared, 'Authorization'), prepared.masked]).toEqual(['Bearer tok-from-collection', []]);
  });

  it('generate() renders the model as given unless maskSecrets is set, then says what it masked', () => {
    const model: RequestInput = { url: 'https://h/', auth: { type: 'bearer', token: 'tok-1' } };
    expect(generateSnippet(model, 'curl').code).toContain('tok-1');
    const masked = generateSnippet(model, 'curl', { maskSecrets: true });
    expect(masked.code).toContain("'Authorization: Bearer {{bearerToken}}'");
    expect(masked.code).not.toContain('tok-1');
    expect(masked.warnings).toContain('masked 1 credential in the request: auth bearer token; --keep-secrets keeps them');
  });
});

// ---- Every input format, every target and output -------------------------------------------------

const USER = 'ann';
const SECRETS: Readonly<Record<string, string>> = {
  ...TOKENS,
  'bearer token': 'opaque-bearer-7f3a9c',
  'basic password': 'Hunter2-basic-pw',
  'url password': 'url-pw-81c2',
  'api key': 'apikey-5d1e77',
  cookie: 'sess-0b9f2d61',
  'client secret': 'client-secret-3a8e',
  'form password': 'form-pw-44ce',
  'json password': 'json-pw-92ab',
  'collection variable': 'collection-var-secret-1d7',
  'private key line': 'MIIEowIBAAKCAQEA7vZ3n5Qx9Lw2a0Jt',
};

/** Every form a value could leak in: as is, percent-encoded, and Base64 (a precomputed Basic header). */
function leakForms(value: string): string[] {
  return [value, encodeURIComponent(value), Buffer.from(value).toString('base64'), Buffer.from(`${USER}:${value}`).toString('base64')];
}

function expectNoSecret(text: string, where: string): void {
  for (const [what, value] of Object.entries(SECRETS)) {
    for (const form of leakForms(value)) if (text.includes(form)) throw new Error(`${where} holds the ${what} (${form === value ? 'as is' : 'encoded'})`);
  }
}

function collection() {
  const kv = (key: string, value: string) => ({ key, value });
  return {
    info: { name: 'Secrets', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    variable: [kv('token', SECRETS['collection variable']!)],
    auth: { type: 'bearer', bearer: [kv('token', SECRETS['bearer token']!)] },
    item: [
      {
        name: 'Auth',
        item: [
          { name: 'Bearer from the collection', request: { method: 'GET', url: 'https://api.example.com/me' } },
          { name: 'Basic', request: { method: 'GET', url: 'https://api.example.com/basic', auth: { type: 'basic', basic: [kv('username', USER), kv('password', SECRETS['basic password']!)] } } },
          { name: 'API key in the query', request: { method: 'GET', url: 'https://api.example.com/k', auth: { type: 'apikey', apikey: [kv('key', 'api_key'), kv('value', SECRETS['api key']!), kv('in', 'query')] } } },
          { name: 'Collection variable', request: { method: 'GET', url: 'https://api.example.com/v', auth: { type: 'noauth' }, header: [kv('X-Auth-Token', '{{token}}')] } },
        ],
      },
      {
        name: 'Everywhere',
        request: {
          method: 'POST',
          url: `https://${USER}:${SECRETS['url password']}@api.example.com/hooks/${TOKENS['Slack token']}?access_token=${TOKENS.JWT}&key=${TOKENS['Google API key']}`,
          auth: { type: 'noauth' },
          header: [
            kv('Authorization', `token ${TOKENS['GitHub token']}`),
            kv('Cookie', `session=${SECRETS.cookie}; theme=dark`),
            kv('X-Api-Key', TOKENS['Stripe key']!),
            kv('X-Amz-Security-Token', TOKENS['AWS access key id']!),
            kv('X-Note', `openai ${TOKENS['OpenAI key']}`),
          ],
          body: { mode: 'raw', raw: JSON.stringify({ user: USER, password: SECRETS['json password'], pem: PRIVATE_KEY }, null, 2), options: { raw: { language: 'json' } } },
        },
      },
      {
        name: 'Token request',
        request: {
          method: 'POST',
          url: 'https://auth.example.com/token',
          auth: { type: 'noauth' },
          body: { mode: 'urlencoded', urlencoded: [kv('grant_type', 'password'), kv('client_secret', SECRETS['client secret']!), kv('password', SECRETS['form password']!)] },
        },
      },
      {
        name: 'Upload',
        request: { method: 'POST', url: 'https://api.example.com/upload', auth: { type: 'noauth' }, body: { mode: 'formdata', formdata: [{ key: 'password', value: SECRETS['form password'], type: 'text' }, { key: 'note', value: `key ${TOKENS['Stripe key']}`, type: 'text' }] } },
      },
    ],
  };
}

function spec() {
  return {
    openapi: '3.0.3',
    info: { title: 'Secrets', version: '1' },
    servers: [{ url: 'https://api.example.com' }],
    paths: {
      '/login': {
        post: {
          operationId: 'login',
          parameters: [
            { name: 'X-Api-Key', in: 'header', required: true, schema: { type: 'string' }, example: TOKENS['Stripe key'] },
            { name: 'access_token', in: 'query', required: true, schema: { type: 'string' }, example: SECRETS['bearer token'] },
            { name: 'session', in: 'cookie', required: true, schema: { type: 'string' }, example: SECRETS.cookie },
          ],
          requestBody: { content: { 'application/json': { schema: { type: 'object' }, example: { user: USER, password: SECRETS['json password'], github: TOKENS['GitHub token'] } } } },
          responses: { '200': { description: 'ok' } },
        },
      },
    },
  };
}

function har() {
  const header = (name: string, value: string) => ({ name, value });
  return {
    log: {
      version: '1.2',
      creator: { name: 'test', version: '1' },
      entries: [
        {
          request: {
            method: 'POST',
            url: `https://api.example.com/session?sig=${SECRETS['api key']}`,
            httpVersion: 'HTTP/1.1',
            headers: [header('Authorization', `Bearer ${TOKENS.JWT}`), header('Cookie', `sid=${SECRETS.cookie}`), header('Content-Type', 'application/x-www-form-urlencoded')],
            queryString: [{ name: 'sig', value: SECRETS['api key'] }],
            cookies: [{ name: 'sid', value: SECRETS.cookie }],
            postData: { mimeType: 'application/x-www-form-urlencoded', params: [{ name: 'client_secret', value: SECRETS['client secret'] }, { name: 'scope', value: 'read' }] },
            headersSize: -1,
            bodySize: -1,
          },
          response: { status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', headers: [], cookies: [], content: { size: 0, mimeType: 'text/plain' }, redirectURL: '', headersSize: -1, bodySize: 0 },
          startedDateTime: '2026-01-01T00:00:00.000Z',
          time: 1,
          cache: {},
          timings: { send: 0, wait: 0, receive: 0 },
        },
      ],
    },
  };
}

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((path) => statSync(path).isFile());
}

describe('no credential reaches any output of any input format, target or document', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'snipforge-secrets-'));
  const inputs = { collection: join(dir, 'secrets.postman_collection.json'), spec: join(dir, 'openapi.json'), har: join(dir, 'session.har') };
  writeFileSync(inputs.collection, JSON.stringify(collection()));
  writeFileSync(inputs.spec, JSON.stringify(spec()));
  writeFileSync(inputs.har, JSON.stringify(har()));

  it('generate: every target on stdout, and with --out, --resolve included; stderr names positions only', async () => {
    for (const input of Object.values(inputs)) {
      const printed = await cli('generate', input, '--resolve');
      expect(printed.code).toBe(0);
      expectNoSecret(printed.stdout, `${input}: stdout`);
      expectNoSecret(printed.stderr, `${input}: stderr`);
      const out = join(dir, 'generated', input.split('/').at(-1)!);
      const written = await cli('generate', input, '--resolve', '--out', out);
      expect(written.code).toBe(0);
      for (const file of filesUnder(out)) expectNoSecret(readFileSync(file, 'utf8'), file);
    }
    const { stderr } = await cli('generate', inputs.collection, '-t', 'curl', '--resolve');
    expect(stderr.split('\n').filter((line) => line.startsWith('masked'))).toEqual([
      'masked 1 credential in request "Auth / Bearer from the collection": auth bearer token; --keep-secrets keeps them',
      'masked 1 credential in request "Auth / Basic": auth basic password; --keep-secrets keeps them',
      'masked 1 credential in request "Auth / API key in the query": auth apikey api_key; --keep-secrets keeps them',
      'masked 1 credential in request "Auth / Collection variable": header X-Auth-Token; --keep-secrets keeps them',
      'masked 12 credentials in request "Everywhere": url password, url (Slack token), query access_token, query key, header Authorization, cookie session, cookie theme, header X-Api-Key, header X-Amz-Security-Token, header X-Note (OpenAI key), body password, body (private key); --keep-secrets keeps them',
      'masked 2 credentials in request "Token request": form field client_secret, form field password; --keep-secrets keeps them',
      'masked 2 credentials in request "Upload": form field password, form field note (Stripe key); --keep-secrets keeps them',
    ]);
  });

  it('build: snippets, md, mdx, json, html and the manifest of all three inputs; x-codesamples writes masked samples', async () => {
    const out = join(dir, 'built');
    const built = await cli('build', ...Object.values(inputs), '-o', out, '-f', 'md,mdx,json,html', '--resolve');
    expect(built.code).toBe(0);
    expectNoSecret(built.stderr, 'build stderr');
    for (const file of filesUnder(out)) expectNoSecret(readFileSync(file, 'utf8'), file);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { requests: { id: string; masked?: string[] }[] };
    expect(manifest.requests.find((request) => request.id === 'login')?.masked).toEqual(['query access_token', 'header X-Api-Key', 'cookie session', 'body password', 'body (GitHub token)']);

    const samples = join(dir, 'samples');
    expect((await cli('build', inputs.spec, '-o', samples, '-f', 'x-codesamples', '-q')).code).toBe(0);
    const written = JSON.parse(readFileSync(join(samples, 'openapi.json'), 'utf8')) as { paths: Record<string, Record<string, { 'x-codeSamples': { source: string }[] }>> };
    const sources = written.paths['/login']!['post']!['x-codeSamples'].map((sample) => sample.source);
    expect(sources.length).toBeGreaterThan(10);
    expectNoSecret(sources.join('\n'), 'x-codeSamples');
  });

  it('--keep-secrets keeps every one of them', async () => {
    const { stdout, stderr } = await cli('generate', inputs.collection, '-t', 'curl', '--resolve', '--keep-secrets');
    expect(stderr).not.toMatch(/^masked/m);
    const shown = (value: string) => leakForms(value).some((form) => stdout.includes(form));
    expect(Object.entries(SECRETS).filter(([, value]) => !shown(value)).map(([what]) => what)).toEqual([]);
  });

  it('--mask keeps a --var as its placeholder; without it the --var value is used as given', async () => {
    const given = await cli('generate', inputs.collection, '-t', 'curl', '--var', 'token=ghp_fromVarR7mXq2LpV9sKt4NwY8bZc1Hd6Fj3');
    expect(given.stdout).toContain("'X-Auth-Token: ghp_fromVarR7mXq2LpV9sKt4NwY8bZc1Hd6Fj3'");
    const masked = await cli('generate', inputs.collection, '-t', 'curl', '--var', 'token=ghp_fromVarR7mXq2LpV9sKt4NwY8bZc1Hd6Fj3', '--mask', 'token');
    expect(masked.stdout).toContain("'X-Auth-Token: {{token}}'");
    expect(masked.stdout).not.toContain('ghp_fromVar');
    expect((await cli('generate', inputs.collection, '--mask', 'not a name')).stderr).toMatch(/^snipforge: --mask "not a name": not a \{\{placeholder\}\} name/);
  });

  it('prints a name from request data with its control characters escaped, on one line', async () => {
    const input = join(dir, 'hostile-name.json');
    writeFileSync(input, JSON.stringify({ name: 'x\n::error::y', url: 'https://h/', query: [{ key: 'a\u001b[2J\n::error::token', value: 'v' }] }));
    const { stderr } = await cli('generate', input, '-t', 'curl');
    expect(stderr).toBe('masked 1 credential in the request: query a\\x1b[2J\\n::error::token; --keep-secrets keeps them\n');
  });

  it('gives the same placeholders on every run', async () => {
    const first = await cli('generate', inputs.collection, '-t', 'python-requests');
    const second = await cli('generate', inputs.collection, '-t', 'python-requests');
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).toContain("auth=('ann', '{{urlPassword}}')");
    expect(first.stdout).toContain("'X-Note': 'openai {{X-Note}}'");
  });
});

