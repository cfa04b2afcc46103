/**
 * Nothing lost, nothing half-written: a bad request or a failed write costs only that request, every
 * file written is whole, no temp file is left behind, and the same input gives the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli/main.js';
import { generate } from '../src/generate.js';
import { loadInput } from '../src/importers/load.js';
import { findTarget } from '../src/targets/registry.js';
import { requestDirectories, writeFileAtomic } from '../src/site/writers/files.js';
import { targetIds } from '../src/targets/registry.js';
import { fixtures, FIXTURES_DIR } from './fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const TARGETS = ['curl', 'python-requests'];

const workDir = mkdtempSync(join(tmpdir(), 'snipforge-safety-'));
chmodSync(workDir, 0o755); // the unprivileged run must reach it
afterAll(() => rmSync(workDir, { recursive: true, force: true }), 120_000);

let dirCount = 0;
function freshDir(): string {
  const dir = join(workDir, `case-${++dirCount}`);
  mkdirSync(dir);
  return dir;
}

async function cli(argv: string[], dir: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr: stderr.replaceAll(dir, '$DIR') };
}

/** Every file below `root` (relative path → bytes), temp files included. */
function tree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return files;
}

const tempFiles = (root: string) => [...tree(root).keys()].filter((path) => path.endsWith('.tmp'));

/**
 * 1,000 requests in 10 folders of 100, "Request 1" to "Request 1000"; `broken` maps a 1-based
 * request number to the Postman request to use instead of a valid one.
 */
function thousandRequests(dir: string, broken: Record<number, unknown> = {}): string {
  const folders = Array.from({ length: 10 }, (_, f) => ({
    name: `Folder ${f + 1}`,
    item: Array.from({ length: 100 }, (_, r) => {
      const n = f * 100 + r + 1;
      return {
        name: `Request ${n}`,
        request: broken[n] ?? { method: 'POST', url: `{{baseUrl}}/items/${n}`, header: [{ key: 'X-Request', value: String(n) }], body: { mode: 'raw', raw: `{"n": ${n}}`, options: { raw: { language: 'json' } } } },
      };
    }),
  }));
  const path = join(dir, 'collection.json');
  writeFileSync(path, JSON.stringify({ info: { name: 'Thousand', schema: V21 }, item: folders }));
  return path;
}

/** Each valid request's files hold exactly what the library generates for it: whole, not cut short. */
async function expectEveryFileWhole(input: string, out: string, skip: (name: string) => boolean): Promise<number> {
  const { requests } = await loadInput(input);
  const directories = requestDirectories(requests);
  let checked = 0;
  requests.forEach((item, index) => {
    if (skip(item.name)) return;
    for (const target of TARGETS) {
      const file = join(out, directories[index]!, `${target}.${findTarget(target)!.info.extension}`);
      expect(readFileSync(file, 'utf8'), file).toBe(generate(item.request, target));
      checked++;
    }
  });
  return checked;
}

describe('(a) request 500 of 1,000 is invalid', () => {
  it('in its fields: the other 999 are written whole, and stderr names request 500, its folder and the field', async () => {
    const dir = freshDir();
    const input = thousandRequests(dir, { 500: { method: 'GET', url: '{{baseUrl}}/items/500', header: [{ key: 'X Request', value: '500' }] } });
    const result = await cli(['generate', input, '-t', TARGETS.join(','), '--out', join(dir, 'out')], dir);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      expect.stringMatching(/^snipforge: \$DIR\/collection\.json: request "Folder 5 \/ Request 500": header\[0\]\.key: must be an HTTP token/),
      'Wrote 1,998 snippets for 999 requests × 2 targets to $DIR/out/',
      'snipforge: 1 of 1,000 requests failed; the others were generated.',
      '',
    ]);
    expect(await expectEveryFileWhole(input, join(dir, 'out'), (name) => name === 'Request 500')).toBe(1998);
    expect(statSync(join(dir, 'out', 'folder-5', 'request-500'), { throwIfNoEntry: false })).toBeUndefined();
    expect(tempFiles(join(dir, 'out'))).toEqual([]);
  }, 60_000);

  it('in its Postman shape (a header object, not a list): the importer skips only that request', async () => {
    const dir = freshDir();
    const input = thousandRequests(dir, { 500: { method: 'GET', url: '{{baseUrl}}/items/500', header: { 'X-Request': '500' } } });
    const result = await cli(['generate', input, '-t', TARGETS.join(','), '--out', join(dir, 'out')], dir);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'snipforge: $DIR/collection.json: request "Folder 5 / Request 500": header: expected an array, got an object',
      'Wrote 1,998 snippets for 999 requests × 2 targets to $DIR/out/',
      'snipforge: 1 of 1,000 requests failed; the others were generated.',
      '',
    ]);
    expect(await expectEveryFileWhole(input, join(dir, 'out'), () => false)).toBe(1998); // request 500 is not among the imported
  }, 60_000);
});

describe('(b) a write fails midway', () => {
  it('a directory where request 500\'s file goes: that request is reported, the others are written whole, no temp file is left', async () => {
    const dir = freshDir();
    const input = thousandRequests(dir);
    mkdirSync(join(dir, 'out', 'folder-5', 'request-500', 'curl.sh'), { recursive: true });
    const result = await cli(['generate', input, '-t', TARGETS.join(','), '--out', join(dir, 'out')], dir);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'snipforge: $DIR/collection.json: request "Folder 5 / Request 500": cannot write $DIR/out/folder-5/request-500/curl.sh: a directory is in the way',
      'Wrote 1,998 snippets for 999 requests × 2 targets to $DIR/out/',
      'snipforge: 1 of 1,000 requests failed; the others were generated.',
      '',
    ]);
    expect(await expectEveryFileWhole(input, join(dir, 'out'), (name) => name === 'Request 500')).toBe(1998);
    expect(tempFiles(join(dir, 'out'))).toEqual([]);
  }, 60_000);

  it('a read-only request directory, as an unprivileged user: the run keeps going and names the requests it could not write', async () => {
    const dir = freshDir();
    chmodSync(dir, 0o755);
    const input = thousandRequests(dir);
    const out = join(dir, 'out');
    // Created by root and closed to everyone else: `nobody` can write the other 998 directories only.
    for (const locked of [join(out, 'folder-5', 'request-500'), join(out, 'folder-7', 'request-612')]) mkdirSync(locked, { recursive: true });
    chmodSync(out, 0o777);
    for (const folder of readdirSync(out)) chmodSync(join(out, folder), 0o777);
    chmodSync(join(out, 'folder-5', 'request-500'), 0o555);
    chmodSync(join(out, 'folder-7', 'request-612'), 0o555);

    const child = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--import', 'tsx', CLI, 'generate', input, '-t', TARGETS.join(','), '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(child.error).toBeUndefined();
    expect(child.status).toBe(1);
    const stderr = child.stderr.replaceAll(dir, '$DIR');
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(/^snipforge: \$DIR\/collection\.json: request "Folder 5 \/ Request 500": cannot write \$DIR\/out\/folder-5\/request-500\/curl\.sh: permission denied$/),
      expect.stringMatching(/^snipforge: \$DIR\/collection\.json: request "Folder 7 \/ Request 612": cannot write \$DIR\/out\/folder-7\/request-612\/curl\.sh: permission denied$/),
      'Wrote 1,996 snippets for 998 requests × 2 targets to $DIR/out/',
      'snipforge: 2 of 1,000 requests failed; the others were generated.',
      '',
    ]);
    expect(await expectEveryFileWhole(input, out, (name) => name === 'Request 500' || name === 'Request 612')).toBe(1996);
    expect(readdirSync(join(out, 'folder-5', 'request-500'))).toEqual([]);
    expect(tempFiles(out)).toEqual([]);
  }, 120_000);
});

describe('(c) the same input gives the same bytes', () => {
  const inputs = () => {
    const dir = freshDir();
    const models = join(dir, 'fixtures.json');
    writeFileSync(models, JSON.stringify(fixtures.map(({ name, request }) => ({ name, ...request }))));
    return { dir, models, collection: join(FIXTURES_DIR, 'postman', 'api-collection.json') };
  };

  it('twice in a row, and once more over the first output, for the 36 fixtures and a Postman collection', async () => {
    const { dir, models, collection } = inputs();
    for (const out of ['first', 'second', 'first']) {
      expect((await cli(['generate', models, '--out', join(dir, out, 'fixtures')], dir)).code).toBe(0);
      expect((await cli(['generate', collection, '--out', join(dir, out, 'postman')], dir)).code).toBe(0);
    }
    const first = tree(join(dir, 'first'));
    expect(first.size).toBe((fixtures.length + (await loadInput(collection)).requests.length) * targetIds.length);
    expect(tree(join(dir, 'second'))).toEqual(first);
  }, 300_000);

  it('whatever the time zone, locale and working directory (a real process, --out relative to its cwd)', async () => {
    const { dir, models, collection } = inputs();
    expect((await cli(['generate', models, '--out', join(dir, 'here', 'fixtures')], dir)).code).toBe(0);
    expect((await cli(['generate', collection, '--out', join(dir, 'here', 'postman')], dir)).code).toBe(0);

    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    const env = { ...process.env, TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', LANGUAGE: 'de' };
    for (const [input, out] of [
      [models, 'fixtures'],
      [collection, 'postman'],
    ] as const) {
      const child = spawnSync(process.execPath, ['--import', pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href, CLI, 'generate', input, '--out', join('there', out)], { cwd: elsewhere, env, encoding: 'utf8' });
      expect(child.status, child.stderr).toBe(0);
    }
    expect(tree(join(elsewhere, 'there'))).toEqual(tree(join(dir, 'here')));
  }, 300_000);
});

describe('(d) writeFileAtomic leaves no temp file when it fails', () => {
  it('replaces a file whole', () => {
    const dir = freshDir();
    const path = join(dir, 'a', 'b', 'snippet.sh');
    writeFileAtomic(path, 'old');
    writeFileAtomic(path, 'new content');
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['snippet.sh']);
  });

  it('when the rename fails because a directory is in the way (EISDIR)', () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'snippet.sh'));
    expect(() => writeFileAtomic(join(dir, 'snippet.sh'), 'content')).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    expect(readdirSync(dir)).toEqual(['snippet.sh']);
  });

  it('when the name is too long for the file system (ENAMETOOLONG)', () => {
    const dir = freshDir();
    expect(() => writeFileAtomic(join(dir, `${'x'.repeat(300)}.sh`), 'content')).toThrow(expect.objectContaining({ code: 'ENAMETOOLONG' }));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('when the disk fills up halfway through the write (ENOSPC): the partial temp file is removed and the old file stays whole', async () => {
    const dir = freshDir();
    const path = join(dir, 'snippet.sh');
    writeFileSync(path, 'old, whole');
    vi.resetModules();
    vi.doMock('node:fs', async (importOriginal) => {
      const fs = await importOriginal<typeof import('node:fs')>();
      const writeHalfThenFail = (file: string, data: string) => {
        fs.writeFileSync(file, data.slice(0, data.length / 2));
        throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', path: file });
      };
      return { ...fs, default: { ...fs, writeFileSync: writeHalfThenFail }, writeFileSync: writeHalfThenFail };
    });
    try {
      const files = await import('../src/site/writers/files.js');
      expect(() => files.writeFileAtomic(path, 'new content that does not fit')).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    } finally {
      vi.doUnmock('node:fs');
      vi.resetModules();
    }
    expect(readdirSync(dir)).toEqual(['snippet.sh']);
    expect(readFileSync(path, 'utf8')).toBe('old, whole');
  });
});
