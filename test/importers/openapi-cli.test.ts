import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { Manifest } from '../../src/site/build/types.js';

const SPECS = join(import.meta.dirname, '..', 'fixtures', 'openapi');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const freshDir = () => mkdtempSync(join(tmpdir(), 'snipforge-openapi-cli-'));

describe('snipforge generate SPEC', () => {
  it('--operation by METHOD /path with --server and a --var credential: one snippet', async () => {
    const { code, stdout, stderr } = await cli('generate', join(SPECS, 'security.yaml'), '--operation', 'GET /query-key', '--server', 'http://127.0.0.1:8080', '--var', 'queryKey=s3cret', '-t', 'curl');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe("curl --location --globoff 'http://127.0.0.1:8080/query-key?api_key=s3cret'\n");
  });

  it('an unknown --operation: exit 1 naming it', async () => {
    const { code, stderr } = await cli('generate', join(SPECS, 'styles.yaml'), '--operation', 'getNothing');
    expect(code).toBe(1);
    expect(stderr).toBe(`snipforge: ${join(SPECS, 'styles.yaml')}: --operation "getNothing": no operation has this operationId or method and path (write it as an operationId or as METHOD /path, e.g. "GET /pets/{petId}")\n`);
  });

  it.each([
    [['--server', 'api.example.com'], '--server "api.example.com": expected an absolute URL (https://api.example.com/v1) or one starting with a {{placeholder}}'],
    [['--media-type', 'json'], '--media-type "json": expected a media type such as application/json'],
    [['--media-type', 'application/xml', '--all-media-types'], '--media-type and --all-media-types cannot be used together: choose one media type or all of them'],
    [['--operation', ' '], '--operation: the value is empty'],
  ])('usage error %j: exit 2', async (flags, message) => {
    const { code, stderr } = await cli('generate', join(SPECS, 'bodies.json'), ...flags);
    expect(code).toBe(2);
    expect(stderr).toBe(`snipforge: ${message}\nRun 'snipforge --help' for usage.\n`);
  });

  it('--help teaches the spec flags', async () => {
    const { stdout } = await cli('build', '--help');
    for (const flag of ['--operation', '--tag', '--server', '--media-type', '--all-media-types', '--example', '--all-params']) expect(stdout).toContain(flag);
    expect(stdout).toContain('"GET /pets/{petId}"');
  });
});

describe('snipforge build SPEC', () => {
  it('--tag and --operation add up; one directory per operation, the manifest mapping each to its operation and the files it reads', async () => {
    const out = join(freshDir(), 'out');
    const { code } = await cli('build', join(SPECS, 'bodies.json'), join(SPECS, 'swagger.yaml'), '-o', out, '-f', 'json', '-t', 'curl', '-q', '--tag', 'pets', '--operation', 'uploadAvatar');
    expect(code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.requests.map(({ id, operation, files }) => ({ id, operation, files }))).toEqual([
      { id: 'upload-avatar', operation: { operationId: 'uploadAvatar', method: 'POST', path: '/upload' }, files: ['./avatar.png'] },
      { id: 'pets/find-pets', operation: { operationId: 'findPets', method: 'GET', path: '/pets' }, files: undefined },
      { id: 'pets/add-pet', operation: { operationId: 'addPet', method: 'POST', path: '/pets' }, files: undefined },
    ]);
    expect(readdirSync(join(out, 'pets', 'add-pet')).sort()).toEqual(['curl.sh', 'snippets.json']);
  });

  it('the same spec builds byte-identical files', async () => {
    const [a, b] = [join(freshDir(), 'a'), join(freshDir(), 'b')];
    for (const out of [a, b]) expect((await cli('build', join(SPECS, 'styles.yaml'), join(SPECS, 'security.yaml'), '-o', out, '-f', 'md', '-q')).code).toBe(0);
    const files = (JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8')) as Manifest).requests.flatMap((r) => r.snippets.map((s) => s.file!));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(readFileSync(join(b, file), 'utf8'), file).toBe(readFileSync(join(a, file), 'utf8'));
  });

  it('a bad spec: exit 1, one line with the pointer, nothing written', async () => {
    const out = join(freshDir(), 'out');
    const bad = join(SPECS, 'bad', 'unknown-style.yaml');
    const { code, stderr } = await cli('build', join(SPECS, 'styles.yaml'), bad, '-o', out);
    expect(code).toBe(1);
    expect(stderr).toBe(`snipforge: ${bad}: #/paths/~1a/get/parameters/0/style: unknown style "commaDelimited" for a query parameter; expected one of: form, spaceDelimited, pipeDelimited, deepObject\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('a spec with only webhooks: an empty build with a warning', async () => {
    const out = join(freshDir(), 'out');
    const { code, stderr } = await cli('build', join(SPECS, 'bad', 'webhooks-only.yaml'), '-o', out);
    expect(code).toBe(0);
    expect(stderr).toContain('warning: test/fixtures/openapi/bad/webhooks-only.yaml: the spec has only webhooks, which get no snippets: nothing to build\n');
    expect((JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest).requests).toEqual([]);
  });
});
