import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
// @ts-expect-error: a plain ES module of the bundler's, without type declarations
import fastStringWidth, { ONE_COLUMN_TEXT } from '../scripts/ascii-string-width.mjs';

/**
 * The package's `bin` runs the bundle `npm run build` makes (dist/cli.cjs and dist/cli-bundle.cjs, made here the same way): every test of the CLI runs the
 * sources in-process, so these run the bundle as a process on the same command lines and expect the very
 * same stdout, stderr and exit code, for output, help, usage errors and bad input alike.
 */
const ROOT = join(import.meta.dirname, '..');
const SEED = join(ROOT, 'examples', 'token-request.json');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'requests');
const OPENAPI = join(ROOT, 'test', 'fixtures', 'openapi');
/**
 * Bundled into a folder of the test's own, as `npm run build` bundles into dist/ (which `npm pack` in another test rebuilds),
 * inside the package so that what the bundle reads from its dependencies at run time (highlight.js' themes) resolves as it
 * does from dist/; from the system's temporary folder it would resolve only if some node_modules happened to be above it.
 */
const CACHE = join(ROOT, 'node_modules', '.cache');
mkdirSync(CACHE, { recursive: true });
const work = mkdtempSync(join(CACHE, 'snipforge-bundle-'));
const BUNDLE = join(work, 'bundle', 'cli.cjs');

beforeAll(async () => {
  // Asynchronous: a worker blocked for long misses vitest's reply timeout.
  await promisify(execFile)('node', [join(ROOT, 'scripts', 'bundle.mjs'), join(work, 'bundle')], { cwd: ROOT });
  writeFileSync(join(work, 'broken.json'), '{"method": "GET", "url": ');
  // Not in work/, the bundle's current folder, where every run would read it.
  mkdirSync(join(work, 'config'));
  writeFileSync(join(work, 'config', 'snipforge.config.yaml'), 'targets: [curl, go-native]\noptions:\n  timeout: 10\n');
  writeFileSync(join(work, 'bad-model.json'), JSON.stringify({ method: 'GET', url: 'https://x', headers: [{ name: 'A\nB', value: '1' }] }));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function inProcess(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Asynchronous, so the test worker stays responsive while the processes run. */
function bundled(argv: string[], bin = BUNDLE, cwd = work): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', [bin, ...argv], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, COLUMNS: '100' } }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

const fixtureFiles = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

describe('the bundled CLI (dist/cli.cjs)', () => {
  it.each([
    ['generate, every target', ['generate', SEED]],
    ['generate, one target', ['generate', SEED, '--target', 'python-requests']],
    // Compiled in the bundle for the unit a template is written in; compiled from its parse tree (templates/*.json) for another.
    ['generate, another indent unit', ['generate', SEED, '--target', 'python-requests,go-native', '--option', 'indent=2', '--option', 'go-native.indent=4']],
    ['--version', ['--version']],
    ['--help', ['--help']],
    ['generate --help', ['generate', '--help']],
    ['build --help', ['build', '--help']],
    ['preview --help', ['preview', '--help']],
    ['targets', ['targets']],
    ['targets --json', ['targets', '--json']],
    ['no command (usage, exit 2)', []],
    ['unknown target (usage, exit 2)', ['generate', SEED, '--target', 'cobol']],
    ['unknown flag (usage, exit 2)', ['generate', SEED, '--nope']],
    ['missing file (bad input, exit 1)', ['generate', join(work, 'absent.json')]],
    ['broken JSON (bad input, exit 1)', ['generate', join(work, 'broken.json')]],
    ['invalid model (bad input, exit 1)', ['generate', join(work, 'bad-model.json')]],
    // What the bundle loads only when a command needs it: OpenAPI parsing, YAML, the config file.
    ['an OpenAPI 3 spec in YAML', ['generate', join(OPENAPI, 'styles.yaml'), '-t', 'curl,python-requests']],
    ['a Swagger 2.0 spec', ['generate', join(OPENAPI, 'swagger.yaml'), '-t', 'curl']],
    ['an OpenAPI spec split across files (swagger-parser, bundled apart)', ['generate', join(OPENAPI, 'split', 'api.yaml'), '-t', 'curl']],
    ['a YAML config file', ['generate', SEED, '--config', join(work, 'config', 'snipforge.config.yaml')]],
  ])('%s: same output and exit code as the sources', async (_name, argv) => {
    const expected = await inProcess(argv);
    expect(await bundled(argv)).toEqual(expected);
  });

  it.each([
    ['md and mdx', 'md,mdx'],
    ['html (highlight.js)', 'html'],
    ['x-codesamples (yaml)', 'x-codesamples'],
  ])('builds %s exactly as the sources do', async (_name, format) => {
    // --progress-after: under load either build could pass the default second and print progress lines the other does not.
    const argv = (out: string) => ['build', join(OPENAPI, 'styles.yaml'), '--out', out, '-t', 'curl,python-requests', '--format', format, '--progress-after', '600000'];
    const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().map((file) => [file, statSync(join(dir, file)).isFile() ? readFileSync(join(dir, file), 'utf8') : 'folder']);
    const [sources, bundle] = [join(work, `sources-${format}`), join(work, `bundle-${format}`)];
    // The same but for the output folder and how long the build took.
    const same = (text: string) => text.replaceAll(bundle, sources).replace(/ in \d+\.\d+ s:/g, ' in (time):');
    const expected = await inProcess(argv(sources));
    // From the sources' folder, as the manifest names the input by its path from there.
    const got = await bundled(argv(bundle), BUNDLE, ROOT);
    expect({ ...got, stdout: same(got.stdout), stderr: same(got.stderr) }).toEqual({ ...expected, stdout: same(expected.stdout), stderr: same(expected.stderr) });
    expect(files(bundle)).toEqual(files(sources));
  });

  it('generates every fixture in every target exactly as the sources do', async () => {
    for (const file of fixtureFiles) {
      const argv = ['generate', join(FIXTURES, file)];
      expect({ file, ...(await bundled(argv)) }).toEqual({ file, ...(await inProcess(argv)) });
    }
  }, 120_000);
});

describe('the code cache the bin compiles the bundle with', () => {
  const CACHE_NAME = /^cli-bundle\.[0-9a-f]{16}\.v\d+\.\d+\.\d+\.cache$/;
  const caches = (dir: string) => readdirSync(dir).filter((name) => CACHE_NAME.test(name));
  /** A copy of the bundle without its cache, to break or take away. */
  function copyWithoutCache(name: string): string {
    const dir = join(work, name);
    cpSync(join(work, 'bundle'), dir, { recursive: true });
    for (const cache of caches(dir)) rmSync(join(dir, cache));
    return dir;
  }
  const argv = ['generate', SEED, '--target', 'curl,python-requests'];

  it('is made by the build, named after the bundle and this Node', () => {
    expect(caches(join(work, 'bundle'))).toEqual([expect.stringContaining(`.${process.version}.cache`)]);
  });

  it('is written by a run that finds none, which prints the same', async () => {
    const dir = copyWithoutCache('no-cache');
    expect(await bundled(argv, join(dir, 'cli.cjs'))).toEqual(await inProcess(argv));
    expect(caches(dir)).toEqual(caches(join(work, 'bundle')));
  });

  it('is written again when V8 rejects it, and the run prints the same', async () => {
    const dir = copyWithoutCache('rejected-cache');
    const [name] = caches(join(work, 'bundle'));
    writeFileSync(join(dir, name!), Buffer.alloc(4096, 7));
    expect(await bundled(argv, join(dir, 'cli.cjs'))).toEqual(await inProcess(argv));
    expect(readFileSync(join(dir, name!)).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it('is left alone where it cannot be read or written: the run prints the same and leaves no file behind', async () => {
    const dir = copyWithoutCache('unwritable-cache');
    const [name] = caches(join(work, 'bundle'));
    // A folder where the cache would be: reading it fails, and so does renaming the new cache onto it.
    mkdirSync(join(dir, name!));
    const before = readdirSync(dir).sort();
    expect(await bundled(['generate', join(work, 'broken.json')], join(dir, 'cli.cjs'))).toEqual(await inProcess(['generate', join(work, 'broken.json')]));
    expect(await bundled(argv, join(dir, 'cli.cjs'))).toEqual(await inProcess(argv));
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('the bundle measures help text without string-width where it may', () => {
  it('agrees with string-width on every character it measures itself', () => {
    const measuredHere = Array.from({ length: 0x3000 }, (_, code) => String.fromCharCode(code)).filter((c) => ONE_COLUMN_TEXT.test(c));
    expect(measuredHere.length).toBeGreaterThan(250);
    for (const character of measuredHere) expect([character, fastStringWidth(character)]).toEqual([character, stringWidth(character)]);
  });

  it('hands anything else to string-width', () => {
    for (const text of ['日本', '👍', '\u001b[31mred\u001b[39m', 'e\u0301', '\u200b']) expect(fastStringWidth(text)).toBe(stringWidth(text));
  });
});
