/**
 * Bad input as a trusted CLI meets it: every row is run through `run(argv, io)` and must give its
 * exit code (1 bad input, 2 usage) and exactly one error line on stderr saying what and where, with
 * no stack trace and no "unexpected error". A few rows are run again as real processes, some as an
 * unprivileged user: we run as root, and root reads and writes through any file mode.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, constants, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { MAX_INPUT_BYTES } from '../src/importers/load.js';
import { MAX_SLUG_LENGTH } from '../src/site/writers/files.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const USAGE_HINT = "Run 'snipforge --help' for usage.";
const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

const workDir = mkdtempSync(join(tmpdir(), 'snipforge-bad-input-'));
// The unprivileged rows run as `nobody`, who must be able to reach the files.
chmodSync(workDir, 0o755);
afterAll(() => rmSync(workDir, { recursive: true, force: true }), 120_000);

let rowCount = 0;
/** A fresh directory per row, so rows never see each other's files. */
function rowDir(): string {
  const dir = join(workDir, `row-${++rowCount}`);
  mkdirSync(dir);
  return dir;
}

function file(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const json = (value: unknown) => JSON.stringify(value);
const request = (fields: Record<string, unknown>) => json({ url: 'https://api.example.com/items', ...fields });
const collection = (item: unknown[]) => json({ info: { name: 'Shop', schema: V21 }, item });

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process; the row's directory reads as `$DIR` in the output. */
async function cli(argv: string[], dir: string): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr: stderr.replaceAll(dir, '$DIR') };
}

/** The same through `node --import tsx src/cli/main.ts`, optionally as the unprivileged user `nobody`. */
function cliProcess(argv: string[], dir: string, options: { asNobody?: boolean } = {}): Result {
  const command = [process.execPath, '--import', 'tsx', CLI, ...argv];
  const [program, ...args] = options.asNobody === true ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command] : command;
  const result = spawnSync(program!, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (result.error !== undefined) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr.replaceAll(dir, '$DIR') };
}

/** The error lines: everything on stderr but the usage hint that follows a usage error. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '' && line !== USAGE_HINT);
}

function expectOneCleanErrorLine(result: Result, exit: number, line: RegExp): void {
  expect(result.code, result.stderr).toBe(exit);
  expect(errorLines(result.stderr), result.stderr).toHaveLength(1);
  expect(errorLines(result.stderr)[0]).toMatch(line);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/unexpected error/i);
  expect(result.stdout).toBe('');
  if (exit === 2) expect(result.stderr).toContain(USAGE_HINT);
}

interface Row {
  name: string;
  /** Creates the row's files in `dir` and returns the arguments. */
  argv: (dir: string) => string[];
  exit: 1 | 2;
  /** The one error line, with the row's directory as `$DIR`. */
  line: RegExp;
}

const rows: Row[] = [
  // ---- The input file itself ----
  { name: 'missing file', argv: (d) => ['generate', join(d, 'missing.json')], exit: 1, line: /^snipforge: \$DIR\/missing\.json: no such file$/ },
  {
    name: 'a directory instead of a file',
    argv: (d) => {
      mkdirSync(join(d, 'requests.json'));
      return ['generate', join(d, 'requests.json')];
    },
    exit: 1,
    line: /^snipforge: \$DIR\/requests\.json: is a directory, expected a JSON file$/,
  },
  {
    name: 'a path through a file',
    argv: (d) => ['generate', join(file(d, 'r.json', request({})), 'inner.json')],
    exit: 1,
    line: /^snipforge: \$DIR\/r\.json\/inner\.json: a component of the path is not a directory$/,
  },
  { name: 'empty file', argv: (d) => ['generate', file(d, 'empty.json', '')], exit: 1, line: /^snipforge: \$DIR\/empty\.json: the file is empty, expected JSON$/ },
  { name: 'whitespace-only file', argv: (d) => ['generate', file(d, 'blank.json', ' \n\t\n')], exit: 1, line: /^snipforge: \$DIR\/blank\.json: the file is empty, expected JSON$/ },
  {
    name: 'a file over the input size limit (sparse, never read)',
    argv: (d) => {
      const path = file(d, 'huge.json', '');
      truncateSync(path, MAX_INPUT_BYTES + 1);
      return ['generate', path];
    },
    exit: 1,
    line: /^snipforge: \$DIR\/huge\.json: the file is 268,435,457 bytes, over the 256 MiB limit for an input file$/,
  },
  {
    name: 'not UTF-8 (Latin-1)',
    argv: (d) => ['generate', file(d, 'latin1.json', Buffer.from('{"url": "https://caf\xe9.example"}', 'latin1'))],
    exit: 1,
    line: /^snipforge: \$DIR\/latin1\.json: is not UTF-8 text; save it as UTF-8$/,
  },
  {
    name: 'UTF-16 with its byte order mark',
    argv: (d) => ['generate', file(d, 'utf16.json', Buffer.from('\uFEFF{"url": "https://x.example"}', 'utf16le'))],
    exit: 1,
    line: /^snipforge: \$DIR\/utf16\.json: is UTF-16 text; save it as UTF-8$/,
  },
  // ---- JSON syntax, with line and column ----
  {
    name: 'invalid JSON',
    argv: (d) => ['generate', file(d, 'bad.json', '{\n  "url": "https://x.example",\n  oops\n}')],
    exit: 1,
    line: /^snipforge: \$DIR\/bad\.json:3:3: invalid JSON: expected a property name in double quotes, got 'o'$/,
  },
  {
    name: 'truncated file',
    argv: (d) => ['generate', file(d, 'cut.json', '{"url": "https://x.example", "headers": [')],
    exit: 1,
    line: /^snipforge: \$DIR\/cut\.json:1:42: invalid JSON: unexpected end of input, expected a value$/,
  },
  {
    name: 'trailing garbage after the JSON',
    argv: (d) => ['generate', file(d, 'trail.json', '{"url": "https://x.example"}\n}')],
    exit: 1,
    line: /^snipforge: \$DIR\/trail\.json:2:1: invalid JSON: unexpected '}' after the end of the JSON value$/,
  },
  {
    name: 'JSON nested 5,000 deep (would overflow the stack)',
    argv: (d) => ['generate', file(d, 'deep.json', `{"url": "https://x.example", "body": ${'['.repeat(5000)}${']'.repeat(5000)}}`)],
    exit: 1,
    line: /^snipforge: \$DIR\/deep\.json:1:1037: JSON nested deeper than 1,000 levels$/,
  },
  // ---- Valid JSON that is no request model or collection ----
  ...(['null', '42', '"https://x.example"', '{"uri": "https://x.example"}'] as const).map(
    (text): Row => ({
      name: `top-level ${text}`,
      argv: (d) => ['generate', file(d, 'other.json', text)],
      exit: 1,
      line: /^snipforge: \$DIR\/other\.json: expected a request model \(an object with "url"\), a Postman Collection v2\.1 \(an object with "info" and "item"\) or an OpenAPI\/Swagger document \(an object with "openapi" or "swagger"\)$/,
    }),
  ),
  { name: 'an empty array', argv: (d) => ['generate', file(d, 'none.json', '[]')], exit: 1, line: /^snipforge: \$DIR\/none\.json: the array holds no request models; expected a request model/ },
  {
    name: 'an array element that is not a request model',
    argv: (d) => ['generate', file(d, 'mixed.json', `[${request({})}, "https://x.example"]`)],
    exit: 1,
    line: /^snipforge: \$DIR\/mixed\.json: \[1\] is not a request model \(an object with "url"\)$/,
  },
  {
    name: 'Postman Collection v1',
    argv: (d) => ['generate', file(d, 'v1.json', json({ id: 'c', name: 'Old', order: ['r'], requests: [{ id: 'r', url: 'https://x.example', method: 'GET' }] }))],
    exit: 1,
    line: /^snipforge: \$DIR\/v1\.json: this file is a Postman Collection v1; export it as v2\.1 from Postman \(Export → Collection v2\.1\)$/,
  },
  { name: 'a collection without requests', argv: (d) => ['generate', file(d, 'c.json', collection([{ name: 'Empty folder', item: [] }]))], exit: 1, line: /^snipforge: \$DIR\/c\.json: the collection holds no requests$/ },
  // ---- A request model's fields: named by their path ----
  { name: 'headers of the wrong type', argv: (d) => ['generate', file(d, 'r.json', request({ headers: 'Accept: */*' }))], exit: 1, line: /^snipforge: \$DIR\/r\.json: headers: Invalid input: expected array, received string$/ },
  { name: 'url not a string', argv: (d) => ['generate', file(d, 'r.json', json({ url: 42 }))], exit: 1, line: /^snipforge: \$DIR\/r\.json: url: Invalid input: expected string, received number$/ },
  {
    name: 'unknown body mode',
    argv: (d) => ['generate', file(d, 'r.json', request({ method: 'POST', body: { mode: 'binary', src: 'a.bin' } }))],
    exit: 1,
    line: /^snipforge: \$DIR\/r\.json: body\.mode: "binary" is not supported; expected one of: none, raw, urlencoded, formdata, graphql, file$/,
  },
  {
    name: 'unknown auth type',
    argv: (d) => ['generate', file(d, 'r.json', request({ auth: { type: 'oauth2', token: 't' } }))],
    exit: 1,
    line: /^snipforge: \$DIR\/r\.json: auth\.type: "oauth2" is not supported; expected one of: none, basic, bearer, apikey$/,
  },
  {
    name: 'header name with spaces',
    argv: (d) => ['generate', file(d, 'r.json', request({ headers: [{ name: 'Accept', value: '*/*' }, { name: 'X Api Key', value: 'k' }] }))],
    exit: 1,
    line: /^snipforge: \$DIR\/r\.json: headers\[1\]\.name: must be an HTTP token \(letters, digits and .+\), got a header name with other characters$/,
  },
  {
    name: 'header value with a line break',
    argv: (d) => ['generate', file(d, 'r.json', request({ headers: [{ name: 'X-Note', value: 'a\r\nInjected: yes' }] }))],
    exit: 1,
    line: /^snipforge: \$DIR\/r\.json: headers\[0\]\.value: must not contain a line break \(CR or LF\)$/,
  },
  { name: 'a method that is not a token', argv: (d) => ['generate', file(d, 'r.json', request({ method: 'GET /admin' }))], exit: 1, line: /^snipforge: \$DIR\/r\.json: method: must be an HTTP token/ },
  { name: 'URL without a host', argv: (d) => ['generate', file(d, 'r.json', json({ url: 'https:///items' }))], exit: 1, line: /^snipforge: \$DIR\/r\.json: url: has no host; write it as https:\/\/host\/path or \{\{baseUrl\}\}\/path$/ },
  {
    name: 'a --var that empties the host',
    argv: (d) => ['generate', file(d, 'r.json', json({ url: '{{baseUrl}}/items' })), '--var', 'baseUrl='],
    exit: 1,
    line: /^snipforge: \$DIR\/r\.json: url: has no host/,
  },
  { name: 'a misspelt field', argv: (d) => ['generate', file(d, 'r.json', request({ header: [] }))], exit: 1, line: /^snipforge: \$DIR\/r\.json: header: unknown field$/ },
  {
    name: 'a lone surrogate (no UTF-8 form)',
    argv: (d) => ['generate', file(d, 'r.json', '{"url": "https://x.example/\\ud800"}')],
    exit: 1,
    line: /^snipforge: \$DIR\/r\.json: url: must be well-formed Unicode/,
  },
  {
    name: 'a 50 MB body',
    argv: (d) => ['generate', file(d, 'big.json', request({ method: 'POST', body: { mode: 'raw', text: 'x'.repeat(50 * 1024 * 1024) } }))],
    exit: 1,
    line: /^snipforge: \$DIR\/big\.json: body\.text: 52,428,800 bytes is over the 10 MiB limit for a snippet$/,
  },
  // ---- A collection's requests: named by folder path and name ----
  { name: 'a collection item that is not an object', argv: (d) => ['generate', file(d, 'c.json', collection([42]))], exit: 1, line: /^snipforge: \$DIR\/c\.json: request "item\[0\]": expected an object \(a folder or a request\)$/ },
  {
    name: "a collection request's url of the wrong type",
    argv: (d) => ['generate', file(d, 'c.json', collection([{ name: 'Orders', item: [{ name: 'List orders', request: { method: 'GET', url: 42 } }] }]))],
    exit: 1,
    line: /^snipforge: \$DIR\/c\.json: request "Orders \/ List orders": url: expected a string or an object, got a number$/,
  },
  {
    name: "a collection request's header list of the wrong type",
    argv: (d) => ['generate', file(d, 'c.json', collection([{ name: 'List orders', request: { url: 'https://x.example', header: { Accept: '*/*' } } }]))],
    exit: 1,
    line: /^snipforge: \$DIR\/c\.json: request "List orders": header: expected an array, got an object$/,
  },
  {
    name: "a collection request's bad header name",
    argv: (d) =>
      ['generate', file(d, 'c.json', collection([{ name: 'Orders', item: [{ name: 'Create', request: { method: 'POST', url: 'https://x.example', header: [{ key: 'Bad Name', value: 'v' }] } }] }]))],
    exit: 1,
    line: /^snipforge: \$DIR\/c\.json: request "Orders \/ Create": header\[0\]\.key: must be an HTTP token/,
  },
  {
    name: 'an output path too long for the file system (200 nested folders with long names)',
    argv: (d) => {
      let item: unknown[] = [{ name: 'Leaf', request: 'https://x.example' }];
      for (let level = 0; level < 200; level++) item = [{ name: `Folder with a fairly long name, level ${level}`, item }];
      return ['generate', file(d, 'c.json', collection(item)), '--target', 'curl', '--out', join(d, 'out')];
    },
    exit: 1,
    line: /^snipforge: \$DIR\/c\.json: request "Folder with a fairly long name, level 199 \/ .* \/ Leaf": cannot write its snippets: the output path is [\d,]+ bytes, too long for the file system \(ENAMETOOLONG\); shorten the folder names or --out$/,
  },
  {
    name: 'a file where a request\'s output directory goes',
    argv: (d) => {
      mkdirSync(join(d, 'out'));
      file(d, 'out/list-items', 'not a directory');
      return ['generate', file(d, 'r.json', request({ name: 'List items' })), '--out', join(d, 'out')];
    },
    exit: 1,
    line: /^snipforge: \$DIR\/r\.json: cannot write \$DIR\/out\/list-items: a file is in the way of a directory$/,
  },
  // ---- --env ----
  { name: '--env file missing', argv: (d) => ['generate', file(d, 'r.json', request({})), '--env', join(d, 'env.json')], exit: 1, line: /^snipforge: \$DIR\/env\.json: no such file$/ },
  {
    name: '--env file with a non-text value',
    argv: (d) => ['generate', file(d, 'r.json', request({})), '--env', file(d, 'env.json', json({ baseUrl: ['a'] }))],
    exit: 1,
    line: /^snipforge: \$DIR\/env\.json: variable "baseUrl" must be a string, number or boolean; expected a JSON object of variable values/,
  },
  { name: '--env file with invalid JSON', argv: (d) => ['generate', file(d, 'r.json', request({})), '--env', file(d, 'env.json', '{"baseUrl": ')], exit: 1, line: /^snipforge: \$DIR\/env\.json:1:13: invalid JSON: unexpected end of input, expected a value$/ },
  // ---- The command line: exit 2 ----
  { name: 'unknown target id', argv: (d) => ['generate', file(d, 'r.json', request({})), '--target', 'cobol'], exit: 2, line: /^snipforge: unknown target "cobol"; choose from: curl, csharp-restsharp, .*, or all$/ },
  { name: 'empty --target', argv: (d) => ['generate', file(d, 'r.json', request({})), '--target', ''], exit: 2, line: /^snipforge: --target: no target id given; choose from: / },
  { name: '--var without =', argv: (d) => ['generate', file(d, 'r.json', request({})), '--var', 'baseUrl'], exit: 2, line: /^snipforge: --var "baseUrl": expected name=value/ },
  { name: '--var with an empty name', argv: (d) => ['generate', file(d, 'r.json', request({})), '--var', '=x'], exit: 2, line: /^snipforge: --var "=x": expected name=value/ },
  {
    name: '--var with a name no placeholder can have',
    argv: (d) => ['generate', file(d, 'r.json', request({})), '--var', 'base url=https://x.example'],
    exit: 2,
    line: /^snipforge: --var "base url=https:\/\/x\.example": "base url" cannot be a \{\{placeholder\}\} name; use letters, digits and _ \. \$ -$/,
  },
  { name: 'unknown option', argv: (d) => ['generate', file(d, 'r.json', request({})), '--frobnicate'], exit: 2, line: /^snipforge: Unknown argument: frobnicate$/ },
  { name: 'missing <input>', argv: () => ['generate'], exit: 2, line: /^snipforge: Not enough non-option arguments: got 0, need at least 1$/ },
  { name: 'empty <input>', argv: () => ['generate', ''], exit: 2, line: /^snipforge: <input>: the path is empty$/ },
  { name: 'two inputs', argv: (d) => ['generate', file(d, 'a.json', request({})), file(d, 'b.json', request({}))], exit: 2, line: /^snipforge: Unknown argument: \$DIR\/b\.json$/ },
  { name: '--out pointing at a file', argv: (d) => ['generate', file(d, 'r.json', request({})), '--out', file(d, 'out.txt', 'x')], exit: 2, line: /^snipforge: --out \$DIR\/out\.txt: is a file; it must be a directory/ },
  {
    name: '--out below a file',
    argv: (d) => ['generate', file(d, 'r.json', request({})), '--out', join(file(d, 'out.txt', 'x'), 'sub')],
    exit: 2,
    line: /^snipforge: --out \$DIR\/out\.txt\/sub: \$DIR\/out\.txt is a file, not a directory$/,
  },
  { name: 'empty --out (would mean the current directory)', argv: (d) => ['generate', file(d, 'r.json', request({})), '--out', ''], exit: 2, line: /^snipforge: --out: the path is empty$/ },
  { name: '--out given twice', argv: (d) => ['generate', file(d, 'r.json', request({})), '--out', join(d, 'a'), '--out', join(d, 'b')], exit: 2, line: /^snipforge: --out: given 2 times; give one path$/ },
  { name: '--env given twice', argv: (d) => ['generate', file(d, 'r.json', request({})), '--env', 'a.json', '--env', 'b.json'], exit: 2, line: /^snipforge: --env: given 2 times; give one path$/ },
  { name: 'misspelt command', argv: () => ['generat', 'r.json'], exit: 2, line: /^snipforge: unknown command "generat"; did you mean generate\?$/ },
];

/** The 11 targets of the seed's docs page: a fixed set, so the row's size does not grow with every client added. */
const DOCS_TARGETS = ['curl', 'csharp-restsharp', 'go-native', 'http', 'java-okhttp', 'javascript-jquery', 'nodejs-request', 'python-requests', 'php-http-request2', 'ruby-net-http', 'swift-urlsession'];

describe('every bad input: one clear line, the right exit code, no stack trace', () => {
  it('has at least 30 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const dir = rowDir();
    const result = await cli(row.argv(dir), dir);
    expectOneCleanErrorLine(result, row.exit, row.line);
  });
});

describe('inputs that look hostile but are handled', () => {
  it('accepts a UTF-8 byte order mark', async () => {
    const dir = rowDir();
    const result = await cli(['generate', file(dir, 'bom.json', `\uFEFF${request({})}`), '-t', 'curl'], dir);
    expect(result).toEqual({ code: 0, stdout: "curl --location --globoff 'https://api.example.com/items'\n", stderr: '' });
  });

  it('generates a form-data file part whose file does not exist: the snippet reads it when it runs, on the reader\'s machine', async () => {
    const dir = rowDir();
    const missing = join(dir, 'no-such-upload.png');
    const result = await cli(['generate', file(dir, 'r.json', request({ method: 'POST', body: { mode: 'formdata', params: [{ type: 'file', key: 'photo', src: missing }] } })), '-t', 'curl'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`--form 'photo=@"${missing}"'`);
  });

  it('names an invalid element of an array of request models by its index, and still generates the others', async () => {
    const dir = rowDir();
    const result = await cli(['generate', file(dir, 'many.json', `[${request({})}, ${request({ method: 'GET /x' })}]`), '-t', 'curl'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("==> many-1 · curl <==\ncurl --location --globoff 'https://api.example.com/items'\n\n");
    expect(result.stderr.split('\n')).toEqual([
      expect.stringMatching(/^snipforge: \$DIR\/many\.json: \[1\]: method: must be an HTTP token/),
      'snipforge: 1 of 2 requests failed; the others were generated.',
      '',
    ]);
  });

  it('cuts a very long request name to a short, stable directory name instead of failing with ENAMETOOLONG', async () => {
    const dir = rowDir();
    const name = 'Create an order '.repeat(40); // 640 characters: over the 255-byte limit of a file name
    const input = file(dir, 'c.json', collection([{ name, request: 'https://x.example/orders' }, { name: `${name}!`, request: 'https://x.example/orders2' }]));
    const result = await cli(['generate', input, '-t', 'curl', '--out', join(dir, 'out')], dir);
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'Wrote 2 snippets for 2 requests × 1 target to $DIR/out/\n' });
    const directories = readdirSync(join(dir, 'out')).sort();
    expect(directories).toHaveLength(2);
    for (const directory of directories) {
      expect(directory.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      expect(directory).toMatch(/^create-an-order-create-an-order-.*-[0-9a-f]{8}$/);
    }
    await cli(['generate', input, '-t', 'curl', '--out', join(dir, 'again')], dir);
    expect(readdirSync(join(dir, 'again')).sort()).toEqual(directories);
  });

  it('writes 200 nested folders when the path fits', async () => {
    const dir = rowDir();
    let item: unknown[] = [{ name: 'Leaf', request: 'https://x.example/leaf' }];
    for (let level = 199; level >= 0; level--) item = [{ name: `L${level}`, item }];
    const result = await cli(['generate', file(dir, 'c.json', collection(item)), '-t', 'curl', '--out', join(dir, 'out')], dir);
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'Wrote 1 snippet for 1 request × 1 target to $DIR/out/\n' });
    const leaf = join(dir, 'out', ...Array.from({ length: 200 }, (_, level) => `l${level}`), 'leaf', 'curl.sh');
    expect(readFileSync(leaf, 'utf8')).toBe("curl --location --globoff 'https://x.example/leaf'\n");
  });

  describe('10,000 requests in one collection', () => {
    let dir: string;
    let input: string;
    beforeAll(() => {
      dir = rowDir();
      const items = Array.from({ length: 10_000 }, (_, i) => ({
        name: `Get item ${i}`,
        request: { method: 'POST', url: `{{baseUrl}}/items/${i}?page=2`, header: [{ key: 'Accept', value: 'application/json' }], body: { mode: 'raw', raw: `{"n": ${i}}`, options: { raw: { language: 'json' } } } },
      }));
      input = file(dir, 'c.json', collection([{ name: 'Items', item: items }]));
    });

    // How fast is `npm run bench`'s to say (1.2 s measured on an idle 2-core machine); a timed test fails under load.
    it("generates the docs page's 11 targets of each", async () => {
      const result = await cli(['generate', input, '-t', DOCS_TARGETS.join(',')], dir);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout.match(/^==> Get item \d+ · [a-z0-9-]+ <==$/gm)).toHaveLength(110_000);
      expect(result.stdout).toContain("==> Get item 9999 · curl <==\ncurl --location --globoff '{{baseUrl}}/items/9999?page=2'");
    }, 60_000);

    it('writes one file per request with --out', async () => {
      // The time here is the file system's (10,000 directories and files): 1-4 s measured, not asserted.
      const result = await cli(['generate', input, '-t', 'curl', '--out', join(dir, 'out')], dir);
      expect(result).toEqual({ code: 0, stdout: '', stderr: 'Wrote 10,000 snippets for 10,000 requests × 1 target to $DIR/out/\n' });
      expect(readdirSync(join(dir, 'out', 'items'))).toHaveLength(10_000);
      expect(readFileSync(join(dir, 'out', 'items', 'get-item-9999', 'curl.sh'), 'utf8')).toContain("'{{baseUrl}}/items/9999?page=2'");
    }, 120_000);
  });
});

describe('as a real process', () => {
  const byName = (name: string) => rows.find((row) => row.name === name)!;

  it.each(['invalid JSON', 'header value with a line break', 'unknown target id', '--out below a file'])('%s: the same exit code and stderr as in-process', async (name) => {
    const row = byName(name);
    const dir = rowDir();
    const argv = row.argv(dir);
    const inProcess = await cli(argv, dir);
    const child = cliProcess(argv, dir);
    expect(child).toEqual(inProcess);
    expectOneCleanErrorLine(child, row.exit, row.line);
  });

  it('an unreadable input file (as nobody): exit 1, permission denied', () => {
    const dir = rowDir();
    chmodSync(dir, 0o755);
    const input = file(dir, 'secret.json', request({}));
    chmodSync(input, 0o600);
    expectOneCleanErrorLine(cliProcess(['generate', input], dir, { asNobody: true }), 1, /^snipforge: \$DIR\/secret\.json: permission denied$/);
  });

  it('an --out directory that is not writable (as nobody): exit 2 before anything is generated', () => {
    const dir = rowDir();
    chmodSync(dir, 0o755);
    const input = file(dir, 'r.json', request({}));
    mkdirSync(join(dir, 'locked'), { mode: 0o555 });
    chmodSync(join(dir, 'locked'), 0o555);
    const result = cliProcess(['generate', input, '--out', join(dir, 'locked', 'docs')], dir, { asNobody: true });
    expectOneCleanErrorLine(result, 2, /^snipforge: --out \$DIR\/locked\/docs: \$DIR\/locked is not writable \(permission denied\)$/);
    expect(readdirSync(join(dir, 'locked'))).toEqual([]);
  });

  it('a reader that closes the pipe early (`| head -c 100`): quiet exit, no EPIPE stack trace', async () => {
    // Before the fix this died with "Error: write EPIPE" and a stack trace: Node's unhandled 'error' event.
    const dir = rowDir();
    const items = Array.from({ length: 3000 }, (_, i) => ({ name: `R${i}`, request: `https://x.example/${i}` }));
    const input = file(dir, 'c.json', collection(items));
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'generate', input, '-t', 'all'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('a standard output another process left non-blocking, filled before it is read (EAGAIN): every byte arrives', async () => {
    // The CLI writes to its file descriptor directly; on EAGAIN the rest goes through Node's stream, which waits.
    const dir = rowDir();
    const items = Array.from({ length: 100 }, (_, i) => ({ name: `R${i}`, request: `https://x.example/${i}` }));
    const input = file(dir, 'c.json', collection(items));
    const argv = ['--import', 'tsx', CLI, 'generate', input, '-t', 'all'];
    const expected = spawnSync(process.execPath, argv, { cwd: ROOT, maxBuffer: 64 << 20 }).stdout;
    expect(expected.length).toBeGreaterThan(1 << 20);
    const fifo = join(dir, 'stdout.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', writer, 'pipe'] });
    closeSync(writer);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The FIFO holds 64 KB: unread for a while, it is full and the child's writes fail with EAGAIN.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(1 << 16);
      let read: number;
      try {
        read = readSync(reader, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        await new Promise((resolve) => setTimeout(resolve, 5));
        continue;
      }
      if (read === 0) break; // every writer closed it: the child is done
      chunks.push(chunk.subarray(0, read));
    }
    closeSync(reader);
    expect(await exited).toBe(0);
    expect(stderr).not.toMatch(/cannot write|EAGAIN/);
    expect(Buffer.concat(chunks).equals(expected)).toBe(true);
  }, 120_000);
});
