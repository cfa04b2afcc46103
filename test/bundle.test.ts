import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
// @ts-expect-error: a plain ES module of the bundler's, without type declarations
import fastStringWidth, { ONE_COLUMN_TEXT } from '../scripts/ascii-string-width.mjs';

/**
 * The package's `bin` is the bundle `npm run build` makes (dist/cli.js, made here the same way): every test of the CLI runs the
 * sources in-process, so these run the bundle as a process on the same command lines and expect the very
 * same stdout, stderr and exit code, for output, help, usage errors and bad input alike.
 */
const ROOT = join(import.meta.dirname, '..');
const SEED = join(ROOT, 'examples', 'token-request.json');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'requests');
const work = mkdtempSync(join(tmpdir(), 'snipforge-bundle-'));
/** Bundled into a folder of the test's own, as `npm run build` bundles into dist/ (which `npm pack` in another test rebuilds). */
const BUNDLE = join(work, 'bundle', 'cli.js');

beforeAll(async () => {
  // Asynchronous: a worker blocked for long misses vitest's reply timeout.
  await promisify(execFile)('node', [join(ROOT, 'scripts', 'bundle.mjs'), join(work, 'bundle')], { cwd: ROOT });
  writeFileSync(join(work, 'broken.json'), '{"method": "GET", "url": ');
  writeFileSync(join(work, 'bad-model.json'), JSON.stringify({ method: 'GET', url: 'https://x', headers: [{ name: 'A\nB', value: '1' }] }));
}, 120_000);

async function inProcess(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Asynchronous, so the test worker stays responsive while the processes run. */
function bundled(argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', [BUNDLE, ...argv], { cwd: work, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, COLUMNS: '100' } }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

const fixtureFiles = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

describe('the bundled CLI (dist/cli.js)', () => {
  it.each([
    ['generate, every target', ['generate', SEED]],
    ['generate, one target', ['generate', SEED, '--target', 'python-requests']],
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
  ])('%s: same output and exit code as the sources', async (_name, argv) => {
    const expected = await inProcess(argv);
    expect(await bundled(argv)).toEqual(expected);
  });

  it('generates every fixture in every target exactly as the sources do', async () => {
    for (const file of fixtureFiles) {
      const argv = ['generate', join(FIXTURES, file)];
      expect({ file, ...(await bundled(argv)) }).toEqual({ file, ...(await inProcess(argv)) });
    }
  }, 120_000);
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
