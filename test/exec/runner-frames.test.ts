import { describe, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { fixtures } from '../fixtures.js';
import { program } from './runners/java-okhttp.js';

/**
 * A runner may wrap a snippet only in the frame a reader would write around it. For Java that is a
 * class with main and the imports docs pages assume for OkHttp fragments: nothing the snippet does not show.
 */
describe('runner frames', () => {
  it('java-okhttp: a class with main importing okhttp3.* and java.io.* only', () => {
    const frame = program('int x = 1;');
    expect(frame.match(/^import .*;$/gm)).toEqual(['import java.io.*;', 'import okhttp3.*;']);
    expect(frame).toContain('public static void main(String[] args) throws Exception {\n    int x = 1;\n  }');
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('java-okhttp × %s names every class outside okhttp3, java.io and java.lang in full', (_name, fixture) => {
    const code = generate(fixture.request, 'java-okhttp');
    // The classes a fragment might borrow from elsewhere; each must come with its package.
    for (const [, before] of code.matchAll(/(\S?)\b(?:StandardCharsets|Charset|URLEncoder|Base64|Files|Paths)\b/g)) expect(before, code).toBe('.');
  });
});
