import { describe, expect, it } from 'vitest';
import { generateSnippet } from '../../src/index.js';

describe('http target: Content-Length', () => {
  const message = (text: string) => generateSnippet({ method: 'POST', url: 'https://h/x', body: { mode: 'raw', text } }, 'http');

  it('counts the UTF-8 bytes of a body printed in full', () => {
    expect(message('héllo').code).toContain('\nContent-Length: 6\n');
  });

  it('is left out, with a warning, when HTTP-file clients fill in any {{...}} before counting', () => {
    for (const text of ['{"id": "{{id}}"}', '{{$randomInt 1 10}}', 'a {{b c}} d']) {
      const { code, warnings } = message(text);
      expect(code, text).not.toContain('Content-Length');
      expect(warnings.some((w) => w.startsWith('Content-Length is left out'))).toBe(true);
    }
    expect(message('{{ not closed').code).toContain('Content-Length: 13');
  });
});
