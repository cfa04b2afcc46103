import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { DOCUSAURUS_BUNDLED_PRISM } from '../src/cli/prism.js';
import { findTarget, targetIds } from '../src/targets/registry.js';

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

// test/sites/docusaurus.test.ts checks the tables against a real Docusaurus install and its highlighted pages.
describe('snipforge targets --prism', () => {
  it("lists the tabs' languages Docusaurus does not bundle, once each, in tab order", async () => {
    const { code, stdout } = await cli(['targets', '--prism', '-t', 'python-requests,curl,java-okhttp,java-http-client,go-native,kotlin-okhttp,php-guzzle']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(['bash', 'java', 'php']);
  });

  it('puts a language its component extends first (Crystal extends Ruby)', async () => {
    expect(JSON.parse((await cli(['targets', '--prism', '-t', 'crystal-http-client'])).stdout)).toEqual(['ruby', 'crystal']);
    expect(JSON.parse((await cli(['targets', '--prism', '-t', 'ruby-net-http,crystal-http-client'])).stdout)).toEqual(['ruby', 'crystal']);
  });

  it('covers every target by default: each language not bundled appears exactly once', async () => {
    const listed = JSON.parse((await cli(['targets', '--prism'])).stdout) as string[];
    const needed = new Set(targetIds.map((id) => findTarget(id)!.info.prism).filter((name) => !DOCUSAURUS_BUNDLED_PRISM.includes(name)));
    expect(new Set(listed)).toEqual(needed);
    expect(listed).toHaveLength(needed.size);
  });

  it('refuses an unknown target, --target without --prism, and --prism with --json (exit 2)', async () => {
    for (const argv of [['targets', '--prism', '-t', 'nope'], ['targets', '-t', 'curl'], ['targets', '--prism', '--json']]) {
      const { code, stdout, stderr } = await cli(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^snipforge: .+\nRun 'snipforge --help' for usage\.\n$/);
    }
  });
});
