import { describe, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { fixtures } from '../fixtures.js';
import { caseSource as rustCase } from './rust.js';
import { caseSource as crystalCase } from './runners/crystal-http-client.js';

/** The Rust and Crystal runners change a snippet only as their frames say (test/exec/rust.ts, runners/crystal-http-client.ts). */
describe('Rust and Crystal runner frames', () => {
  it.each(fixtures.flatMap((f) => ['rust-reqwest', 'rust-ureq'].map((id) => [id, f.name, f] as const)))('%s × %s: only `fn main` becomes `pub fn main`', (id, _name, fixture) => {
    for (const options of id === 'rust-reqwest' ? [{}, { async: true }] : [{}]) {
      const code = generate(fixture.request, id, {}, options);
      const framed = rustCase(code);
      expect(framed.replace(/^pub (async )?fn main\(/m, '$1fn main(')).toBe(code);
      expect(framed.match(/^pub (async )?fn main\(/gm)).toHaveLength(1);
    }
  });

  it('refuses a snippet without a main', () => {
    expect(() => rustCase('let x = 1;')).toThrow(/fn main/);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('crystal-http-client × %s: the require lines, then the statements as they are in def snippet_N', (_name, fixture) => {
    const code = generate(fixture.request, 'crystal-http-client');
    const framed = crystalCase(code, 7);
    expect(framed.startsWith('require "http/client"\n\ndef snippet_7\n')).toBe(true);
    expect(framed.endsWith('\nend\n')).toBe(true);
    expect(framed.slice('require "http/client"\n\ndef snippet_7\n'.length, -'\nend\n'.length)).toBe(code.slice('require "http/client"\n'.length).trim());
  });
});
