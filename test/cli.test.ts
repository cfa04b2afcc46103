import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { targetIds } from '../src/targets/registry.js';

const ROOT = join(import.meta.dirname, '..');
const SEED = join(ROOT, 'examples', 'token-request.json');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'snipforge-cli-'));
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

describe('snipforge CLI', () => {
  it('prints one snippet to stdout for one target', async () => {
    const { code, stdout } = await cli('generate', SEED, '--target', 'curl');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^curl --location --globoff '\{\{authPath\}\}\/\{\{envID\}\}\/as\/token' \\\n/);
    expect(stdout).toContain("--data-urlencode 'scope=openid'");
  });

  it('writes DIR/<request-slug>/<target>.<ext> for every target with --out', async () => {
    const out = mkdtempSync(join(tmpdir(), 'snipforge-out-'));
    const { code, stderr } = await cli('generate', SEED, '--out', out);
    expect(code).toBe(0);
    expect(stderr).toContain(`Wrote ${targetIds.length} snippets for 1 request × ${targetIds.length} targets to `);
    expect(readdirSync(join(out, 'get-the-access-token'))).toHaveLength(targetIds.length);
    expect(readFileSync(join(out, 'get-the-access-token', 'python-requests.py'), 'utf8')).toContain('requests.request("POST", url');
  });

  it('substitutes --var values and encodes them like any other text', async () => {
    const { code, stdout } = await cli('generate', SEED, '-t', 'python-requests', '--var', 'authPath=https://auth.example.com', '--var', 'authCode=a b&c');
    expect(code).toBe(0);
    expect(stdout).toContain('url = "https://auth.example.com/{{envID}}/as/token"');
    expect(stdout).toContain('code=a%20b%26c&');
  });

  it('reads variables from a Postman environment file', async () => {
    const env = tempFile('env.json', JSON.stringify({ name: 'e', values: [{ key: 'envID', value: 'env-42', enabled: true }] }));
    const { code, stdout } = await cli('generate', SEED, '-t', 'curl', '--env', env);
    expect(code).toBe(0);
    expect(stdout).toContain("'{{authPath}}/env-42/as/token'");
  });

  it('lists the targets', async () => {
    const { code, stdout } = await cli('targets');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^id\s+label\s+client\s+executed with\s+options$/);
    expect(stdout).toMatch(/^python-requests\s+Python\s+requests\s+Python 3\.11\.2 \(Debian 12\), requests 2\.28\.1\s+indent, followRedirects, timeout$/m);
  });

  it.each([
    [['generate', SEED, '--target', 'cobol'], /unknown target "cobol"/],
    [['generate', SEED, '--var', 'novalue'], /--var "novalue": expected name=value/],
    [['generate'], /Not enough non-option arguments|input/],
    [['frobnicate'], /Unknown argument|Did you mean|command/i],
    [['generate', SEED, '--out', SEED], /is a file/],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const { code, stderr } = await cli(...(argv as string[]));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['missing file', () => '/nonexistent/request.json', /\/nonexistent\/request\.json/],
    ['invalid JSON, with line and column', () => tempFile('bad.json', '{\n  "url": "x",\n  oops\n}'), /bad\.json:3:\d+/],
    ['a header value with a line break', () => tempFile('r.json', JSON.stringify({ url: 'http://x', headers: [{ name: 'X', value: 'a\nb' }] })), /headers\[0\]\.value: must not contain a line break/],
    ['JSON that is not a request', () => tempFile('r.json', '[1, 2]'), /is not a request model/],
  ])('exits 1 on bad input: %s', async (_name, file, message) => {
    const { code, stderr } = await cli('generate', file(), '-t', 'curl');
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('runs as a real process with the documented exit code and no stack trace', () => {
    const bad = tempFile('r.json', JSON.stringify({ url: 'http://x', method: 'GE T' }));
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'generate', bad], { encoding: 'utf8', cwd: ROOT });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/method: must be an HTTP token/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
