import { describe, expect, it } from 'vitest';
import { decodeLenient, encodeFormComponent, encodePathSegment, encodeQueryComponent } from '../src/model/encoding/percent.js';
import { prepareRequest } from '../src/index.js';
import { parseUrl } from '../src/model/url.js';

describe('parseUrl', () => {
  it('keeps a placeholder standing for the whole origin', () => {
    const url = parseUrl('{{authPath}}/{{envID}}/as/token');
    expect(url).toMatchObject({ scheme: undefined, authority: '{{authPath}}', pathSegments: ['{{envID}}', 'as', 'token'], query: [] });
  });

  it('reads a placeholder scheme as the scheme, so the host is the host', () => {
    const url = parseUrl('{{scheme}}://{{host}}:8080/a?b=1');
    expect(url).toMatchObject({ scheme: '{{scheme}}', authority: '{{host}}:8080', host: '{{host}}', port: '8080', pathSegments: ['a'] });
  });

  it('splits scheme, userinfo, host, port, decoded segments (trailing slash kept) and ordered query pairs', () => {
    const url = parseUrl('https://ann:pw@api.example.com:8443/files/a%2Fb/caf%C3%A9/?q=a%20b&q=2&plus=+&pct=100%&flag#frag');
    expect(url).toEqual({
      scheme: 'https',
      authority: 'api.example.com:8443',
      userinfo: 'ann:pw',
      host: 'api.example.com',
      port: '8443',
      pathSegments: ['files', 'a/b', 'café', ''],
      query: [
        { key: 'q', value: 'a b' },
        { key: 'q', value: '2' },
        { key: 'plus', value: '+' },
        { key: 'pct', value: '100%' },
        { key: 'flag', value: '' },
      ],
    });
  });

  it('reads an IPv6 host without taking its colons for a port', () => {
    expect(parseUrl('http://[::1]/x')).toMatchObject({ host: '[::1]', port: undefined });
    expect(parseUrl('http://[::1]:81/x')).toMatchObject({ host: '[::1]', port: '81' });
  });
});

describe('percent-encoding', () => {
  it('decodes only valid UTF-8 escapes and keeps the rest as written', () => {
    expect(decodeLenient('100%')).toBe('100%');
    expect(decodeLenient('%zz%41%C3%A9%FF')).toBe('%zzAé%FF');
  });

  it('encodes what each place needs and keeps {{placeholders}} readable', () => {
    expect(encodeQueryComponent('a b&c=d+e;f#g%{{id}}/:@')).toBe('a%20b%26c%3Dd%2Be%3Bf%23g%25{{id}}/:@');
    expect(encodePathSegment('a/b?c d{{x}}')).toBe('a%2Fb%3Fc%20d{{x}}');
    expect(encodeFormComponent('https://x.y/?a=1 ✓{{v}}')).toBe('https%3A%2F%2Fx.y%2F%3Fa%3D1%20%E2%9C%93{{v}}');
    expect(encodeQueryComponent('{{not a placeholder}}')).toBe('%7B%7Bnot%20a%20placeholder%7D%7D');
  });
});

describe('prepareRequest', () => {
  it('upper-cases the method and folds auth into headers or the query', () => {
    const bearer = prepareRequest({ method: 'post', url: 'http://h/x', auth: { type: 'bearer', token: 't' } });
    expect(bearer.method).toBe('POST');
    expect(bearer.headers).toEqual([{ name: 'Authorization', value: 'Bearer t' }]);
    const basic = prepareRequest({ url: 'http://h/x', auth: { type: 'basic', username: 'ann', password: 'p:w' } });
    expect(basic.headers).toEqual([{ name: 'Authorization', value: `Basic ${Buffer.from('ann:p:w').toString('base64')}` }]);
    const key = prepareRequest({ url: 'http://h/x?a=1', auth: { type: 'apikey', key: 'api key', value: 'a&b', in: 'query' } });
    expect(key.fullUrl).toBe('http://h/x?a=1&api%20key=a%26b');
  });

  it('sends credentials written in the URL as basic auth, with a warning', () => {
    const prepared = prepareRequest({ url: 'http://ann:s%40cret@h/x' });
    expect(prepared.fullUrl).toBe('http://h/x');
    expect(prepared.headers).toEqual([{ name: 'Authorization', value: `Basic ${Buffer.from('ann:s@cret').toString('base64')}` }]);
    expect(prepared.warnings).toHaveLength(1);
  });

  it('defaults the Content-Type from the body, and never overrides one the model sets', () => {
    expect(prepareRequest({ url: 'http://h', body: { mode: 'raw', language: 'json', text: '{}' } }).headers).toEqual([{ name: 'Content-Type', value: 'application/json' }]);
    expect(prepareRequest({ url: 'http://h', headers: [{ name: 'content-type', value: 'text/csv' }], body: { mode: 'raw', text: 'a' } }).headers).toEqual([{ name: 'content-type', value: 'text/csv' }]);
  });

  it('drops what the client must compute: a multipart Content-Type without boundary and Content-Length', () => {
    const prepared = prepareRequest({
      url: 'http://h',
      headers: [{ name: 'Content-Type', value: 'multipart/form-data' }, { name: 'Content-Length', value: '3' }, { name: 'X', value: '  padded\t' }],
      body: { mode: 'formdata', params: [{ key: 'a', value: 'b' }] },
    });
    expect(prepared.headers).toEqual([{ name: 'X', value: 'padded' }]);
    expect(prepared.warnings).toHaveLength(3);
  });

  it('keeps a raw body byte for byte and counts its UTF-8 bytes', () => {
    const text = '{ "a" : 1.0 }\r\n✓';
    const prepared = prepareRequest({ url: 'http://h', body: { mode: 'raw', language: 'json', text } });
    expect(prepared.body).toMatchObject({ mode: 'raw', text, byteLength: Buffer.byteLength(text) });
  });

  it('sends GraphQL as its JSON text, variables parsed from Postman-style JSON text', () => {
    const prepared = prepareRequest({ url: 'http://h', body: { mode: 'graphql', query: '{ me }', variables: '{"id": 1}' } });
    expect(prepared.body).toMatchObject({ mode: 'raw', language: 'json', text: '{"query":"{ me }","variables":{"id":1}}' });
  });

  it('warns that basic credentials holding placeholders are base64-encoded as written', () => {
    const warned = (input: Parameters<typeof prepareRequest>[0]) => prepareRequest(input).warnings.some((w) => w.includes('basic auth credentials hold {{placeholders}}'));
    expect(warned({ url: 'https://h/', auth: { type: 'basic', username: '{{user}}', password: 'p' } })).toBe(true);
    expect(warned({ url: 'https://{{user}}:{{pass}}@h/' })).toBe(true);
    expect(warned({ url: 'https://h/', auth: { type: 'basic', username: 'u', password: 'p' } })).toBe(false);
  });

  it('does not mutate its input', () => {
    const input = { url: 'http://h/x', headers: [{ name: 'X', value: ' v ' }], auth: { type: 'bearer' as const, token: 't' } };
    const copy = structuredClone(input);
    prepareRequest(input);
    expect(input).toEqual(copy);
  });
});

describe('validation of what travels on one line', () => {
  const errorOf = (input: Parameters<typeof prepareRequest>[0]) => {
    try {
      prepareRequest(input);
      return 'accepted';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('refuses control characters other than tab in header values, naming the character', () => {
    expect(errorOf({ url: 'https://h/', headers: [{ name: 'X', value: 'a\u0001b' }] })).toBe('headers[0].value: must not contain the control character U+0001 (only tab is allowed)');
    expect(errorOf({ url: 'https://h/', auth: { type: 'bearer', token: 'a\u007fb' } })).toBe('auth.token: must not contain the control character U+007F (only tab is allowed)');
    expect(errorOf({ url: 'https://h/', headers: [{ name: 'X', value: 'a\tb' }] })).toBe('accepted');
    // Outside headers, controls are data the escapers spell out.
    expect(errorOf({ url: 'https://h/?q=%01', body: { mode: 'raw', text: '\u0001\u0000' } })).toBe('accepted');
  });

  it('refuses a lone surrogate, high or low, anywhere in the text, and accepts a pair', () => {
    const lone = 'must be well-formed Unicode (a lone surrogate has no UTF-8 form)';
    expect(errorOf({ url: 'https://h/\ud800' })).toBe(`url: ${lone}`);
    expect(errorOf({ url: 'https://h/', body: { mode: 'raw', text: 'a\udc00b' } })).toBe(`body.text: ${lone}`);
    expect(errorOf({ url: 'https://h/', body: { mode: 'raw', text: '\ude00\ud83d' } })).toBe(`body.text: ${lone}`);
    expect(errorOf({ url: 'https://h/', body: { mode: 'raw', text: 'caf\u00e9 \ud83d\ude00' } })).toBe('accepted');
  });

  it('refuses an API key sent in a header whose name is not a token', () => {
    expect(errorOf({ url: 'https://h/', auth: { type: 'apikey', key: 'X-Key\r\nX-Evil', value: 'v' } })).toMatch(/^auth\.key: must be an HTTP token .* when "in" is "header"/);
    expect(errorOf({ url: 'https://h/', auth: { type: 'apikey', key: 'api key', value: 'v', in: 'query' } })).toBe('accepted');
  });

  it('refuses line breaks and NUL in multipart field names and file paths', () => {
    expect(errorOf({ url: 'https://h/', body: { mode: 'formdata', params: [{ key: 'a\r\nb', value: 'v' }] } })).toMatch(/^body\.params\[0\]\.key: must not contain a line break \(CR or LF\) or NUL/);
    expect(errorOf({ url: 'https://h/', body: { mode: 'formdata', params: [{ type: 'file', key: 'f', src: 'a\0.txt' }] } })).toMatch(/^body\.params\[0\]\.src: .*a file path is written on one line/);
    expect(errorOf({ url: 'https://h/', body: { mode: 'file', src: './a\nb' } })).toMatch(/^body\.src: /);
  });
});
