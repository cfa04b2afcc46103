import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { InputError } from '../src/errors.js';
import { generateSnippet, loadInput, parseRequest, targetIds, type RequestInput } from '../src/index.js';
import { documentArbitrary, IMPORTER_KINDS } from './fuzz/importer-documents.js';
import { fuzzImporter, ImporterChecker } from './fuzz/importer-run.js';
import { CANARY, invalidRequest } from './fuzz/arbitraries.js';
import { checkCode } from './fuzz/properties.js';
import { DEFAULT_SEED, formatCounterexample, fuzzTarget } from './fuzz/run.js';

/**
 * The quick fuzz run of `npm test`: a few hundred generated requests per target, from a fixed seed
 * (FUZZ_SEED to change it). `npm run fuzz` runs the same property on 10,000 per target.
 */
const RUNS = 300;
/** Documents per importer in the quick run (npm run fuzz -- --importers: thousands). */
const IMPORTER_RUNS = 150;
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : DEFAULT_SEED;

describe(`fuzz: ${RUNS} generated requests per target (seed ${SEED})`, () => {
  it.each(targetIds)('%s: parses, keeps every value in a literal, carries it exactly', { timeout: 120_000 }, async (targetId) => {
    const result = await fuzzTarget(targetId, { runs: RUNS, seed: SEED });
    if (result.failure !== undefined) expect.fail(result.failure);
    expect(result.runs).toBe(RUNS);
  });
});

describe('invalid models', () => {
  it('are rejected by parseRequest with one line naming the field', () => {
    fc.assert(
      fc.property(invalidRequest, ({ request, path }) => {
        let error: unknown;
        try {
          parseRequest(request);
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(InputError);
        const message = (error as InputError).message;
        expect(message).not.toContain('\n');
        expect(message.startsWith(`${path}: `), `${JSON.stringify(message)} should start with "${path}: "`).toBe(true);
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it('make the CLI exit 1 with one line naming the field (no stack trace), nothing on stdout', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-fuzz-'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(invalidRequest, async ({ request, path }) => {
        const file = join(dir, `invalid-${n++}.json`);
        writeFileSync(file, JSON.stringify(request));
        let stdout = '';
        let stderr = '';
        const code = await run(['generate', file, '--target', 'curl'], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
        expect(code).toBe(1);
        expect(stdout).toBe('');
        const lines = stderr.trimEnd().split('\n');
        expect(lines, stderr).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^snipforge: .*\\b${path.replace(/[.[\]]/g, '\\$&')}: `));
      }),
      { numRuns: 60, seed: SEED },
    );
  });
});

/** The property fails where it should: each check on a snippet broken by hand. */
describe('the fuzz property', () => {
  const request: RequestInput = {
    method: 'POST',
    url: 'https://api.example.com/a b/c?q=1&r=x%2By',
    headers: [{ name: 'X-Note', value: `it's "${CANARY}"` }],
    body: { mode: 'urlencoded', params: [{ key: 'k', value: 'v&w' }] },
  };
  const snippet = (targetId: string) => generateSnippet(request, targetId);
  const problemsOf = async (targetId: string, edit: (code: string) => string) => {
    const { code, warnings } = snippet(targetId);
    const edited = edit(code);
    expect(edited, 'the edit must change the snippet').not.toBe(code);
    return checkCode(targetId, request, edited, warnings);
  };

  it('passes the snippets as generated', async () => {
    for (const targetId of targetIds) expect(await checkCode(targetId, request, snippet(targetId).code, snippet(targetId).warnings), targetId).toEqual([]);
  });

  it('finds a syntax error and a literal that ends early', async () => {
    const problems = await problemsOf('python-requests', (code) => code.replace(`'it\\'s`, `'it's`));
    expect(problems.some((p) => p.startsWith('syntax: '))).toBe(true);
  });

  it('finds model text that became code', async () => {
    const problems = await problemsOf('javascript-jquery', (code) => code.replace(`'it\\'s "${CANARY}"'`, `'it\\'s ' + ${CANARY}`));
    expect(problems).toContainEqual(expect.stringMatching(/^breakout: .*ZXQ_CANARY/));
  });

  it('finds a value that does not read back exactly', async () => {
    const problems = await problemsOf('go-native', (code) => code.replace(`\\"${CANARY}\\"`, `'${CANARY}'`));
    expect(problems).toEqual([expect.stringMatching(/^round trip: headers\[0\]\.value /)]);
  });

  it('finds a URL part that is not encoded', async () => {
    const problems = await problemsOf('java-okhttp', (code) => code.replace('x%2By', 'x+y'));
    expect(problems).toEqual([expect.stringMatching(/^url: .*an unencoded "\+"/)]);
  });

  it('finds form fields that do not decode to the model', async () => {
    const problems = await problemsOf('ruby-net-http', (code) => code.replace('v%26w', 'v&w'));
    expect(problems).toEqual([expect.stringMatching(/^round trip: the urlencoded fields/)]);
  });

  it('finds a raw HTTP message that sends another header or body', async () => {
    const problems = await problemsOf('http', (code) => code.replace('X-Note:', 'X-Other:').replace('v%26w', 'v%26x'));
    expect(problems).toEqual([
      expect.stringMatching(/^http: headers\[0\]\.value "X-Note: .* is not a header line/),
      expect.stringMatching(/^http: a header line the model does not have: "X-Other: /),
      expect.stringMatching(/^http: urlencoded body .* does not decode/),
    ]);
  });

  it('finds placeholders in basic credentials that no warning names', async () => {
    const withCredentials: RequestInput = { url: 'https://{{user}}:pw@api.example.com/a', method: 'GET' };
    const { code, warnings } = generateSnippet(withCredentials, 'python-requests');
    expect(await checkCode('python-requests', withCredentials, code, warnings)).toEqual([]);
    const unwarned = warnings.filter((w) => !w.includes('{{placeholders}}'));
    expect(unwarned.length).toBeLessThan(warnings.length);
    expect(await checkCode('python-requests', withCredentials, code, unwarned)).toEqual([expect.stringMatching(/^warning: the basic credentials "\{\{user\}\}:pw" hold/)]);
  });

  it('reads a placeholder scheme as the scheme: the raw HTTP message must name the placeholder host', async () => {
    const placeholderScheme: RequestInput = { url: '{{scheme}}://{{host}}/a?b=1' };
    const { code, warnings } = generateSnippet(placeholderScheme, 'http');
    expect(await checkCode('http', placeholderScheme, code, warnings)).toEqual([]);
    // The message as it was when `{{scheme}}:` was read as the authority.
    const misread = code.replace('GET /a?b=1', 'GET //{{host}}/a?b=1').replace('Host: {{host}}', 'Host: {{scheme}}:');
    expect(misread).not.toBe(code);
    expect(await checkCode('http', placeholderScheme, misread, warnings)).toEqual([
      expect.stringMatching(/^http: request target "\/\/\{\{host\}\}\/a\?b=1": path segments/),
      expect.stringMatching(/^http: Host "\{\{scheme\}\}:", expected "\{\{host\}\}"/),
    ]);
  });

  it('prints a failure as a fixture ready to add', () => {
    const text = formatCounterexample({ targetId: 'curl', request: { url: 'https://x.test/\u2028' }, problems: ['one', 'two\nlines'], seed: 7, path: '3:1' });
    const [, fileName, json] = /Fixture (test\/fixtures\/requests\/fuzz-[0-9a-f]{8}\.json):\n(\{[^]*?\n\})\n/.exec(text) ?? [];
    expect(fileName).toBeDefined();
    expect(JSON.parse(json!)).toEqual({ name: fileName!.slice('test/fixtures/requests/'.length, -'.json'.length), url: 'https://x.test/\u2028' });
    expect(json).toContain('\\u2028');
    expect(text).toContain('seed 7, path "3:1"');
    expect(text).toMatch(/Problems \(curl\):\n {2}- one\n {2}- two\n {4}lines$/);
  });
});

/**
 * The importers on generated documents (test/fuzz/importer-documents.ts): loading and rendering for every
 * target works or fails with one line naming the file, each document within a second (on a worker thread
 * that is ended when a document hangs). `npm run fuzz -- --importers` runs thousands.
 */
describe(`importer fuzz: ${IMPORTER_RUNS} generated documents per importer (seed ${SEED})`, () => {
  const checker = new ImporterChecker();
  afterAll(() => checker.close());

  it.each(IMPORTER_KINDS)('%s: loads and renders, or fails with one line naming the file, within a second', { timeout: 200_000 }, async (kind) => {
    const result = await fuzzImporter(kind, { runs: IMPORTER_RUNS, seed: SEED, checker });
    if (result.failure !== undefined) expect.fail(result.failure);
    expect(result.runs).toBe(IMPORTER_RUNS);
  });

  it('reports a hang as a failure instead of stalling', { timeout: 20_000 }, async () => {
    const file = join(checker.dir, 'hang.json');
    // 300 requests × every target take far longer than the 1 ms budget given here.
    writeFileSync(file, JSON.stringify(Array.from({ length: 300 }, (_, index) => ({ url: `https://x.test/${index}` }))));
    const { problems } = await checker.checkFile(file, 1);
    expect(problems).toEqual([expect.stringMatching(/^hang: no answer within 1 ms/)]);
    writeFileSync(file, JSON.stringify({ url: 'https://x.test/' }));
    expect((await checker.checkFile(file, 10_000)).problems, 'a fresh worker takes over').toEqual([]);
  });

  it('a document refused as a whole makes the CLI exit 1 with one stderr line, no stack trace, nothing written', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-importer-cli-'));
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...IMPORTER_KINDS).chain(documentArbitrary), async (document) => {
        const file = join(dir, `doc-${refused}.${document.extension}`);
        writeFileSync(file, document.text);
        // Only documents refused as a whole: the others build, with a failure line per broken request.
        if (!(await loadInput(file).then(() => false, (error: unknown) => error instanceof InputError))) return;
        const out = join(dir, `out-${refused++}`);
        let stderr = '';
        const code = await run(['build', file, '--out', out], { stdout: () => {}, stderr: (t) => (stderr += t) });
        expect(code).toBe(1);
        const lines = stderr.trimEnd().split('\n').filter((line) => !line.startsWith('warning: '));
        expect(lines, stderr).toHaveLength(1);
        expect(lines[0]).toMatch(/^snipforge: /);
        expect(stderr).not.toMatch(/\n\s+at /);
        expect(existsSync(out), `${out} was written`).toBe(false);
      }),
      { numRuns: 60, seed: SEED },
    );
    expect(refused).toBeGreaterThan(5);
  });
});

describe('importer fuzz findings', () => {
  const specFile = (document: unknown) => {
    const file = join(mkdtempSync(join(tmpdir(), 'snipforge-found-')), 'spec.json');
    writeFileSync(file, JSON.stringify(document));
    return file;
  };
  const spec = (paths: unknown) => ({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths });

  it('a $ref with a malformed percent escape points at nothing (it was a URIError)', async () => {
    const file = specFile(spec({ '/a': { get: { parameters: [{ $ref: '#/%zz' }], responses: { 200: { description: 'ok' } } } } }));
    await expect(loadInput(file)).rejects.toThrow(new InputError(`${file}: #/paths/~1a/get/parameters/0/$ref: "#/%zz" points at nothing in this document`));
  });

  it('a line break in a path key stays inside the one-line pointer (percent-encoded)', async () => {
    const file = specFile(spec({ '/a\r\nb': { get: { parameters: 'x', responses: { 200: { description: 'ok' } } } } }));
    await expect(loadInput(file)).rejects.toThrow(new InputError(`${file}: #/paths/~1a%0D%0Ab/get/parameters: expected an array of parameters`));
  });
});
