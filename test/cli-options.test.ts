import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/site/build/build.js';
import { loadConfig } from '../src/cli/config.js';
import { describeTargets, run } from '../src/cli/main.js';
import { findTarget, targetIds } from '../src/targets/registry.js';

const ROOT = join(import.meta.dirname, '..');
const SEED = join(ROOT, 'examples', 'token-request.json');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'snipforge-options-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('--option on the command line', () => {
  it('name=value applies to every selected client that has the option, client.name=value to one', async () => {
    const { code, stdout } = await cli('generate', SEED, '-t', 'python-requests', '-t', 'http', '--option', 'indent=4', '--option', 'python-requests.timeout=3');
    expect(code).toBe(0);
    const [python, http] = stdout.split(/^==> .* <==\n/m).slice(1);
    expect(python).toContain("headers = {\n    'Content-Type'");
    expect(python).toContain(', timeout=3)');
    // http has no indent option: left as it is, not an error.
    expect(http!.trimEnd()).toBe((await cli('generate', SEED, '-t', 'http')).stdout.trimEnd());
  });

  it.each([
    [['--option', 'colour=red'], 'snipforge: --option colour=red: none of the selected clients has an option "colour"; their options: followRedirects, indent, timeout'],
    [['--option', 'indent=9'], 'snipforge: --option indent=9: python-requests option indent: "9" is not allowed; expected tab or an integer from 1 to 8'],
    [['--option', 'python-requests.followRedirects=maybe'], 'snipforge: --option python-requests.followRedirects=maybe: python-requests option followRedirects: "maybe" is not allowed; expected true or false'],
    [['--option', 'curl.flags=short'], 'snipforge: --option curl.flags=short: curl is not among the selected targets (python-requests)'],
    [['--option', 'nosuch.indent=2'], 'snipforge: --option "nosuch.indent=2": unknown client "nosuch"'],
    [['--option', 'indent'], 'snipforge: --option "indent": expected name=value or client.name=value'],
  ])('%j is a usage error (exit 2) naming the client, the option and what it accepts', async (flags, message) => {
    const { code, stdout, stderr } = await cli('generate', SEED, '-t', 'python-requests', ...flags);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(message)).toBe(true);
  });
});

describe('the config file', () => {
  const config = {
    targets: ['python-requests', 'curl'],
    options: { timeout: 7 },
    clients: { 'python-requests': { label: 'Python 3', options: { indent: 'tab' } }, curl: { label: 'Shell' } },
  };

  it('sets targets and their order, labels and options for build; command-line flags win', async () => {
    const dir = tempDir({ 'snipforge.config.json': JSON.stringify(config) });
    const out = join(dir, 'out');
    const { code, stderr } = await cli('build', SEED, '-o', out, '--config', join(dir, 'snipforge.config.json'), '--option', 'python-requests.timeout=9', '-q');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.targets).toEqual(['python-requests', 'curl']);
    // The manifest records what each target was rendered with (curl: the config's shared timeout).
    expect(manifest.options['python-requests']).toEqual({ indent: 'tab', followRedirects: true, timeout: 9 });
    expect(manifest.options.curl).toMatchObject({ shell: 'bash', timeout: 7 });
    expect(manifest.requests[0].snippets.map((s: { label: string }) => s.label)).toEqual(['Python 3', 'Shell']);
    const python = readFileSync(join(out, 'get-the-access-token', 'python-requests.py'), 'utf8');
    expect(python).toContain("headers = {\n\t'Content-Type'");
    expect(python).toContain(', timeout=9)');
    const again = await cli('build', SEED, '-o', out, '--config', join(dir, 'snipforge.config.json'), '-t', 'curl', '--labels', 'curl=cURL', '-q');
    expect(again.code).toBe(0);
    const rebuilt = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(rebuilt.requests[0].snippets.map((s: { label: string }) => s.label)).toEqual(['cURL']);
  });

  it('is found in the current directory as JSON or YAML; two of them are an error', async () => {
    const yaml = 'targets: [python-requests]\nclients:\n  python-requests:\n    options:\n      indent: 4\n';
    const dir = tempDir({ 'snipforge.config.yaml': yaml });
    expect(await loadConfig(undefined, dir)).toEqual({ file: `${dir}/snipforge.config.yaml`, targets: ['python-requests'], labels: {}, options: { shared: {}, clients: { 'python-requests': { indent: 4 } } } });
    expect(await loadConfig(undefined, tempDir())).toBeUndefined();
    writeFileSync(join(dir, 'snipforge.config.json'), '{}');
    await expect(loadConfig(undefined, dir)).rejects.toThrow(`${dir}/snipforge.config.json and ${dir}/snipforge.config.yaml: two config files; keep one`);
  });

  it('takes a label as written, commas and equals signs included', async () => {
    const file = join(tempDir({ 'c.json': '{"clients": {"curl": {"label": "Shell, a=b"}}}' }), 'c.json');
    expect((await loadConfig(file))?.labels).toEqual({ curl: 'Shell, a=b' });
  });

  it.each([
    ['{"colour": 1}', 'colour: unknown field'],
    ['{"targets": ["nosuch"]}', 'targets: unknown target "nosuch"'],
    ['{"options": {"nosuch": 1}}', 'options.nosuch: no client has this option; options: '],
    ['{"options": {"indent": 0}}', 'option indent: 0 is not allowed; expected tab or an integer from 1 to 8'],
    ['{"clients": {"nosuch": {}}}', 'clients.nosuch: unknown client; choose from: '],
    ['{"clients": {"python-requests": {"options": {"timeout": -1}}}}', 'clients.python-requests.options.timeout: python-requests option timeout: -1 is not allowed; expected a number from 0'],
    ['{"clients": {"python-requests": {"label": " "}}}', 'clients.python-requests.label: must not be blank'],
    ['{"clients": {"curl": {"labels": "x"}}}', 'clients.curl.labels: unknown field'],
    ['{"targets": [', 'invalid JSON'],
  ])('%s is bad input (exit 1) naming the file and the field', async (text, message) => {
    const file = join(tempDir({ 'my.json': text }), 'my.json');
    const { code, stderr } = await cli('generate', SEED, '--config', file);
    expect(code).toBe(1);
    expect(stderr).toContain(`snipforge: ${file}`);
    expect(stderr).toContain(message);
  });
});

describe('build() with client options', () => {
  it('renders with them and refuses options of an unknown target', async () => {
    const outDir = tempDir();
    const result = await build({ inputs: [SEED], outDir, targets: ['python-requests'], clientOptions: { 'python-requests': { timeout: 5 } } });
    expect(result.requests[0]!.snippets[0]!.code).toContain(', timeout=5)');
    await expect(build({ inputs: [SEED], outDir, clientOptions: { nosuch: {} } })).rejects.toThrow('options for unknown target "nosuch"');
    await expect(build({ inputs: [SEED], outDir, clientOptions: { 'python-requests': { indent: 'tabs' } } })).rejects.toThrow('python-requests option indent: "tabs" is not allowed');
  });
});

describe('snipforge targets', () => {
  it('--json describes every client with its options as JSON Schema', async () => {
    const { code, stdout } = await cli('targets', '--json');
    expect(code).toBe(0);
    const described = JSON.parse(stdout) as ReturnType<typeof describeTargets>;
    expect(described.map((t) => t.id)).toEqual(targetIds);
    for (const entry of described) {
      expect(Object.keys(entry)).toEqual(['id', 'label', 'language', 'client', 'extension', 'fence', 'prism', 'highlightjs', 'shiki', 'clientVersion', 'executedWith', 'staticOnly', 'deprecated', 'aliases', 'options']);
      expect(entry.options).toMatchObject({ type: 'object', additionalProperties: false });
      // Every option has a default and a description, and its schema accepts its own default.
      for (const [name, field] of Object.entries(entry.options.properties ?? {})) {
        expect(field.description, `${entry.id}.${name}`).toBeTruthy();
        expect(findTarget(entry.id)!.options!.safeParse({ [name]: field.default }).success, `${entry.id}.${name}`).toBe(true);
      }
    }
    const python = described.find((t) => t.id === 'python-requests')!;
    expect(python.options.properties!.indent).toEqual({ default: 2, description: 'indentation: a number of spaces (1-8) or tab', anyOf: [{ type: 'string', const: 'tab' }, { type: 'integer', minimum: 1, maximum: 8 }] });
    expect(python.options.properties!.followRedirects).toEqual({ default: true, description: 'follow 3xx redirects', type: 'boolean' });
    // A client no runtime on Linux can run says so; an executed one says null.
    expect(python.staticOnly).toBeNull();
    expect(described.find((t) => t.id === 'objc-nsurlsession')!.staticOnly).toMatch(/NSURLSession/);
  });

  it('without --json prints a table with each client\'s option names', async () => {
    const { stdout } = await cli('targets');
    expect(stdout).toMatch(/^id +label +client +executed with +options\n/);
    expect(stdout).toMatch(/^python-requests +Python +requests +Python 3\.11\.2 \(Debian 12\), requests 2\.28\.1 +indent, followRedirects, timeout$/m);
  });
});
