import { describe, expect, it } from 'vitest';
import { generateSnippet, type RequestInput } from '../../src/index.js';
import { isForbiddenRequestHeader } from '../../src/targets/javascript/browser.js';

const BROWSER_TARGETS = ['javascript-fetch', 'javascript-xhr', 'javascript-axios', 'javascript-jquery'];

describe('forbidden request headers (Fetch standard)', () => {
  it.each([
    ['Accept-Encoding', 'gzip'],
    ['cookie2', 'x'],
    ['DNT', '1'],
    ['Proxy-Authorization', 'Basic x'],
    ['Sec-Fetch-Mode', 'cors'],
    ['X-HTTP-Method-Override', 'trace'],
    ['X-Method-Override', 'GET, Connect'],
  ])('%s: %s is forbidden', (name, value) => expect(isForbiddenRequestHeader({ name, value })).toBe(true));

  it.each([
    ['X-HTTP-Method-Override', 'PATCH'],
    ['Accept', '*/*'],
    ['User-Agent', 'x'],
    ['X-Proxy-Id', '1'],
  ])('%s: %s is allowed', (name, value) => expect(isForbiddenRequestHeader({ name, value })).toBe(false));
});

describe.each(BROWSER_TARGETS)('%s', (targetId) => {
  const snippet = (request: RequestInput) => generateSnippet(request, targetId);

  it('leaves forbidden headers out, names them in a comment and warns; cookies go to document.cookie', () => {
    const { code, warnings } = snippet({
      method: 'GET',
      url: 'https://api.example.com/x',
      headers: [
        { name: 'Referer', value: 'https://a.example' },
        { name: 'Cookie', value: 'a=1; b=2' },
        { name: 'X-Kept', value: 'yes' },
      ],
    });
    expect(code).toContain('// A browser does not let a script set Referer: not sent.');
    expect(code).not.toContain('https://a.example');
    expect(code).toContain('document.cookie = "a=1; path=/";\ndocument.cookie = "b=2; path=/";');
    expect(code).toContain('"X-Kept"');
    expect(warnings).toContain('A browser does not let a script set the Referer header; it is left out (the browser sends its own or none).');
    expect(warnings.some((w) => w.includes('document.cookie'))).toBe(true);
  });

  it('sends no body with GET, and warns', () => {
    const { code, warnings } = snippet({ method: 'GET', url: 'https://api.example.com/x', body: { mode: 'raw', text: 'the-body' } });
    expect(code).not.toContain('the-body');
    expect(warnings).toContain('Browsers send no body with GET: the snippet sends the request without it.');
  });

  it('warns that a text part loses its Content-Type', () => {
    const { code, warnings } = snippet({ method: 'POST', url: 'https://api.example.com/x', body: { mode: 'formdata', params: [{ key: 'meta', value: '{}', contentType: 'application/json' }] } });
    expect(code).not.toContain('application/json');
    expect(warnings).toContain('FormData cannot give a text field a Content-Type; "meta" is sent without "application/json".');
  });

  it('sends a non-ASCII header value as its UTF-8 bytes', () => {
    expect(snippet({ method: 'GET', url: 'https://api.example.com/x', headers: [{ name: 'X-Name', value: 'Zoë' }] }).code).toContain('String.fromCharCode(...new TextEncoder().encode("Zoë"))');
  });
});

describe('javascript-axios', () => {
  const json = (text: string) => generateSnippet({ method: 'POST', url: 'https://api.example.com/x', body: { mode: 'raw', text, language: 'json' } }, 'javascript-axios').code;

  it('sends a JSON text as written only where axios would change it (surrounding white space, not JSON)', () => {
    expect(json('{"a": 1}')).not.toContain('transformRequest');
    expect(json('{"a": 1}\n')).toContain('transformRequest: [(data) => data]');
    expect(json('{"a": {{id}}}')).toContain('transformRequest: [(data) => data]');
  });

  it('leaves out and warns about headers its config merge skips', () => {
    const { code, warnings } = generateSnippet({ method: 'GET', url: 'https://api.example.com/x', headers: [{ name: 'constructor', value: 'c' }, { name: 'toString', value: 't' }] }, 'javascript-axios');
    expect(code).not.toContain('"constructor"');
    expect(code).toContain('"toString": "t"');
    expect(warnings.some((w) => w.startsWith('axios cannot send a header named constructor'))).toBe(true);
  });
});
