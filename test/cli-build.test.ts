import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLabels, parseTargets } from '../src/cli/options.js';
import { progressReporter } from '../src/cli/progress.js';
import { watchInputs } from '../src/cli/watch.js';
import type { Io } from '../src/cli/io.js';
import { run } from '../src/cli/main.js';
import type { Manifest } from '../src/site/build/types.js';
import { targetIds } from '../src/targets/registry.js';

const ROOT = join(import.meta.dirname, '..');

/**
 * Progress lines start once a build has run a second (--progress-after), which a build here can reach on a loaded
 * machine, and then the summary would not be the first line: shown only where a test asks for it.
 */
function withoutProgress(argv: string[]): string[] {
  return argv[0] === 'build' && !argv.includes('--progress-after') ? [...argv, '--progress-after', '600000'] : argv;
}

async function cli(argv: string[], extra: Partial<Io> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(withoutProgress(argv), { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), ...extra });
  return { code, stdout, stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'snipforge-cli-build-'));
}

interface Item {
  name: string;
  request?: object;
  item?: Item[];
}

/** A Postman collection file: `Users/List users`, `Users/Admin/Delete user`, `Health`, plus any `extra` items. */
function collection(dir: string, extra: Item[] = []): string {
  const get = (path: string) => ({ method: 'GET', url: `{{baseUrl}}/${path}` });
  const items: Item[] = [
    {
      name: 'Users',
      item: [
        { name: 'List users', request: get('users') },
        { name: 'Admin', item: [{ name: 'Delete user', request: { method: 'DELETE', url: '{{baseUrl}}/users/1' } }] },
      ],
    },
    { name: 'Health', request: get('health') },
    ...extra,
  ];
  const path = join(dir, 'api.postman_collection.json');
  writeFileSync(path, JSON.stringify({ info: { name: 'API', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: items }));
  return path;
}

const BAD_REQUEST: Item = { name: 'Broken', item: [{ name: 'Bad header', request: { method: 'GET', url: 'https://x.test/', header: [{ key: 'X-A', value: 'a\nb' }] } }] };

const manifestOf = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;

describe('snipforge build: options', () => {
  it('keeps the --targets order as the tab order, and "all" stands for the targets not named', () => {
    expect(parseTargets(['python-requests,curl'])).toEqual(['python-requests', 'curl']);
    expect(parseTargets(['go-native', 'curl', 'go-native'])).toEqual(['go-native', 'curl']);
    const pythonFirst = parseTargets(['python-requests,all']);
    expect(pythonFirst[0]).toBe('python-requests');
    expect([...pythonFirst].sort()).toEqual([...targetIds].sort());
    expect(parseTargets(['all'])).toEqual([...targetIds]);
    expect(() => parseTargets(['curl,cobol'])).toThrow(/unknown target "cobol"/);
  });

  it('reads --labels as comma-separated and repeatable, a comma inside a label kept', () => {
    expect(parseLabels(['python-requests=Python,curl=Shell', 'csharp-restsharp=C#, RestSharp'])).toEqual({ 'python-requests': 'Python', curl: 'Shell', 'csharp-restsharp': 'C#, RestSharp' });
    expect(parseLabels(['go-native = Go '])).toEqual({ 'go-native': 'Go' });
    expect(() => parseLabels(['cobol=COBOL'])).toThrow(/--labels: unknown target "cobol"/);
    expect(() => parseLabels(['python-requests'])).toThrow(/--labels "python-requests": expected target=Label/);
    expect(() => parseLabels(['curl='])).toThrow(/expected target=Label/);
  });

  it.each([
    [['build', 'x.json'], /Missing required argument: out/],
    [['build', '--out', 'o'], /Not enough non-option arguments/],
    [['build', 'x.json', '--out', 'o', '--format', 'md,xml'], /unknown format "xml"; choose from: md, mdx, json, html/],
    [['build', 'x.json', '--out', 'o', '--labels', 'cobol=COBOL'], /--labels: unknown target "cobol"/],
    [['build', 'x.json', '--out', 'o', '--labels', 'Python'], /--labels "Python": expected target=Label/],
    [['build', 'x.json', '--out', 'o', '-t', 'curl,cobol'], /unknown target "cobol"/],
    [['build', 'x.json', '--out', 'o', '--var', 'novalue'], /--var "novalue": expected name=value/],
    [['build', 'x.json', '--out', 'o', '--progress-after', '-5'], /--progress-after -5: expected a number of milliseconds/],
    [['build', 'x.json', '--out', join(ROOT, 'package.json')], /is a file/],
    [['build', 'x.json', '--out', 'o', '--no-files'], /^snipforge: --no-files writes only the --format documents, and none is chosen; add --format with one of: md, mdx, json, html, x-codesamples, x-readme\n/],
    [['build', 'x.json', '--out', 'o', '--no-files', '-f', 'files'], /^snipforge: --format files and --no-files ask for opposite things; give one\n/],
    [['build', 'x.json', '--out', 'o', '--no-files', '-f', 'md,files'], /^snipforge: --format files and --no-files ask for opposite things; give one\n/],
    [['build', 'x.json', '--out', 'o', '--files=false', '-f', 'files'], /^snipforge: --format files and --no-files ask for opposite things; give one\n/],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
  });

  it('shows examples and the exit codes in --help', async () => {
    const { code, stdout } = await cli(['build', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--format mdx');
    expect(stdout).toContain('--watch');
    expect(stdout).toContain('-f md --no-files');
    expect(stdout.replace(/\s+/g, ' ')).toMatch(/Exit code: 0 built; 1 bad input/);
  });
});

describe('snipforge build: output', () => {
  it('builds a multi-folder collection, then reports everything unchanged on a second run', async () => {
    const dir = tempDir();
    const input = collection(dir);
    const out = join(dir, 'out');
    const first = await cli(['build', input, '--out', out, '-t', 'python-requests,curl', '--format', 'md', '--format', 'mdx']);
    expect(first.code).toBe(0);
    // 3 requests × (2 snippets + md + mdx) + manifest.json
    expect(first.stderr).toMatch(/^Built 3 requests × 2 targets in \d+\.\d\d s: 13 files written, 0 unchanged, 0 removed\.\n$/);
    expect(readFileSync(join(out, 'users/admin/delete-user/curl.sh'), 'utf8')).toContain("--request DELETE '{{baseUrl}}/users/1'");
    expect(existsSync(join(out, 'health/snippets.mdx'))).toBe(true);
    const manifest = manifestOf(out);
    expect(manifest.targets).toEqual(['python-requests', 'curl']);
    expect(manifest.formats).toEqual(['md', 'mdx']);

    const mtime = statSync(join(out, 'health/curl.sh')).mtimeMs;
    const second = await cli(['build', input, '--out', out, '-t', 'python-requests,curl', '-f', 'md,mdx']);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/^Built 3 requests × 2 targets in \d+\.\d\d s: 0 files written, 13 unchanged, 0 removed\.\n$/);
    expect(statSync(join(out, 'health/curl.sh')).mtimeMs).toBe(mtime);

    const fewer = await cli(['build', input, '--out', out, '-t', 'curl', '-f', 'md,mdx']);
    // python-requests gone from every request: 3 files removed; the documents and manifest change.
    expect(fewer.stderr).toMatch(/: 7 files written, 3 unchanged, 3 removed\.\n$/);
    expect(existsSync(join(out, 'health/python-requests.py'))).toBe(false);
  });

  it('--no-files writes the --format documents and the manifest only; --format files names the per-target files', async () => {
    const dir = tempDir();
    const input = collection(dir);
    const build = (out: string, ...flags: string[]) => cli(['build', input, '-o', join(dir, out), '-t', 'curl', ...flags]);
    const documentsOnly = await build('out', '-f', 'md', '--no-files');
    expect(documentsOnly.code).toBe(0);
    expect(documentsOnly.stderr).toMatch(/: 4 files written, 0 unchanged, 0 removed\.\n$/);
    expect(existsSync(join(dir, 'out/health/snippets.md'))).toBe(true);
    expect(existsSync(join(dir, 'out/health/curl.sh'))).toBe(false);
    expect(manifestOf(join(dir, 'out')).requests.map((request) => request.snippets.map((snippet) => snippet.file))).toEqual([[undefined], [undefined], [undefined]]);
    // Into the same directory with the files, then without them again: their files come and go.
    expect((await build('out', '-f', 'md,files')).stderr).toMatch(/: 4 files written, 3 unchanged, 0 removed\.\n$/);
    expect(existsSync(join(dir, 'out/health/curl.sh'))).toBe(true);
    expect((await build('out', '-f', 'md', '--no-files')).stderr).toMatch(/: 1 file written, 3 unchanged, 3 removed\.\n$/);
    expect(existsSync(join(dir, 'out/health/curl.sh'))).toBe(false);

    // `files` among the formats is the default output.
    await build('default');
    await build('files', '--format', 'files');
    await build('md', '-f', 'md');
    await build('md-files', '-f', 'files,md', '--files');
    expect(readFileSync(join(dir, 'files/manifest.json'), 'utf8')).toBe(readFileSync(join(dir, 'default/manifest.json'), 'utf8'));
    expect(readFileSync(join(dir, 'md-files/manifest.json'), 'utf8')).toBe(readFileSync(join(dir, 'md/manifest.json'), 'utf8'));
    expect(manifestOf(join(dir, 'md')).requests[0]!.snippets[0]!.file).toBe('users/list-users/curl.sh');
  });

  it('puts --labels into the manifest and the documents', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const { code } = await cli(['build', collection(dir), '-o', out, '-t', 'csharp-restsharp,curl', '--labels', 'csharp-restsharp=C#, RestSharp', '--labels', 'curl=Shell', '-f', 'md']);
    expect(code).toBe(0);
    const request = manifestOf(out).requests.find((r) => r.id === 'health')!;
    expect(request.snippets.map((s) => [s.target, s.label])).toEqual([
      ['csharp-restsharp', 'C#, RestSharp'],
      ['curl', 'Shell'],
    ]);
    expect(readFileSync(join(out, 'health/snippets.md'), 'utf8')).toMatch(/^## Health\n\n`GET [^`]+`\n\n### C#, RestSharp\n[\s\S]*\n### Shell\n/);
  });

  it('fills placeholders from --var and --env, --var winning', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const env = join(dir, 'env.json');
    writeFileSync(env, JSON.stringify({ baseUrl: 'https://env.example.com', other: 'x' }));
    const { code } = await cli(['build', collection(dir), '-o', out, '-t', 'curl', '--env', env]);
    expect(code).toBe(0);
    expect(readFileSync(join(out, 'health/curl.sh'), 'utf8')).toContain("'https://env.example.com/health'");
    await cli(['build', collection(dir), '-o', out, '-t', 'curl', '--env', env, '--var', 'baseUrl=https://var.example.com']);
    expect(readFileSync(join(out, 'health/curl.sh'), 'utf8')).toContain("'https://var.example.com/health'");
  });

  it('exits 1 when a request fails, naming it and its field, and still writes the others', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const { code, stderr } = await cli(['build', collection(dir, [BAD_REQUEST]), '-o', out, '-t', 'curl']);
    expect(code).toBe(1);
    const lines = stderr.split('\n');
    expect(lines[0]).toMatch(/^Built 3 requests × 1 target in \d+\.\d\d s: 4 files written, 0 unchanged, 0 removed; 1 request failed:$/);
    expect(lines[1]).toMatch(/^ {2}Broken \/ Bad header \(.*api\.postman_collection\.json\): header\[0\]\.value: must not contain a line break/);
    expect(existsSync(join(out, 'users/list-users/curl.sh'))).toBe(true);
    expect(existsSync(join(out, 'broken'))).toBe(false);
    expect(manifestOf(out).failures.map((f) => f.name)).toEqual(['Bad header']);
  });

  it('exits 1 on an input that cannot be read, with one line naming it', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "url": "x",\n  oops\n}');
    for (const input of [bad, join(dir, 'missing.json')]) {
      const { code, stderr } = await cli(['build', input, '-o', join(dir, 'out')]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/^snipforge: .*(bad\.json:3:\d+|missing\.json: no such file)/);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--json prints one JSON object on stdout and nothing on stderr', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const { code, stdout, stderr } = await cli(['build', collection(dir, [BAD_REQUEST]), '-o', out, '-t', 'curl,go-native', '--json']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const summary = JSON.parse(stdout);
    expect(Object.keys(summary).sort()).toEqual(['durationMs', 'failed', 'failures', 'files', 'formats', 'masked', 'requests', 'targets', 'warnings']);
    expect(summary).toMatchObject({ requests: 3, failed: 1, targets: ['curl', 'go-native'], formats: [] });
    expect(summary.files.written).toHaveLength(7);
    expect(summary.files.written).toContain('users/admin/delete-user/go-native.go');
    expect(summary.files).toMatchObject({ unchanged: [], removed: [] });
    expect(summary.failures).toEqual([expect.objectContaining({ name: 'Bad header', folders: ['Broken'], message: expect.stringMatching(/^header\[0\]\.value: /) })]);
    expect(typeof summary.durationMs).toBe('number');
  });

  it('--quiet prints nothing on success and only the errors on failure', async () => {
    const dir = tempDir();
    const ok = await cli(['build', collection(dir), '-o', join(dir, 'ok'), '-t', 'curl', '--quiet']);
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
    const failing = await cli(['build', collection(dir, [BAD_REQUEST]), '-o', join(dir, 'failing'), '-t', 'curl', '--quiet']);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/^error: Broken \/ Bad header \(.*\): header\[0\]\.value: must not contain a line break[^\n]*\n$/);
  });
});

describe('snipforge build: progress', () => {
  /** 30 requests in one collection file. */
  function manyRequests(dir: string): string {
    const items = Array.from({ length: 30 }, (_, i) => ({ name: `Request ${i + 1}`, request: { method: 'GET', url: `https://api.example.com/r/${i + 1}` } }));
    return collection(dir, [{ name: 'Many', item: items }]);
  }

  it('prints a plain line per tenth of the requests when stderr is not a terminal: each rendered as it is written; with html, rendering then writing', async () => {
    const dir = tempDir();
    const { code, stderr } = await cli(['build', manyRequests(dir), '-o', join(dir, 'out'), '-t', 'curl', '--progress-after', '0']);
    expect(code).toBe(0);
    const progress = stderr.split('\n').filter((line) => /^(Rendering|Writing):/.test(line));
    expect(progress).toHaveLength(10);
    expect(progress[0]).toBe('Writing: 4/33 requests (12%)');
    expect(progress.at(-1)).toBe('Writing: 33/33 requests (100%)');
    expect(stderr).not.toContain('\r');
    expect(stderr.split('\n').at(-2)).toMatch(/^Built 33 requests/);

    const withPage = await cli(['build', manyRequests(dir), '-o', join(dir, 'page'), '-t', 'curl', '-f', 'html', '--progress-after', '0']);
    const pageProgress = withPage.stderr.split('\n').filter((line) => /^(Rendering|Writing):/.test(line));
    expect(pageProgress).toHaveLength(20);
    expect(pageProgress[0]).toBe('Rendering: 4/33 requests (12%)');
    expect(pageProgress[9]).toBe('Rendering: 33/33 requests (100%)');
    expect(pageProgress[10]).toBe('Writing: 4/33 requests (12%)');
  });

  it('stays silent for a build shorter than the delay', async () => {
    const dir = tempDir();
    const { stderr } = await cli(['build', manyRequests(dir), '-o', join(dir, 'out'), '-t', 'curl']);
    expect(stderr).toMatch(/^Built 33 requests × 1 target in /);
  });

  it('draws one bar in place on a terminal and erases it before the summary', async () => {
    const dir = tempDir();
    const { stderr } = await cli(['build', manyRequests(dir), '-o', join(dir, 'out'), '-t', 'curl', '--progress-after', '0'], { stderrIsTTY: true });
    expect(stderr).toMatch(/^\rWriting \[[#.]{24}\] \d+\/33 /);
    expect(stderr).not.toMatch(/(Rendering|Writing):/);
    const [bars, summary] = [stderr.slice(0, stderr.lastIndexOf('\r\x1b[K') + 4), stderr.slice(stderr.lastIndexOf('\r\x1b[K') + 4)];
    expect(bars).not.toContain('\n');
    expect(bars).toContain('\rWriting [########################] 33/33 ');
    expect(summary).toMatch(/^Built 33 requests/);
  });

  it('redraws at most every 100 ms, only after the delay, and always shows the last request', () => {
    let now = 0;
    let output = '';
    const reporter = progressReporter({ write: (t) => (output += t), tty: true, delayMs: 1000, now: () => now });
    const draws = () => output.split('\r').filter((part) => part.startsWith('Writing')).length;
    reporter.update({ phase: 'write', done: 0, total: 100, request: '' });
    for (let done = 1; done <= 50; done++) {
      now = done * 20; // one request every 20 ms: the delay passes at request 50
      reporter.update({ phase: 'write', done, total: 100, request: `r${done}` });
    }
    expect(draws()).toBe(1);
    expect(output).toContain('50/100 r50');
    for (let done = 51; done <= 100; done++) {
      now = done * 20;
      reporter.update({ phase: 'write', done, total: 100, request: `r${done}` });
    }
    // 50 more requests over 1 s: a redraw each 100 ms, plus the final one.
    expect(draws()).toBeGreaterThanOrEqual(10);
    expect(draws()).toBeLessThanOrEqual(12);
    expect(output).toMatch(/\rWriting \[#{24}\] 100\/100 r100\x1b\[K$/);
    reporter.clear();
    expect(output.endsWith('\r\x1b[K')).toBe(true);
  });

  it('keeps the bar within 79 columns for a long request name', () => {
    let output = '';
    const reporter = progressReporter({ write: (t) => (output += t), tty: true, delayMs: 0 });
    reporter.update({ phase: 'render', done: 1, total: 2, request: 'x'.repeat(200) });
    const line = output.replace('\r', '').replace('\x1b[K', '');
    expect(line).toHaveLength(79);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('watchInputs', () => {
  it('sees a file saved by rename, a new subdirectory, and nothing from siblings or the output directory', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.json');
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'out'), { recursive: true });
    writeFileSync(file, '{}');
    const batches: string[][] = [];
    const stop = watchInputs({ paths: [file, tree], ignoreDir: join(tree, 'out'), debounceMs: 50, onChange: async (changed) => void batches.push(changed.sort()), onError: () => {} });
    try {
      writeFileSync(join(dir, 'sibling.json'), '{}');
      writeFileSync(join(tree, 'out', 'manifest.json'), '{}');
      writeFileSync(join(tree, 'notes.txt'), '');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(batches).toEqual([]);

      writeFileSync(`${file}.tmp`, '{"url": "x"}');
      renameSync(`${file}.tmp`, file);
      await waitFor(() => batches.length === 1, 'the saved file', () => JSON.stringify(batches));
      expect(batches[0]).toEqual([file]);

      mkdirSync(join(tree, 'sub'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      writeFileSync(join(tree, 'sub', 'new.json'), '{}');
      await waitFor(() => batches.flat().includes(join(tree, 'sub', 'new.json')), 'the file in the new subdirectory', () => JSON.stringify(batches));
    } finally {
      stop();
    }
  });
});

describe('snipforge build --watch (real process)', () => {
  it('rebuilds when an input is replaced, survives a broken edit, and exits 0 on Ctrl-C', async () => {
    const dir = tempDir();
    const inputs = join(dir, 'requests');
    mkdirSync(inputs);
    const out = join(dir, 'out');
    const request = join(inputs, 'ping.json');
    // Saved as editors do: a new file renamed over the old one.
    const save = (content: string) => {
      writeFileSync(`${request}.tmp`, content);
      renameSync(`${request}.tmp`, request);
    };
    save(JSON.stringify({ url: 'https://api.example.com/first' }));

    const { child, stderr, exited } = buildWatching([inputs, '--out', out, '-t', 'curl']);
    const snippet = join(out, 'ping/curl.sh');
    const readSnippet = () => (existsSync(snippet) ? readFileSync(snippet, 'utf8') : '');
    try {
      await waitFor(() => stderr().includes('Watching 1 input'), 'the watch to start', stderr);
      expect(readSnippet()).toContain('/first');

      save(JSON.stringify({ url: 'https://api.example.com/second' }));
      await waitFor(() => /ping\.json changed; rebuilding\nBuilt 1 request × 1 target in [\d.]+ s: 2 files written, 0 unchanged, 0 removed\.\n/.test(stderr()), 'the rebuild after an edit', stderr);
      expect(readSnippet()).toContain('/second');

      save('{ "url": ');
      await waitFor(() => /snipforge: .*ping\.json:1:\d+/.test(stderr()), 'the error of a broken edit', stderr);

      save(JSON.stringify({ url: 'https://api.example.com/third' }));
      await waitFor(() => readSnippet().includes('/third'), 'the rebuild after the fix', stderr);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(stderr()).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe('snipforge build --watch: the output changed by someone else between two rebuilds (real process)', () => {
  it('writes again a deleted output file, and refuses a manifest.json that is no longer snipforge\'s', async () => {
    const dir = tempDir();
    const inputs = join(dir, 'requests');
    mkdirSync(inputs);
    const out = join(dir, 'out');
    const ping = join(inputs, 'ping.json');
    writeFileSync(ping, JSON.stringify({ url: 'https://api.example.com/ping/1' }));
    writeFileSync(join(inputs, 'pong.json'), JSON.stringify({ url: 'https://api.example.com/pong' }));
    const { child, stderr, exited } = buildWatching([inputs, '--out', out, '-t', 'curl']);
    try {
      await waitFor(() => stderr().includes('Watching 1 input'), 'the watch to start', stderr);
      unlinkSync(join(out, 'pong/curl.sh'));
      writeFileSync(ping, JSON.stringify({ url: 'https://api.example.com/ping/2' }));
      await waitFor(() => /changed; rebuilding\nBuilt 2 requests × 1 target in [\d.]+ s: 3 files written, 0 unchanged, 0 removed\.\n/.test(stderr()), 'the rebuild', stderr);
      expect(readFileSync(join(out, 'pong/curl.sh'), 'utf8')).toContain('/pong');

      writeFileSync(join(out, 'manifest.json'), '{ "pages": [] }\n');
      writeFileSync(ping, JSON.stringify({ url: 'https://api.example.com/ping/3' }));
      await waitFor(() => stderr().includes('is not a snipforge manifest'), 'the foreign manifest refused', stderr);
      expect(readFileSync(join(out, 'ping/curl.sh'), 'utf8')).toContain('/ping/2');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 60_000);
});

describe('snipforge build --watch --no-files (real process)', () => {
  it('rebuilds the documents only', async () => {
    const dir = tempDir();
    const request = join(dir, 'ping.json');
    writeFileSync(request, JSON.stringify({ url: 'https://api.example.com/first' }));
    const out = join(dir, 'out');
    const { child, stderr, exited } = buildWatching([request, '--out', out, '-t', 'curl', '-f', 'md', '--no-files']);
    const document = join(out, 'ping/snippets.md');
    try {
      await waitFor(() => stderr().includes('Watching 1 input'), 'the watch to start', stderr);
      expect(readFileSync(document, 'utf8')).toContain('/first');
      writeFileSync(request, JSON.stringify({ url: 'https://api.example.com/second' }));
      await waitFor(() => /changed; rebuilding\nBuilt 1 request × 1 target in [\d.]+ s: 2 files written, 0 unchanged, 0 removed\.\n/.test(stderr()), 'the rebuild after an edit', stderr);
      expect(readFileSync(document, 'utf8')).toContain('/second');
      expect(existsSync(join(out, 'ping/curl.sh'))).toBe(false);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 60_000);
});

/** `snipforge build <args> --watch` from the sources, as a process: its stderr so far, and its exit code once it ends. */
function buildWatching(args: string[]): { child: ChildProcess; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'build', ...args, '--watch'], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

async function waitFor(condition: () => boolean, what: string, output: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; stderr so far:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
