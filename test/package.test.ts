import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The package as a docs team gets it: `npm pack` (which builds through `prepack`), the tarball installed
 * into a fresh project from the registry like any dependency, then the CLI and the library used from there.
 */
const ROOT = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const project = mkdtempSync(join(tmpdir(), 'snipforge-installed-'));
let packed: { files: { path: string }[]; filename: string };

/**
 * Asynchronous: `npm pack` builds the package (a minute on a loaded machine), and a worker blocked that long misses
 * vitest's 60 s reply timeout, which fails the run.
 */
const npm = async (args: string[], cwd: string) => (await promisify(execFile)('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout;
const cli = (...args: string[]) => execFileSync(join(project, 'node_modules', '.bin', 'snipforge'), args, { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(async () => {
  [packed] = JSON.parse(await npm(['pack', '--json', '--pack-destination', project], ROOT)) as [typeof packed];
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'docs-site', private: true, type: 'module' }));
  await npm(['install', '--prefer-offline', join(project, packed.filename)], project);
}, 300_000);

describe('the packed package', () => {
  it('holds only the runtime: the bundled CLI (the docs page\'s templates compiled inside, the others beside it) with its code cache and parsed templates, the library with its type declarations and templates, README, LICENSE', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths.filter((p) => !/^(dist\/.+\.(js|d\.ts|hbs)|dist\/cli(-bundle|-highlight|-swagger-parser|-markdown|-yaml)?\.cjs|dist\/cli-bundle\.[0-9a-f]{16}\.v[0-9.]+\.cache|dist\/targets\/[a-z0-9-]+\/[a-z0-9-]+\/template\.cjs|dist\/templates\/[a-z0-9-]+\/[a-z0-9-]+\.(json|cjs)|README\.md|LICENSE|package\.json)$/.test(p))).toEqual([]);
    // The bundle's templates parsed (for another indent unit), and compiled to JavaScript for the clients not on the docs page (the
    // docs page's are in the bundle); the library's compiled beside its .hbs.
    expect(paths.filter((p) => /\/templates\/shell\/(curl|wget)\.(json|cjs)$/.test(p)).sort()).toEqual(['dist/templates/shell/curl.json', 'dist/templates/shell/wget.cjs', 'dist/templates/shell/wget.json']);
    expect(paths).toContain('dist/targets/shell/curl/template.cjs');
    // The CLI is the bundle (dist/cli.cjs, which runs dist/cli-bundle.cjs through the code cache made for the Node that built it); the per-module build of src/cli is not shipped.
    expect(paths.filter((p) => p.startsWith('dist/cli/'))).toEqual([]);
    expect(paths.filter((p) => p.endsWith('.cache'))).toEqual([expect.stringContaining(`.${process.version}.cache`)]);
    expect(paths).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/cli.cjs', 'dist/cli-bundle.cjs', 'dist/cli-highlight.cjs', 'dist/cli-swagger-parser.cjs', 'dist/cli-markdown.cjs', 'dist/cli-yaml.cjs', 'dist/targets/shell/curl/template.hbs', 'LICENSE']));
  });

  it('needs at run time only its dependencies: no dev dependency is imported', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'snipforge', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).not.toContain('prettier');
    // Every command works from the installed copy, where dev dependencies are absent.
    expect(cli('targets', '--json')).toContain('"python-requests"');
  });

  it('runs the CLI from node_modules/.bin with the version of package.json', () => {
    expect(cli('--version').trim()).toBe(version);
    writeFileSync(join(project, 'request.json'), readFileSync(join(ROOT, 'examples', 'token-request.json')));
    expect(cli('generate', 'request.json', '--target', 'curl')).toMatch(/^curl --location --globoff '\{\{authPath\}\}/);
  });

  it('exports the library with its types', () => {
    const script = "import { generate, targetIds } from 'snipforge'; console.log(targetIds.length > 10, generate({ method: 'GET', url: 'https://api.example.com/pets' }, 'curl').split('\\n')[0]);";
    expect(execFileSync('node', ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' })).toBe("true curl --location --globoff 'https://api.example.com/pets'\n");
    const types = JSON.parse(readFileSync(join(project, 'node_modules', 'snipforge', 'package.json'), 'utf8')) as { exports: { '.': { types: string } } };
    expect(readFileSync(join(project, 'node_modules', 'snipforge', types.exports['.'].types), 'utf8')).toContain('generate');
  });

  it('ships every entry point of exports with its types, each loading in Node (snipforge/vitepress does nothing there)', () => {
    const installed = join(project, 'node_modules', 'snipforge');
    const { exports } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { exports: Record<string, string | { types: string; import: string }> };
    const entries = Object.entries(exports).flatMap(([name, entry]) => (typeof entry === 'string' ? [] : [{ name: join('snipforge', name), ...entry }]));
    expect(entries.map(({ name }) => name)).toContain('snipforge/vitepress');
    for (const { types, import: module } of entries) expect([types, module].filter((file) => !existsSync(join(installed, file)))).toEqual([]);
    const script = `${entries.map(({ name }, i) => `import * as entry${i} from '${name}';`).join('\n')}\nentry${entries.findIndex(({ name }) => name === 'snipforge/vitepress')}.syncCodeGroups();\nconsole.log('loaded');`;
    expect(execFileSync('node', ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' })).toBe('loaded\n');
  });

  it('exports the remark plugin as snipforge/remark', () => {
    const script = [
      "import remarkSnipforge from 'snipforge/remark';",
      "const tree = { type: 'root', children: [{ type: 'code', lang: 'http', meta: 'snipforge', value: 'GET https://api.example.com/pets' }] };",
      "remarkSnipforge({ targets: ['curl'] })(tree, { path: 'page.md', message() {}, fail(reason) { throw new Error(reason); } });",
      'console.log(tree.children[0].meta, tree.children[0].value);',
    ].join('\n');
    expect(execFileSync('node', ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' })).toBe('title="cURL" curl --location --globoff \'https://api.example.com/pets\'\n');
  });
});
