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
