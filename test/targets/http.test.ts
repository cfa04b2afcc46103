import { describe, expect, it } from 'vitest';
import { generateSnippet } from '../../src/index.js';

describe('http target: Content-Length', () => {
  const message = (text: string) => generateSnippet({ method: 'POST', url: 'https://h/x', body: { mode: 'raw', text } }, 'http');

  it('counts the UTF-8 bytes of a body printed in full', () => {
    expect(message('héllo').code).toContain('\nContent-Length: 6\n');
  });

  it('counts the body as shown when it holds {{...}}, with a warning to recompute it once filled in', () => {
    for (const text of ['{"id": "{{id}}"}', '{{randomInt 1 10}}', 'a {{b c}} d']) {
      const { code, warnings } = message(text);
      expect(code, text).toContain(`\nContent-Length: ${Buffer.byteLength(text)}\n`);
      expect(warnings.some((w) => w.startsWith('Content-Length counts the body as shown, {{placeholders}} included'))).toBe(true);
    }
    expect(message('{{ not closed').warnings.filter((w) => w.startsWith('Content-Length'))).toEqual([]);
  });
});

describe('http target: invisible characters', () => {
  it('names every invisible character of the headers and body, the first of a text too', () => {
    const { warnings } = generateSnippet({ method: 'POST', url: 'https://h/x', headers: [{ name: 'X-A', value: '\u200fa' }], body: { mode: 'raw', text: '\x07b\x0bc\u200e' } }, 'http');
    expect(warnings).toContain('The message holds invisible characters as they are (U+200F, U+0007, U+000B, U+200E): a raw HTTP message has no escapes.');
    expect(generateSnippet({ method: 'GET', url: 'https://h/x', headers: [{ name: 'X-A', value: 'plain' }] }, 'http').warnings.filter((w) => w.includes('invisible'))).toEqual([]);
  });
});
