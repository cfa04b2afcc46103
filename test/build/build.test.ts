import { fromMarkdown } from 'mdast-util-from-markdown';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, findTarget, InputError, targetIds, UsageError, type BuildOptions, type BuildProgress, type Manifest } from '../../src/index.js';
import { FIXTURES_DIR } from '../fixtures.js';
import { CACHE_FILE, cacheText, readCache } from '../../src/site/build/cache.js';

const COLLECTION = join(FIXTURES_DIR, 'postman', 'api-collection.json');
const COLLECTION_SOURCE = 'test/fixtures/postman/api-collection.json';
const COLLECTION_IDS = [
  'users/list-users',
  'users/get-a-user-s-post',
  'users/admin/delete-a-user',
  'users/admin/health-check',
  'users/admin/audit/audit-log',
  'bodies/create-a-user-json-',
  'bodies/import-xml',
  'bodies/plain-text-note',
  'bodies/form-login',
  'bodies/upload-files',
  'bodies/graphql-query',
  'bodies/upload-a-binary-file',
  'bodies/disabled-body',
  'keys/search-with-an-api-key',
  'keys/api-key-in-a-header',
  'keys/oauth-2-profile',
  'items-on-another-host',
];
const DOCUMENT_FORMATS = ['md', 'mdx', 'json'] as const;
const OLD_TIME = new Date('2001-02-03T04:05:06Z');

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'snipforge-build-'));
  temporary.push(dir);
  return dir;
}

function writeJson(path: string, value: unknown): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

/** Every file below `root`, `/`-separated and sorted, but the build's cache of what it rendered (tested on its own). */
function filesUnder(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && !(entry.name === CACHE_FILE && entry.parentPath === root))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function sha256(path: string): string {
  return `sha256-${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
}

function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Every file a manifest lists, sorted. */
function listedFiles(manifest: Manifest): string[] {
  return [...manifest.requests.flatMap((r) => [...r.snippets.map((s) => s.file!), ...r.documents.map((d) => d.file)]), ...manifest.documents.map((d) => d.file)].sort();
}

/** The snippet and document files of one request with the given targets and formats. */
function requestFiles(id: string, targets: readonly string[] = targetIds, formats: readonly string[] = DOCUMENT_FORMATS): string[] {
  return [...targets.map((t) => `${id}/${t}.${findTarget(t)!.info.extension}`), ...formats.map((f) => `${id}/snippets.${f}`)];
}

function sorted(paths: readonly string[]): string[] {
  return [...paths].sort();
}

/** A copy of the api collection in a temp dir, edited by `change`. */
function editedCollection(dir: string, change: (collection: { item: CollectionItem[] }) => void): string {
  const collection = JSON.parse(readFileSync(COLLECTION, 'utf8')) as { item: CollectionItem[] };
  change(collection);
  return writeJson(join(dir, 'collection.json'), collection);
}

interface CollectionItem {
  name: string;
  item?: CollectionItem[];
  request?: { url: unknown; header?: { key: string; value: string }[]; auth?: unknown };
}

function itemAt(collection: { item: CollectionItem[] }, path: string[]): CollectionItem {
  let items = collection.item;
  let found: CollectionItem | undefined;
  for (const name of path) {
    found = items.find((item) => item.name === name);
    if (found === undefined) throw new Error(`no item ${name}`);
    items = found.item ?? [];
  }
  return found!;
}

function removeItem(collection: { item: CollectionItem[] }, path: string[]): void {
  const parent = path.length === 1 ? collection : itemAt(collection, path.slice(0, -1));
  parent.item = parent.item!.filter((item) => item.name !== path.at(-1));
}

function setOldMtimes(outDir: string): void {
  for (const file of filesUnder(outDir)) utimesSync(join(outDir, file), OLD_TIME, OLD_TIME);
}

function mtimesChanged(outDir: string): string[] {
  return filesUnder(outDir).filter((file) => statSync(join(outDir, file)).mtimeMs !== OLD_TIME.getTime());
}

describe('build: layout and manifest', () => {
  it.each([200, 201])('writes the manifest of %i requests, stringified in pieces, as the same text as in one piece', async (count) => {
    const item = Array.from({ length: count }, (_, i) => ({ name: `Request ${i}`, request: { method: 'POST', url: `https://api.example.com/items/${i}`, body: { mode: 'raw', raw: `{"n":${i}}` } } }));
    const collection = writeJson(join(tempDir(), 'many.postman_collection.json'), { info: { name: 'Many', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item });
    const outDir = tempDir();
    const result = await build({ inputs: [collection], outDir, targets: ['curl'] });
    expect(result.manifest.requests.length).toBe(count);
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(JSON.stringify(result.manifest, null, 2) + '\n');
  });

  it('writes a multi-folder collection, request model files and a directory of them, each file listed with its hash', async () => {
    const inputs = tempDir();
    // Same name as the collection's top-level request: the later one gets -2.
    writeJson(join(inputs, 'models', 'b', 'other-host.json'), { name: 'Items on another host', method: 'GET', url: 'https://other.example.com/items' });
    writeJson(join(inputs, 'models', 'a.json'), { url: '{{baseUrl}}/a', method: 'PUT', body: { mode: 'raw', language: 'json', text: '{"a":1}' } });
    writeJson(join(inputs, 'models', '.hidden', 'ignored.json'), { url: 'https://ignored.example.com' });
    writeJson(join(inputs, 'models', 'node_modules', 'ignored.json'), { url: 'https://ignored.example.com' });
    writeJson(join(inputs, 'models', 'staging.postman_environment.json'), { name: 'staging', values: [] });
    writeFileSync(join(inputs, 'models', 'notes.txt'), 'not an input');
    const model = join(FIXTURES_DIR, 'requests', 'head.json');
    const outDir = join(tempDir(), 'site', 'snippets');

    const result = await build({ inputs: [COLLECTION, join(inputs, 'models'), model, COLLECTION], outDir, formats: ['json', 'md', 'mdx', 'json'] });

    const source = (path: string) => relative(process.cwd(), path).split(sep).join('/');
    const manifest = readManifest(outDir);
    // Written a request at a time, the same text as in one piece; options (curl's) nested a level deeper.
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(JSON.stringify(result.manifest, null, 2) + '\n');
    expect(Object.keys(manifest.options)).not.toEqual([]);
    expect(manifest.manifestVersion).toBe(1);
    expect(manifest.generator).toBe(`snipforge ${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version}`);
    expect(manifest.targets).toEqual(targetIds);
    expect(manifest.formats).toEqual(['md', 'mdx', 'json']);
    expect(manifest.failures).toEqual([]);
    expect(manifest.documents).toEqual([]);
    // Input order; a directory's files sorted (a.json before b/); the collection named twice is read once.
    expect(manifest.requests.map((r) => [r.id, r.name, r.folders, r.source])).toEqual([
      ...COLLECTION_IDS.map((id) => [id, expect.any(String), expect.any(Array), COLLECTION_SOURCE]),
      ['a', 'a', [], source(join(inputs, 'models', 'a.json'))],
      ['items-on-another-host-2', 'Items on another host', [], source(join(inputs, 'models', 'b', 'other-host.json'))],
      ['head-request', 'HEAD request', [], 'test/fixtures/requests/head.json'],
    ]);
    const auditLog = manifest.requests[4]!;
    expect([auditLog.name, auditLog.folders, auditLog.method]).toEqual(['Audit log', ['Users', 'Admin', 'Audit'], 'GET']);
    expect(manifest.requests.find((r) => r.id === 'a')).toMatchObject({ method: 'PUT', url: '{{baseUrl}}/a' });
    // A warning every snippet has is said once, as is; the others are named by target.
    const uploadWarnings = manifest.requests.find((r) => r.id === 'bodies/upload-files')!.warnings;
    expect(uploadWarnings.filter((w) => w.includes('Content-Type header is dropped'))).toEqual(['The Content-Type header is dropped: a multipart body gets its boundary from the client.']);
    expect(uploadWarnings.filter((w) => w.startsWith('php-http-request2: ')).length).toBeGreaterThan(0);
    expect(uploadWarnings.every((w) => w.startsWith('The Content-Type') || targetIds.some((t) => w.startsWith(`${t}: `)))).toBe(true);

    // `files` only where the snippets read files, once each, as the request names them: the multipart upload (two parts
    // send upload.txt; `extra` sends only the first file it selects) and the binary body.
    expect(manifest.requests.filter((r) => r.files !== undefined).map((r) => [r.id, r.files])).toEqual([
      ['bodies/upload-files', ['upload.txt']],
      ['bodies/upload-a-binary-file', ['upload.txt']],
    ]);
    for (const request of manifest.requests) {
      // No `operation`: none of these inputs is a spec.
      expect(Object.keys(request)).toEqual(['id', 'name', 'folders', 'source', 'method', 'url', ...(request.files ? ['files'] : []), ...(request.masked ? ['masked'] : []), 'snippets', 'documents', 'warnings']);
      expect(request.snippets.map((s) => [s.target, s.file])).toEqual(targetIds.map((t) => [t, `${request.id}/${t}.${findTarget(t)!.info.extension}`]));
      for (const snippet of request.snippets) {
        const { info } = findTarget(snippet.target)!;
        expect(snippet).toEqual({ target: info.id, label: info.label, language: info.language, client: info.client, fence: info.fence, file: snippet.file, hash: sha256(join(outDir, snippet.file!)) });
      }
      expect(request.documents).toEqual(DOCUMENT_FORMATS.map((format) => ({ format, file: `${request.id}/snippets.${format}`, hash: sha256(join(outDir, request.id, `snippets.${format}`)) })));
    }
    // Exactly the listed files and the manifest: nothing from the skipped entries, no temp files.
    expect(filesUnder(outDir)).toEqual(sorted([...listedFiles(manifest), 'manifest.json']));
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(JSON.stringify(result.manifest, null, 2) + '\n');
    expect(result.files).toEqual({ written: filesUnder(outDir), unchanged: [], removed: [] });
    expect(result.warnings).toContain(`${COLLECTION_SOURCE}: Keys / OAuth 2 profile: auth type "oauth2" is not supported; the snippet sends no authentication.`);
    // The snippet files are what `generate` prints.
    expect(readFileSync(join(outDir, 'users/list-users/curl.sh'), 'utf8')).toBe(result.requests[0]!.snippets.find((s) => s.target === 'curl')!.code);
  });

  it('is byte-identical when built again, into another directory or the same one (which it leaves untouched)', async () => {
    const first = join(tempDir(), 'out');
    const second = join(tempDir(), 'out');
    const options: Omit<BuildOptions, 'outDir'> = { inputs: [COLLECTION], formats: ['md', 'mdx', 'json', 'html'] };
    await build({ ...options, outDir: first });
    await build({ ...options, outDir: second });
    const files = filesUnder(first);
    expect(filesUnder(second)).toEqual(files);
    for (const file of files) expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);

    setOldMtimes(first);
    const again = await build({ ...options, outDir: first });
    expect(again.files).toEqual({ written: [], unchanged: files, removed: [] });
    expect(mtimesChanged(first)).toEqual([]);
    expect(readManifest(first).documents).toEqual([{ format: 'html', file: 'index.html', hash: sha256(join(first, 'index.html')) }]);
  });

  it('orders and labels the tabs as asked, in the manifest, the md headings and the mdx tabs', async () => {
    const outDir = tempDir();
    const targets = ['python-requests', 'curl', 'python-requests'];
    const result = await build({ inputs: [COLLECTION], outDir, targets, labels: { curl: 'Shell', 'python-requests': 'Python 3' }, formats: ['md', 'mdx'] });

    const manifest = readManifest(outDir);
    expect(manifest.targets).toEqual(['python-requests', 'curl']);
    for (const request of manifest.requests) expect(request.snippets.map((s) => [s.target, s.label])).toEqual([['python-requests', 'Python 3'], ['curl', 'Shell']]);
    expect(filesUnder(outDir)).toEqual(sorted([...COLLECTION_IDS.flatMap((id) => requestFiles(id, ['python-requests', 'curl'], ['md', 'mdx'])), 'manifest.json']));

    const markdown = readFileSync(join(outDir, 'users/list-users/snippets.md'), 'utf8');
    const headings = fromMarkdown(markdown).children.filter((node) => node.type === 'heading').map((node) => (node.children[0] as { value: string }).value);
    expect(headings).toEqual(['List users', 'Python 3', 'Shell']);
    const mdx = readFileSync(join(outDir, 'users/list-users/snippets.mdx'), 'utf8');
    expect([...mdx.matchAll(/<TabItem value="([^"]+)" label=\{("[^"]+")\}>/g)].map((m) => [m[1], JSON.parse(m[2]!)])).toEqual([['python-requests', 'Python 3'], ['curl', 'Shell']]);
    expect(result.requests[0]!.snippets.map((s) => s.label)).toEqual(['Python 3', 'Shell']);

    // A new label rewrites the documents and the manifest, not the snippets.
    const relabeled = await build({ inputs: [COLLECTION], outDir, targets, labels: { curl: 'cURL' }, formats: ['md', 'mdx'] });
    expect(relabeled.files.written).toEqual(sorted([...COLLECTION_IDS.flatMap((id) => [`${id}/snippets.md`, `${id}/snippets.mdx`]), 'manifest.json']));
  });

  it('reports progress from 0 to the number of requests: each rendered as it is written; with html, all rendered first', async () => {
    const events: BuildProgress[] = [];
    await build({ inputs: [COLLECTION], outDir: tempDir(), targets: ['curl'], onProgress: (progress) => events.push(progress) });
    const phase = (name: BuildProgress['phase']) => [{ phase: name, done: 0, total: 17, request: '' }, ...COLLECTION_IDS.map((_id, index) => ({ phase: name, done: index + 1, total: 17, request: expect.any(String) }))];
    expect(events).toEqual(phase('write'));
    expect(events[6]!.request).toBe('Create a user (JSON)');

    const withPage: BuildProgress[] = [];
    await build({ inputs: [COLLECTION], outDir: tempDir(), targets: ['curl'], formats: ['html'], onProgress: (progress) => withPage.push(progress) });
    expect(withPage).toEqual([...phase('render'), ...phase('write')]);
    expect(withPage[18 + 6]!.request).toBe('Create a user (JSON)');
  });

  it('lists a spec request\'s operation (path key without the base path) and the files its snippets read', async () => {
    const spec = writeJson(join(tempDir(), 'spec.json'), {
      openapi: '3.0.3',
      info: { title: 'Avatars', version: '1' },
      servers: [{ url: 'https://api.example.com/v2' }],
      paths: {
        '/users/{userId}/avatar': {
          put: {
            operationId: 'uploadAvatar',
            parameters: [{ name: 'userId', in: 'path', required: true, schema: { type: 'integer', example: 7 } }],
            requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { image: { type: 'string', format: 'binary' } } } } } },
            responses: { '204': { description: 'stored' } },
          },
          // No operationId: the operation still names its method and path.
          delete: { responses: { '204': { description: 'removed' } } },
        },
      },
    });
    const outDir = tempDir();
    await build({ inputs: [spec], outDir, targets: ['curl'] });

    const [upload, remove] = readManifest(outDir).requests;
    expect(Object.keys(upload!)).toEqual(['id', 'name', 'folders', 'source', 'method', 'url', 'operation', 'files', 'snippets', 'documents', 'warnings']);
    expect([upload!.url, upload!.operation, upload!.files]).toEqual(['https://api.example.com/v2/users/7/avatar', { operationId: 'uploadAvatar', method: 'PUT', path: '/users/{userId}/avatar' }, ['./image.bin']]);
    expect(Object.keys(remove!)).toEqual(['id', 'name', 'folders', 'source', 'method', 'url', 'operation', 'snippets', 'documents', 'warnings']);
    expect(remove!.operation).toEqual({ method: 'DELETE', path: '/users/{userId}/avatar' });
  });
});

describe('build: incremental', () => {
  it('rewrites only the files of a changed request, and the manifest', async () => {
    const dir = tempDir();
    const outDir = join(dir, 'out');
    const options = (): BuildOptions => ({ inputs: [join(dir, 'collection.json')], outDir, formats: [...DOCUMENT_FORMATS] });
    editedCollection(dir, () => {});
    await build(options());
    setOldMtimes(outDir);

    editedCollection(dir, (c) => (itemAt(c, ['Users', 'Admin', 'Delete a user']).request!.url = 'https://api.example.com/users/7'));
    const result = await build(options());

    const changed = sorted([...requestFiles('users/admin/delete-a-user'), 'manifest.json']);
    expect(result.files.written).toEqual(changed);
    expect(result.files.removed).toEqual([]);
    expect(result.files.unchanged).toEqual(filesUnder(outDir).filter((file) => !changed.includes(file)));
    expect(mtimesChanged(outDir)).toEqual(changed);
    expect(readFileSync(join(outDir, 'users/admin/delete-a-user/curl.sh'), 'utf8')).toContain("'https://api.example.com/users/7'");
  });

  it('deletes exactly the files of removed requests and the directories left empty, nothing else', async () => {
    const dir = tempDir();
    const outDir = join(dir, 'out');
    const options = (): BuildOptions => ({ inputs: [join(dir, 'collection.json')], outDir, formats: [...DOCUMENT_FORMATS] });
    editedCollection(dir, () => {});
    await build(options());
    writeFileSync(join(outDir, 'notes.txt'), 'mine');
    writeFileSync(join(outDir, 'users/admin/health-check/README.txt'), 'mine too');
    const before = filesUnder(outDir);
    setOldMtimes(outDir);

    editedCollection(dir, (c) => {
      removeItem(c, ['Users', 'Admin', 'Audit']);
      removeItem(c, ['Users', 'Admin', 'Health check']);
    });
    const result = await build(options());

    const gone = sorted([...requestFiles('users/admin/audit/audit-log'), ...requestFiles('users/admin/health-check')]);
    expect(result.files.removed).toEqual(gone);
    expect(result.files.written).toEqual(['manifest.json']);
    expect(filesUnder(outDir)).toEqual(before.filter((file) => !gone.includes(file)));
    expect(existsSync(join(outDir, 'users/admin/audit'))).toBe(false);
    expect(readdirSync(join(outDir, 'users/admin/health-check'))).toEqual(['README.txt']);
    expect(readdirSync(join(outDir, 'users/admin')).sort()).toEqual(['delete-a-user', 'health-check']);
    expect(mtimesChanged(outDir)).toEqual(['manifest.json']);
  });

  it('writes a listed file again when it is missing or its size changed on disk', async () => {
    const outDir = tempDir();
    await build({ inputs: [COLLECTION], outDir, targets: ['curl', 'go-native'] });
    rmSync(join(outDir, 'users/list-users/curl.sh'));
    writeFileSync(join(outDir, 'keys/oauth-2-profile/go-native.go'), 'edited by hand');
    const result = await build({ inputs: [COLLECTION], outDir, targets: ['curl', 'go-native'] });
    expect(result.files.written).toEqual(['keys/oauth-2-profile/go-native.go', 'users/list-users/curl.sh']);
    expect(sha256(join(outDir, 'keys/oauth-2-profile/go-native.go'))).toBe(result.manifest.requests[15]!.snippets[1]!.hash);
  });

  it('removes documents of a format no longer asked for', async () => {
    const outDir = tempDir();
    await build({ inputs: [COLLECTION], outDir, targets: ['curl'], formats: ['md', 'mdx'] });
    const result = await build({ inputs: [COLLECTION], outDir, targets: ['curl'], formats: ['md'] });
    expect(result.files.removed).toEqual(sorted(COLLECTION_IDS.map((id) => `${id}/snippets.mdx`)));
    expect(filesUnder(outDir).filter((file) => file.endsWith('.mdx'))).toEqual([]);
  });

  it('without the per-target files: only the documents and the manifest, which lists no snippet file; switching either way in one directory', async () => {
    const [outDir, withFilesDir] = [tempDir(), tempDir()];
    const options: BuildOptions = { inputs: [COLLECTION], outDir, targets: ['curl', 'http'], formats: ['md', 'json'], files: false };
    const withFiles = await build({ ...options, outDir: withFilesDir, files: true });
    const first = await build(options);
    expect(filesUnder(outDir)).toEqual(sorted([...COLLECTION_IDS.flatMap((id) => requestFiles(id, [], ['md', 'json'])), 'manifest.json']));
    expect(first.files.written).toEqual(filesUnder(outDir));
    // The same documents but the json one's snippet paths; the manifest the same but those paths.
    for (const id of COLLECTION_IDS) expect(readFileSync(join(outDir, id, 'snippets.md'), 'utf8')).toBe(readFileSync(join(withFilesDir, id, 'snippets.md'), 'utf8'));
    const json = JSON.parse(readFileSync(join(outDir, 'users/list-users/snippets.json'), 'utf8')) as { snippets: object[] };
    const jsonWithFiles = JSON.parse(readFileSync(join(withFilesDir, 'users/list-users/snippets.json'), 'utf8')) as { snippets: { file: string }[] };
    expect(json).toEqual({ ...jsonWithFiles, snippets: jsonWithFiles.snippets.map(({ file: _file, ...snippet }) => snippet) });
    const withoutPaths = (manifest: Manifest) => manifest.requests.map(({ snippets, documents: _documents, ...rest }) => ({ ...rest, snippets: snippets.map(({ file: _file, ...snippet }) => snippet) }));
    expect(readManifest(outDir).requests.flatMap((request) => request.snippets.filter((snippet) => 'file' in snippet))).toEqual([]);
    expect(withoutPaths(readManifest(outDir))).toEqual(withoutPaths(withFiles.manifest));
    expect(readManifest(outDir).requests[0]!.snippets[0]!.hash).toBe(withFiles.manifest.requests[0]!.snippets[0]!.hash);
    // The code is in the documents only: a snippet has none to read, a document its content.
    expect(() => first.requests[0]!.snippets[0]!.code).toThrow(/the curl snippet of users\/list-users has no file to read its code from/);
    expect(first.requests[0]!.documents[0]!.content).toBe(readFileSync(join(outDir, 'users/list-users/snippets.md'), 'utf8'));

    // Unchanged, then with the files into the same directory (the same output as a build with them), then without again.
    expect((await build(options)).files.written).toEqual([]);
    const switched = await build({ ...options, files: true });
    expect(filesUnder(outDir)).toEqual(filesUnder(withFilesDir));
    for (const file of filesUnder(outDir)) expect(readFileSync(join(outDir, file), 'utf8'), file).toBe(readFileSync(join(withFilesDir, file), 'utf8'));
    expect(switched.files.removed).toEqual([]);
    expect((await build({ ...options, files: true })).files.written).toEqual([]);
    const back = await build(options);
    expect(back.files.removed).toEqual(sorted(COLLECTION_IDS.flatMap((id) => requestFiles(id, ['curl', 'http'], []))));
    expect(filesUnder(outDir)).toEqual(sorted(first.files.written));
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(JSON.stringify(first.manifest, null, 2) + '\n');

    // Incremental as with the files: one request changed rewrites its documents and the manifest.
    const inputDir = tempDir();
    const copied = { ...options, inputs: [editedCollection(inputDir, () => {})] };
    expect((await build(copied)).files.written).toEqual(['manifest.json']); // each request's source changed, not its documents
    editedCollection(inputDir, (collection) => (itemAt(collection, ['Users', 'List users']).request!.header = [{ key: 'X-Edited', value: '1' }]));
    expect((await build(copied)).files).toEqual({ written: ['manifest.json', 'users/list-users/snippets.json', 'users/list-users/snippets.md'], unchanged: sorted(first.files.written.filter((file) => !file.startsWith('users/list-users/') && file !== 'manifest.json')), removed: [] });
  });

  it('without the per-target files, needs a document format: a usage error before anything is written', async () => {
    const outDir = join(tempDir(), 'out');
    await expect(build({ inputs: [COLLECTION], outDir, files: false })).rejects.toThrow(new UsageError('files: false writes only the documents of formats, and none is chosen; choose from: md, mdx, json, html, x-codesamples, x-readme'));
    expect(existsSync(outDir)).toBe(false);
  });

  it('does not read its own output back when the output is inside an input directory', async () => {
    const dir = tempDir();
    writeJson(join(dir, 'requests', 'ping.json'), { name: 'Ping', url: 'https://api.example.com/ping' });
    const options = { inputs: [join(dir, 'requests')], outDir: join(dir, 'requests', 'out'), formats: ['json' as const] };
    await build(options);
    const again = await build(options);
    expect(again.manifest.requests.map((r) => r.id)).toEqual(['ping']);
    expect(again.files.written).toEqual([]);
  });
});

describe('build: the cache of what was rendered', () => {
  /**
   * Sets the description the cache keeps for `ids` (no file of these builds shows it): a build that takes those requests
   * from the cache returns it, one that renders them returns their own.
   */
  function markCached(outDir: string, ids: readonly string[]): void {
    const cache = readCache(outDir)!;
    // The cache's entries follow the manifest's requests.
    for (const [index, { id }] of readManifest(outDir).requests.entries()) if (ids.includes(id)) cache.requests[index]!.description = 'from the cache';
    writeFileSync(join(outDir, CACHE_FILE), cacheText(cache));
  }
  const fromCache = (result: { requests: { id: string; description?: string }[] }, id: string) => result.requests.find((request) => request.id === id)!.description === 'from the cache';

  it('takes a request whose input and options did not change as it was built, its code read from its files; any change renders it again', async () => {
    const outDir = tempDir();
    const options: BuildOptions = { inputs: [COLLECTION], outDir, targets: ['curl', 'http'], formats: ['json'] };
    await build(options);
    markCached(outDir, ['users/list-users']);

    const again = await build(options);
    expect(fromCache(again, 'users/list-users')).toBe(true);
    expect(again.files.written).toEqual([]);
    const listUsers = again.requests.find((request) => request.id === 'users/list-users')!;
    expect(listUsers.snippets[0]!.code).toBe(readFileSync(join(outDir, 'users/list-users/curl.sh'), 'utf8'));
    expect(listUsers.documents[0]!.content).toBe(readFileSync(join(outDir, 'users/list-users/snippets.json'), 'utf8'));

    // Another label changes the json document: every request is rendered again.
    const relabelled = await build({ ...options, labels: { curl: 'Shell' } });
    expect(fromCache(relabelled, 'users/list-users')).toBe(false);
    expect(relabelled.files.written).toEqual(sorted([...COLLECTION_IDS.map((id) => `${id}/snippets.json`), 'manifest.json']));
  });

  it('takes a request whose credentials were masked only while its placeholder names are the same (they depend on the requests before it)', async () => {
    const dir = tempDir();
    const outDir = join(dir, 'out');
    const options: BuildOptions = { inputs: [editedCollection(dir, () => {})], outDir, targets: ['curl'] };
    await build(options);
    expect(readFileSync(join(outDir, 'users/admin/delete-a-user/curl.sh'), 'utf8')).toContain("--user 'admin:{{basicPassword}}'");
    markCached(outDir, ['users/list-users', 'users/admin/delete-a-user']);
    // The same requests in other bytes: the input as a whole changed, so each request is looked up on its own.
    writeFileSync(options.inputs[0]!, JSON.stringify(JSON.parse(readFileSync(options.inputs[0]!, 'utf8'))));
    const again = await build(options);
    expect(fromCache(again, 'users/list-users')).toBe(true);
    expect(fromCache(again, 'users/admin/delete-a-user')).toBe(true);

    // A request with another password before it takes the first placeholder name: it is rendered again, with the next one.
    markCached(outDir, ['users/admin/delete-a-user']);
    editedCollection(dir, (c) => c.item.unshift({ name: 'Log in', request: { url: 'https://api.example.com/login', auth: { type: 'basic', basic: [{ key: 'username', value: 'ann' }, { key: 'password', value: 'another-secret' }] } } as CollectionItem['request'] }));
    const renumbered = await build(options);
    expect(fromCache(renumbered, 'users/admin/delete-a-user')).toBe(false);
    expect(renumbered.requests.find((request) => request.id === 'users/admin/delete-a-user')!.masked).toEqual(['auth basic password']);
    expect(readFileSync(join(outDir, 'users/admin/delete-a-user/curl.sh'), 'utf8')).toContain("--user 'admin:{{basicPassword2}}'");
    expect(renumbered.files.written).toContain('users/admin/delete-a-user/curl.sh');
  });

  it('takes the whole build from the cache when the input files and options are the same and every listed file is intact', async () => {
    const dir = tempDir();
    const outDir = join(dir, 'out');
    const options: BuildOptions = { inputs: [editedCollection(dir, () => {})], outDir, targets: ['curl', 'http'], formats: ['md'] };
    const first = await build(options);
    // Every request, the one whose credentials were masked too: nothing was rendered.
    markCached(outDir, ['users/list-users', 'users/admin/delete-a-user']);
    const again = await build({ ...options, labels: {}, vars: {}, mdFlavor: 'mkdocs' }); // the defaults, spelt out
    expect(fromCache(again, 'users/list-users')).toBe(true);
    expect(fromCache(again, 'users/admin/delete-a-user')).toBe(true);
    expect(again.files).toEqual({ written: [], unchanged: sorted([...listedFiles(first.manifest), 'manifest.json']), removed: [] });
    expect(again.manifest).toEqual(first.manifest);
    expect(again.failures).toEqual(first.failures);
    expect(again.warnings).toEqual(first.warnings);
    expect(again.requests[0]!.snippets[0]!.code).toBe(first.requests[0]!.snippets[0]!.code);

    // A file deleted or edited by hand is written again by the next build; then the whole build is taken again.
    rmSync(join(outDir, 'users/list-users/curl.sh'));
    writeFileSync(join(outDir, 'users/get-a-user-s-post/snippets.md'), 'edited by hand');
    const repaired = await build(options);
    expect(repaired.files.written).toEqual(['users/get-a-user-s-post/snippets.md', 'users/list-users/curl.sh']);
    expect(readFileSync(join(outDir, 'users/list-users/curl.sh'), 'utf8')).toBe(first.requests[0]!.snippets[0]!.code);
    markCached(outDir, ['users/list-users']);
    expect(fromCache(await build(options), 'users/list-users')).toBe(true);

    // Another option, or another byte of the input, is not the same build: its warnings are its own, not the cache's.
    const markWhole = () => {
      const cache = readCache(outDir)!;
      cache.whole!.warnings = ['from the cache'];
      writeFileSync(join(outDir, CACHE_FILE), cacheText(cache));
    };
    markWhole();
    expect((await build(options)).warnings).toEqual(['from the cache']);
    markWhole();
    expect((await build({ ...options, mdFlavor: 'plain' })).warnings).toEqual(first.warnings);
    markWhole();
    writeFileSync(options.inputs[0]!, readFileSync(options.inputs[0]!, 'utf8') + '\n');
    expect((await build({ ...options, mdFlavor: 'plain' })).warnings).toEqual(first.warnings);
  });

  it('keys the whole build by the client options as given: no options and `{}` are the same build, a default spelt out is taken from the cache from its second build on', async () => {
    const outDir = tempDir();
    const options: BuildOptions = { inputs: [COLLECTION], outDir, targets: ['curl', 'http'], formats: ['md'] };
    const first = await build(options);
    const markWhole = () => {
      const cache = readCache(outDir)!;
      cache.whole!.warnings = ['from the cache'];
      writeFileSync(join(outDir, CACHE_FILE), cacheText(cache));
    };
    markWhole();
    expect((await build({ ...options, clientOptions: { curl: {}, http: {} } })).warnings).toEqual(['from the cache']);
    // The default of curl's `silent`, given: the usual path once, which writes nothing and records it.
    const spelt = { ...options, clientOptions: { curl: { silent: false } } };
    markWhole();
    const once = await build(spelt);
    expect(once.warnings).toEqual(first.warnings);
    expect(once.files.written).toEqual([]);
    markWhole();
    expect((await build(spelt)).warnings).toEqual(['from the cache']);
    // Another value is another build.
    markWhole();
    const silent = await build({ ...options, clientOptions: { curl: { silent: true } } });
    expect(silent.warnings).toEqual(first.warnings);
    expect(silent.requests[0]!.snippets.find((s) => s.target === 'curl')!.code).toContain('--silent');
  });

  it('is ignored when it does not go with manifest.json, or a file is not as built; the output is the same', async () => {
    const outDir = tempDir();
    const options: BuildOptions = { inputs: [COLLECTION], outDir, targets: ['curl'] };
    const first = await build(options);
    const listUsersCode = first.requests[0]!.snippets[0]!.code;
    markCached(outDir, ['users/list-users', 'users/get-a-user-s-post']);
    // The same manifest written another way: it is not the one the cache goes with.
    writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(first.manifest));
    const again = await build(options);
    expect(fromCache(again, 'users/list-users')).toBe(false);
    expect(again.files.written).toEqual(['manifest.json']);

    markCached(outDir, ['users/list-users', 'users/get-a-user-s-post']);
    writeFileSync(join(outDir, 'users/list-users/curl.sh'), 'edited by hand');
    const repaired = await build(options);
    expect(fromCache(repaired, 'users/list-users')).toBe(false);
    expect(fromCache(repaired, 'users/get-a-user-s-post')).toBe(true);
    expect(repaired.files.written).toEqual(['users/list-users/curl.sh']);
    expect(readFileSync(join(outDir, 'users/list-users/curl.sh'), 'utf8')).toBe(listUsersCode);
  });

  it('an unchanged build tells its summary from the cache and reads manifest.json only when its manifest is asked for', async () => {
    const dir = tempDir();
    const outDir = join(dir, 'out');
    const options: BuildOptions = { inputs: [editedCollection(dir, () => {})], outDir, targets: ['curl', 'http'], formats: ['md'] };
    const first = await build(options);
    // The outline is the manifest's: its count, the masked request, every request's warnings with its id.
    expect(first.outline.requests).toBe(first.manifest.requests.length);
    expect(first.outline.masked).toContainEqual({ id: 'users/admin/delete-a-user', name: 'Delete a user', folders: ['Users', 'Admin'], masked: ['auth basic password'] });
    expect(first.outline.masked).toHaveLength(first.manifest.requests.filter(({ masked }) => masked !== undefined).length);
    const warned = first.manifest.requests.find(({ warnings }) => warnings.length > 0)!;
    expect(first.outline.warnings).toContain(`${warned.id}: ${warned.warnings[0]}`);
    expect(first.outline.warnings).toHaveLength(first.manifest.requests.reduce((sum, { warnings }) => sum + warnings.length, 0));

    const again = await build(options);
    expect(again.files.written).toEqual([]);
    expect(again.outline).toEqual(first.outline);
    // Another build's manifest in its place before it is asked for: refused, not taken for this build's.
    const manifestText = readFileSync(join(outDir, 'manifest.json'), 'utf8');
    writeFileSync(join(outDir, 'manifest.json'), manifestText.replace('"Delete a user"', '"Remove a user"'));
    expect(() => again.manifest).toThrow(`${join(outDir, 'manifest.json')} is no longer the manifest of the build that found the output unchanged; build again to read it`);

    // manifest.json is checked like every file: edited to another size, it is written again.
    writeFileSync(join(outDir, 'manifest.json'), manifestText + '\n');
    const repaired = await build(options);
    expect(repaired.files.written).toEqual(['manifest.json']);
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(manifestText);
    expect((await build(options)).manifest).toEqual(first.manifest);
  });

  it('takes the whole build from the cache for an output directory named through `..` or with a trailing slash, and sees a file edited there', async () => {
    const dir = tempDir();
    const options: BuildOptions = { inputs: [COLLECTION], outDir: join(dir, 'out'), targets: ['curl'] };
    await build(options);
    markCached(join(dir, 'out'), ['users/list-users']);
    // Warnings only the whole-build record holds: a build that returns them stopped early (the per-request path makes its own).
    const cache = readCache(join(dir, 'out'))!;
    cache.whole!.warnings = ['from the whole-build record'];
    writeFileSync(join(dir, 'out', CACHE_FILE), cacheText(cache));
    for (const outDir of [`${dir}/out/../out`, `${dir}/out/`]) {
      const again = await build({ ...options, outDir });
      expect(again.files.written).toEqual([]);
      expect(again.warnings).toEqual(['from the whole-build record']);
      expect(fromCache(again, 'users/list-users')).toBe(true);
    }
    writeFileSync(join(dir, 'out', 'users/list-users/curl.sh'), 'edited by hand');
    expect((await build({ ...options, outDir: `${dir}/out/../out/` })).files.written).toEqual(['users/list-users/curl.sh']);
  });

  it('is ignored whole when its request entries are not the ones it was written with', async () => {
    const outDir = tempDir();
    const options: BuildOptions = { inputs: [COLLECTION], outDir, targets: ['curl'], formats: ['md'] };
    await build(options);
    markCached(outDir, ['users/list-users']);
    // The second line edited without the hash the first one holds: the whole cache is dropped and every request rendered.
    const path = join(outDir, CACHE_FILE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"from the cache"', '"from the cache, edited"'));
    const again = await build(options);
    expect(again.requests.map(({ description }) => description)).not.toContain('from the cache, edited');
    expect(fromCache(again, 'users/list-users')).toBe(false);
    expect(again.files.written).toEqual([]);
  });
});

describe('build: failures', () => {
  it('reports a request that fails validation, writes the others, and removes its files from an earlier build', async () => {
    const dir = tempDir();
    const outDir = join(dir, 'out');
    const options = (): BuildOptions => ({ inputs: [join(dir, 'collection.json')], outDir, formats: ['md'] });
    editedCollection(dir, () => {});
    await build(options());

    editedCollection(dir, (c) => itemAt(c, ['Users', 'Get a user\'s post']).request!.header!.push({ key: 'X Bad', value: '1' }));
    const result = await build(options());

    const failure = { name: "Get a user's post", folders: ['Users'], source: relative(process.cwd(), join(dir, 'collection.json')).split(sep).join('/'), message: expect.stringMatching(/^header\[\d+\]\.key: must be an HTTP token/) };
    expect(result.failures).toEqual([failure]);
    expect(readManifest(outDir).failures).toEqual([failure]);
    expect(readManifest(outDir).requests.map((r) => r.id)).toEqual(COLLECTION_IDS.filter((id) => id !== 'users/get-a-user-s-post'));
    expect(result.files.removed).toEqual(requestFiles('users/get-a-user-s-post', targetIds, ['md']).sort());
    expect(existsSync(join(outDir, 'users/get-a-user-s-post'))).toBe(false);
    expect(existsSync(join(outDir, 'users/list-users/curl.sh'))).toBe(true);
  });

  it('reports a request whose files cannot be written, takes back what it wrote, and writes the others', async () => {
    const outDir = join(tempDir(), 'out');
    // A file where the admin folder's directory would go: its three requests cannot be written.
    mkdirSync(join(outDir, 'users'), { recursive: true });
    writeFileSync(join(outDir, 'users', 'admin'), 'not a directory');
    const result = await build({ inputs: [COLLECTION], outDir, targets: ['curl', 'python-requests'] });

    const blocked = ['users/admin/delete-a-user', 'users/admin/health-check', 'users/admin/audit/audit-log'];
    expect(result.failures.map((f) => [f.folders.join(' / '), f.message])).toEqual(blocked.map((id) => [id.startsWith('users/admin/audit') ? 'Users / Admin / Audit' : 'Users / Admin', expect.stringMatching(/^cannot write .*\/users\/admin\/.*: a file is in the way of a directory$/)]));
    const built = COLLECTION_IDS.filter((id) => !blocked.includes(id));
    expect(readManifest(outDir).requests.map((r) => r.id)).toEqual(built);
    expect(readManifest(outDir).failures).toHaveLength(3);
    expect(filesUnder(outDir).sort()).toEqual([...built.flatMap((id) => [`${id}/curl.sh`, `${id}/python-requests.py`]), 'manifest.json', 'users/admin'].sort());
  });

  it('reports a collection item too malformed to import, in input order with the others', async () => {
    const dir = tempDir();
    writeJson(join(dir, 'a.json'), { name: 'Bad model', url: 'https://api.example.com/a', method: 'GET ME' });
    writeJson(join(dir, 'b.json'), { info: { name: 'c' }, item: [{ name: 'Malformed', request: { url: 5 } }, { name: 'Fine', request: { url: 'https://api.example.com/f' } }] });
    const result = await build({ inputs: [dir], outDir: join(dir, 'out'), targets: ['curl'] });
    const source = (file: string) => relative(process.cwd(), join(dir, file)).split(sep).join('/');
    expect(result.failures.map((f) => [f.name, f.source])).toEqual([['Bad model', source('a.json')], ['Malformed', source('b.json')]]);
    expect(result.failures[1]!.message).toBe('url: expected a string or an object, got a number');
    expect(result.manifest.requests.map((r) => r.id)).toEqual(['fine']);
  });

  it('keeps the ids of the other requests when one fails', async () => {
    const dir = tempDir();
    writeJson(join(dir, 'a.json'), { name: 'Same', url: 'https://api.example.com/a', headers: [{ name: 'X Bad', value: '1' }] });
    writeJson(join(dir, 'b.json'), { name: 'Same', url: 'https://api.example.com/b' });
    const result = await build({ inputs: [dir], outDir: join(dir, 'out'), targets: ['curl'] });
    expect(result.failures.map((f) => f.name)).toEqual(['Same']);
    expect(result.manifest.requests.map((r) => r.id)).toEqual(['same-2']);
  });

  it('throws for an unusable input before writing anything', async () => {
    const outDir = join(tempDir(), 'out');
    await expect(build({ inputs: [COLLECTION, 'missing.json'], outDir })).rejects.toThrow(new InputError('missing.json: no such file'));
    await expect(build({ inputs: [join(FIXTURES_DIR, 'postman', 'broken.json')], outDir })).rejects.toThrow(/broken\.json:\d+:\d+: invalid JSON/);
    const empty = tempDir();
    await expect(build({ inputs: [empty], outDir })).rejects.toThrow(new InputError(`${empty}: the directory holds no *.json files`));
    await expect(build({ inputs: [COLLECTION], outDir, targets: ['cobol'] })).rejects.toThrow(UsageError);
    await expect(build({ inputs: [COLLECTION], outDir, labels: { curl: 'two\nlines' } })).rejects.toThrow(/label for curl: .* line break/);
    expect(existsSync(outDir)).toBe(false);
    const file = join(tempDir(), 'file.txt');
    writeFileSync(file, 'a file');
    await expect(build({ inputs: [COLLECTION], outDir: file })).rejects.toThrow(new UsageError(`${file}: is a file; the output must be a directory (it is created if missing)`));
  });

  it.each([
    ['another tool’s manifest', JSON.stringify({ name: 'my-site', files: ['index.html'] })],
    ['invalid JSON', '{"manifestVersion": 1,'],
    ['a manifest naming a file outside the output', JSON.stringify({ manifestVersion: 1, generator: 'snipforge 0.0.1', requests: [], documents: [{ format: 'html', file: '../outside.txt', hash: 'sha256-0' }], failures: [] })],
  ])('refuses an output directory whose manifest.json is %s, and leaves everything as it was', async (_what, content) => {
    const dir = tempDir();
    const outDir = join(dir, 'out');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'manifest.json'), content);
    writeFileSync(join(dir, 'outside.txt'), 'keep');
    await expect(build({ inputs: [COLLECTION], outDir })).rejects.toBeInstanceOf(InputError);
    await expect(build({ inputs: [COLLECTION], outDir })).rejects.toThrow(`${join(outDir, 'manifest.json')} is not a snipforge manifest (`);
    expect(filesUnder(dir)).toEqual(['out/manifest.json', 'outside.txt']);
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(content);
  });
});
