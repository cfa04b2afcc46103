import { describe, expect, it } from 'vitest';
import { generate } from '../../src/index.js';

describe('curl target: option names', () => {
  const request = { method: 'PUT', url: 'https://api.example.com/x', headers: [{ name: 'A', value: '1' }], body: { mode: 'raw' as const, text: 'hi' } };

  it('writes short names for every flag that has one, long names by default', () => {
    expect(generate(request, 'curl', {}, { flags: 'short', silent: true, timeout: 5 })).toBe("curl -s -L -g -m 5 -X PUT 'https://api.example.com/x' \\\n-H 'A: 1' \\\n-H 'Content-Type: text/plain' \\\n--data-raw 'hi'\n");
    expect(generate(request, 'curl', {}, { timeout: 5 })).toBe("curl --location --globoff --max-time 5 --request PUT 'https://api.example.com/x' \\\n--header 'A: 1' \\\n--header 'Content-Type: text/plain' \\\n--data-raw 'hi'\n");
  });
});
