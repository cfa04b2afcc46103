import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, BuildMemory, InputError, type BuildOptions, type Manifest } from '../../src/index.js';
import { CACHE_FILE, cacheText, readCache } from '../../src/site/build/cache.js';
import { FIXTURES_DIR } from '../fixtures.js';

const COLLECTION = join(FIXTURES_DIR, 'postman', 'api-collection.json');
const LIST_USERS = 'users/list-users/curl.sh';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the api collection whose "List users" sends `X-Marker: <marker>`, and the options of a build of it with `memory`. */
function setUp(): { options: BuildOptions; memory: BuildMemory; edit: (marker: string) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'snipforge-memory-'));
  temporary.push(dir);
  const input = join(dir, 'collection.json');
  const edit = (marker: string) => {
    const collection = JSON.parse(readFileSync(COLLECTION, 'utf8')) as { item: { name: string; item: { name: string; request: { header: unknown[] } }[] }[] };
    const listUsers = collection.item.find(({ name }) => name === 'Users')!.item.find(({ name }) => name === 'List users')!;
    listUsers.request.header.push({ key: 'X-Marker', value: marker });
    writeFileSync(input, JSON.stringify(collection));
  };
  edit('0');
  const memory = new BuildMemory();
  return { options: { inputs: [input], outDir: join(dir, 'out'), targets: ['curl', 'http'], formats: ['md'], memory }, memory, edit };
}

function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
}

describe('build({ memory }): the previous output kept in memory', () => {
  it('takes the previous manifest and cache from memory on a rebuild, and builds the same output as without it', async () => {
    const { options, memory, edit } = setUp();
    await build(options);
    expect(memory.reused).toBe(0); // nothing to take yet

    edit('1');
    const rebuilt = await build(options);
    expect(memory.reused).toBe(1);
    expect(rebuilt.files.written).toEqual(['manifest.json', 'users/list-users/curl.sh', 'users/list-users/http.http', 'users/list-users/snippets.md']);
    expect(readFileSync(join(options.outDir, LIST_USERS), 'utf8')).toContain('X-Marker: 1');
    expect(rebuilt.requests.find(({ id }) => id === 'users/list-users')!.snippets[0]!.code).toContain('X-Marker: 1');

    // Nothing changed: the whole build is taken as it is, from memory too.
    const unchanged = await build(options);
    expect(memory.reused).toBe(2);
    expect(unchanged.files.written).toEqual([]);
    expect(unchanged.manifest).toEqual(rebuilt.manifest);

    // The same build without memory reads the output and finds it complete and the same.
    const { memory: _memory, ...withoutMemory } = options;
    const fromDisk = await build({ ...withoutMemory, inputs: options.inputs });
    expect(fromDisk.files.written).toEqual([]);
    expect(fromDisk.manifest).toEqual(rebuilt.manifest);
  });

  it('writes again an output file deleted between two rebuilds', async () => {
    const { options, memory, edit } = setUp();
    await build(options);
    unlinkSync(join(options.outDir, LIST_USERS));
    const unchangedInput = await build(options);
    expect(unchangedInput.files.written).toEqual([LIST_USERS]);
    expect(readFileSync(join(options.outDir, LIST_USERS), 'utf8')).toContain('X-Marker: 0');

    // One request changed, another one's file deleted: both written.
    unlinkSync(join(options.outDir, 'users/get-a-user-s-post/http.http'));
    edit('1');
    const rebuilt = await build(options);
    expect(memory.reused).toBe(2);
    expect(rebuilt.files.written).toEqual(['manifest.json', 'users/get-a-user-s-post/http.http', 'users/list-users/curl.sh', 'users/list-users/http.http', 'users/list-users/snippets.md']);
    expect(readFileSync(join(options.outDir, 'users/get-a-user-s-post/http.http'), 'utf8')).toContain('GET ');
  });

  it('reads manifest.json again when someone else edited it, and writes its own', async () => {
    const { options, memory, edit } = setUp();
    const first = await build(options);
    // A snipforge manifest, edited: one snippet's hash no longer that of its file. (Of another size: an edit of the same
    // size within the same tick of the file system's clock as the build's write is the one that is not seen.)
    const edited = readManifest(options.outDir);
    const listUsers = edited.requests.find(({ id }) => id === 'users/list-users')!;
    listUsers.snippets[0]!.hash = 'sha256-0';
    writeFileSync(join(options.outDir, 'manifest.json'), JSON.stringify(edited, null, 2) + '\n');

    edit('1');
    const rebuilt = await build(options);
    expect(memory.reused).toBe(0);
    expect(rebuilt.files.written).toContain('manifest.json');
    expect(readManifest(options.outDir)).toEqual(rebuilt.manifest);
    expect(rebuilt.manifest.requests.map(({ id }) => id)).toEqual(first.manifest.requests.map(({ id }) => id));
    // The cache did not go with the edited manifest: every request rendered, each file the same as before but the changed one's.
    expect(rebuilt.files.written).toEqual(['manifest.json', 'users/list-users/curl.sh', 'users/list-users/http.http', 'users/list-users/snippets.md']);

    // And the build after it takes them from memory again.
    edit('2');
    await build(options);
    expect(memory.reused).toBe(1);
  });

  it('refuses a manifest.json replaced by one that is not snipforge\'s between two rebuilds', async () => {
    const { options, memory, edit } = setUp();
    await build(options);
    const foreign = '{ "name": "not ours", "files": ["users/list-users/curl.sh"] }\n';
    writeFileSync(join(options.outDir, 'manifest.json'), foreign);
    edit('1');
    await expect(build(options)).rejects.toThrow(InputError);
    await expect(build(options)).rejects.toThrow(/is not a snipforge manifest/);
    expect(memory.reused).toBe(0);
    expect(readFileSync(join(options.outDir, 'manifest.json'), 'utf8')).toBe(foreign);
    expect(readFileSync(join(options.outDir, LIST_USERS), 'utf8')).toContain('X-Marker: 0');
  });

  it('reads the cache again when someone else wrote it', async () => {
    const { options, memory, edit } = setUp();
    await build(options);
    // The same cache with another description for "List users": a build that takes the request from it returns that one.
    const cache = readCache(options.outDir)!;
    const index = readManifest(options.outDir).requests.findIndex(({ id }) => id === 'users/get-a-user-s-post');
    cache.requests[index]!.description = 'from the cache on disk';
    writeFileSync(join(options.outDir, CACHE_FILE), cacheText(cache));

    edit('1');
    const rebuilt = await build(options);
    expect(memory.reused).toBe(0);
    expect(rebuilt.requests.find(({ id }) => id === 'users/get-a-user-s-post')!.description).toBe('from the cache on disk');
  });

  it('forgets the output when a build fails, and reads it again next time', async () => {
    const { options, memory, edit } = setUp();
    await build(options);
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    edit('1');
    await expect(build({ ...options, signal: controller.signal })).rejects.toThrow('stopped');
    const rebuilt = await build(options);
    expect(memory.reused).toBe(0);
    expect(readFileSync(join(options.outDir, LIST_USERS), 'utf8')).toContain('X-Marker: 1');
    expect(rebuilt.files.written).toContain('manifest.json');
  });

  it('writes the manifest of rebuilds from memory (a request changed, added, removed) as the same text as in one piece', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-memory-'));
    temporary.push(dir);
    const input = join(dir, 'many.postman_collection.json');
    const save = (count: number, changed: number) => {
      const item = Array.from({ length: count }, (_, i) => ({ name: `Request ${i}`, request: { method: 'POST', url: `https://api.example.com/items/${i}`, body: { mode: 'raw', raw: `{"n":${i === changed ? 'changed' : i}}` } } }));
      writeFileSync(input, JSON.stringify({ info: { name: 'Many', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item }));
    };
    const memory = new BuildMemory();
    const options: BuildOptions = { inputs: [input], outDir: join(dir, 'out'), targets: ['curl'], memory };
    const manifestText = () => readFileSync(join(options.outDir, 'manifest.json'), 'utf8');
    // Each a rebuild from memory: one request changed; then one more request (the last piece grows); then one fewer.
    for (const [count, changed] of [[250, -1], [250, 120], [251, 120], [250, 7], [150, 7]] as const) {
      save(count, changed);
      const result = await build(options);
      expect(result.manifest.requests.length).toBe(count);
      expect(manifestText()).toBe(JSON.stringify(result.manifest, null, 2) + '\n');
      expect(readManifest(options.outDir)).toEqual(result.manifest);
    }
    expect(memory.reused).toBe(4);
  });

  it('reads back a manifest and cache that are not ASCII, without memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-memory-'));
    temporary.push(dir);
    const input = join(dir, 'café.postman_collection.json');
    const save = (query: string) => writeFileSync(input, JSON.stringify({ info: { name: 'Café', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [{ name: 'Crème brûlée ☕', request: { method: 'GET', url: `https://api.example.com/crème?q=${query}` } }, { name: 'Thé 🍵', request: { method: 'GET', url: 'https://api.example.com/thé' } }] }));
    save('a');
    const options: BuildOptions = { inputs: [input], outDir: join(dir, 'out'), targets: ['curl'], formats: ['md'] };
    const first = await build(options);
    expect(readFileSync(join(options.outDir, 'manifest.json'), 'utf8')).toContain('Crème brûlée ☕');
    // Unchanged: the manifest read back is the one the cache names.
    expect((await build(options)).files.written).toEqual([]);
    // One request changed: the other is taken from the cache, which goes with the manifest read back.
    save('b');
    const rebuilt = await build(options);
    expect(rebuilt.files.written).toEqual(['cr-me-br-l-e-/curl.sh', 'cr-me-br-l-e-/snippets.md', 'manifest.json']);
    expect(rebuilt.requests.map(({ name }) => name)).toEqual(first.requests.map(({ name }) => name));
  });

  it('is not taken for another output directory', async () => {
    const { options, memory } = setUp();
    await build(options);
    const other = `${options.outDir}-other`;
    temporary.push(other);
    const elsewhere = await build({ ...options, outDir: other });
    expect(memory.reused).toBe(0);
    expect(elsewhere.files.unchanged).toEqual([]);
  });
});
