import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { javaStr, javaText } from '../src/targets/java/escape.js';

/**
 * javaStr and javaText checked by the Java compiler itself: random hostile strings are escaped, put in
 * one program, compiled and run once (one JVM), and the UTF-8 bytes each literal holds are compared
 * with the input. Java's `\uXXXX` pre-lexing is the trap this catches (a `\u0022` that ends a literal).
 */
const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

// The characters the escapers must handle, mixed with any other text.
const hostile = fc.constantFrom('\\', '\\u0022', '\\u000a', '\\\\u0041', '"', '\n', '\r', '\t', '\0', '\u2028', '\u202e', '\ufeff', '\u0085', '\u007f', '😀', 'é', '*/', '/*');
const text = fc.array(fc.oneof(hostile, fc.string({ unit: 'grapheme' })), { maxLength: 12 }).map((pieces) => pieces.join(''));

describe.skipIf(!hasJava)('Java literals hold exactly their text', () => {
  it.each([
    ['javaStr', javaStr],
    ['javaText', javaText],
  ])('%s', (_name, escape) => {
    const inputs = fc.sample(text, { numRuns: 300, seed: 42 });
    inputs.push('line 1\nline 2\n', 'a\n\n', '\n');
    const literals = inputs.map((input) => `      ${escape(input)},`).join('\n');
    const program = `import java.nio.charset.StandardCharsets;

public class Main {
  public static void main(String[] args) {
    String[] values = {
${literals}
    };
    for (String value : values) {
      StringBuilder hex = new StringBuilder();
      for (byte b : value.getBytes(StandardCharsets.UTF_8)) hex.append(String.format("%02x", b));
      System.out.println(hex);
    }
  }
}
`;
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-java-'));
    try {
      writeFileSync(join(dir, 'Main.java'), program);
      const output = execFileSync('java', ['-Dfile.encoding=UTF-8', 'Main.java'], { cwd: dir, encoding: 'utf8' });
      expect(output.split('\n').slice(0, -1)).toEqual(inputs.map((input) => Buffer.from(input, 'utf8').toString('hex')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
