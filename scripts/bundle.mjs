#!/usr/bin/env node
// The CLI as one bundled script, dist/cli-bundle.cjs, run by the package's `bin`, dist/cli.cjs (scripts/cli-bin.cjs),
// through V8's code cache, which this script makes by running the CLI once. Commands only some runs need (preview,
// HTML, OpenAPI, code samples) stay in functions that run on their first import(). Every run reads the whole bundle
// (~6 ms per MB on these machines), so the large libraries only those need are bundled apart, beside it (SIDE_BUNDLES).
// Two modules are replaced at bundle time:
// - src/targets/folders.ts lists the client folders and parses their templates when it loads; the
//   bundle carries each client's info as data (read at bundle time), runs a client's module (its zod options,
//   its view) only when the client is first used, and runs its template precompiled to JavaScript (a module of the bundle;
//   for another indent unit, the parse tree read from templates/<language>/<client>.json beside it) when it first renders.
//   So starting the CLI lists no folder, never loads Handlebars, and builds only what the clients it prints need;
// - src/version.ts reads package.json beside the sources; the bundle carries the version itself.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import Handlebars from 'handlebars';
import { clientFolders } from './client-folders.mjs';

const root = join(import.meta.dirname, '..');
const targetsDir = join(root, 'src', 'targets');
/** dist/ by default; a test bundles into a folder of its own (`node scripts/bundle.mjs <dir>`) so it never races `npm pack`. */
const outdir = resolve(process.argv[2] ?? join(root, 'dist'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const TEMPLATES_FOLDER = 'templates';
/** The specifier a client's precompiled template is required by in the bundle: this prefix and its folder. */
const PRECOMPILED = 'snipforge-precompiled-template:';
const BUNDLE_FILE = 'cli-bundle.cjs';
/**
 * Libraries bundled apart from the CLI, each group into a file of its own beside it, required by the bundle on first use:
 * libraries sharing no state with our modules, so a second copy of a module they share with the bundle (js-yaml for
 * swagger-parser) does no harm. A file's size is read by every run that would carry it in the bundle.
 */
const SIDE_BUNDLES = {
  // 1 MB with every grammar, for the HTML page and the preview.
  'cli-highlight.cjs': ['highlight.js'],
  // 300 KB with ajv, for OpenAPI documents with refs to other files.
  'cli-swagger-parser.cjs': ['@apidevtools/swagger-parser'],
  // 200 KB, for OpenAPI descriptions (Markdown) in the doc formats.
  'cli-markdown.cjs': ['mdast-util-from-markdown', 'mdast-util-gfm', 'mdast-util-mdx', 'mdast-util-to-markdown', 'micromark-extension-gfm'],
  // 110 KB, for code samples written back into a YAML spec, and YAML config files.
  'cli-yaml.cjs': ['yaml'],
};
const sideBundleOf = new Map(Object.entries(SIDE_BUNDLES).flatMap(([file, packages]) => packages.map((name) => [name, file])));
/**
 * A side bundle's source: a module of one package is that package as it is (its CommonJS default export included);
 * several packages are imported by name only, so one module re-exports them all.
 */
const sideBundleEntry = (packages) => (packages.length === 1 ? `module.exports = require(${JSON.stringify(packages[0])});` : packages.map((name) => `export * from ${JSON.stringify(name)};`).join('\n'));
const BIN_FILE = 'cli.cjs';

/**
 * Each client's `info`, in folder order, read by running the client modules once here (bundled on their own):
 * the registry needs every client's id, aliases and tab order when it starts, and nothing else of a client it
 * does not use.
 */
async function clientInfos(folders) {
  const targets = await importBundled(clientModules(folders));
  return folders.map((_, i) => targets[`target${i}`].info);
}

/**
 * The ids of the docs page's tabs (the registry's DOCS_TAB_ORDER), the targets most runs print: the run that makes
 * the code cache prints these. Read from the registry bundled without its clients (folders.ts lists none here).
 */
async function docsTargets() {
  const noClients = {
    name: 'no-clients',
    setup: (bundle) => bundle.onLoad({ filter: /[\\/]src[\\/]targets[\\/]folders\.ts$/ }, () => ({ contents: foldersModule([], []), loader: 'ts' })),
  };
  return (await importBundled("export { DOCS_TAB_ORDER } from './registry.ts';", [noClients])).DOCS_TAB_ORDER;
}

/** The client modules' `target` exports, as source for importBundled (from src/targets/). */
const clientModules = (folders) => folders.map((folder, i) => `export { target as target${i} } from ${JSON.stringify(`./${folder}/index.ts`)};`).join('\n');

/** Runs TypeScript source (imports relative to src/targets/) bundled on its own, and gives its exports. */
async function importBundled(contents, plugins = []) {
  const { outputFiles } = await build({
    stdin: { contents, resolveDir: targetsDir, loader: 'ts' },
    plugins,
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const scratch = join(tmpdir(), `snipforge-bundled-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(scratch, outputFiles[0].text);
  try {
    return await import(pathToFileURL(scratch).href);
  } finally {
    rmSync(scratch, { force: true });
  }
}

function foldersModule(folders, infos) {
  return [
    "import { readFileSync } from 'node:fs';",
    // require(): esbuild wraps a module loaded so in an initialiser that runs on the first require, so a client's
    // module runs (its zod options built, its regexes compiled) only when the client is used.
    '/** A client as the registry sees it: its info at once, its options and view from its module when first used. */',
    'function lazyTarget(info, load) {',
    '  let loaded;',
    '  const target = () => (loaded ??= load());',
    '  return { info, get options() { return target().options; }, view: (request, warnings, options) => target().view(request, warnings, options) };',
    '}',
    `const infos = ${JSON.stringify(infos)};`,
    `export const folderTargets = [\n${folders.map((folder, i) => `  { folder: ${JSON.stringify(folder)}, target: lazyTarget(infos[${i}], () => require(${JSON.stringify(`./${folder}/index.ts`)}).target) },`).join('\n')}\n];`,
    // Read when the client first renders: 1.8 MB of parse trees in the start-up chunk cost more to load than all the rest.
    `export function parsedTemplate(folder) { return JSON.parse(readFileSync(new URL(\`./${TEMPLATES_FOLDER}/\${folder}.json\`, import.meta.url), 'utf8')); }`,
    // Each client's template compiled to JavaScript (in its own indent unit), run on its first render: the docs page's
    // clients' in the bundle, so they come compiled from the code cache; the others' in templates/<language>/<client>.cjs
    // (bundledTemplates says which). The parse tree above serves other units.
    `const precompiledTemplates = {\n${folders.map((folder) => `  ${JSON.stringify(folder)}: () => require(${JSON.stringify(`${PRECOMPILED}${folder}`)}),`).join('\n')}\n};`,
    'export function precompiledTemplate(folder) { return precompiledTemplates[folder](); }',
    "export function templateSource() { throw new Error('template sources are not part of the bundled CLI'); }",
  ].join('\n');
}

/** Each client's template compiled to JavaScript, a CommonJS module, by folder (the compiler and the clients' indent units from the sources). */
async function precompiledTemplates(folders) {
  const compiler = await importBundled(`${clientModules(folders)}\nexport { templateModule } from '../engine/templates.ts';\nexport { templateReindent } from './template-indent.ts';`);
  return new Map(folders.map((folder, i) => [folder, compiler.templateModule(`src/targets/${folder}/template.hbs`, parse(folder), compiler.templateReindent(compiler[`target${i}`]))]));
}

const parse = (folder) => Handlebars.parse(readFileSync(join(targetsDir, folder, 'template.hbs'), 'utf8'));

/**
 * Writes into templates/ beside the bundle each client's parse tree as JSON, for the indent units its precompiled template
 * is not in, and the precompiled templates the bundle does not hold (bundledTemplates).
 */
function writeTemplates() {
  for (const folder of folders) {
    // A folder is `<language>/<client>`: templates/<language>/<client>.json.
    const file = join(outdir, TEMPLATES_FOLDER, `${folder}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(compact(parse(folder))));
    if (!bundledTemplates.has(folder)) writeFileSync(join(outdir, TEMPLATES_FOLDER, `${folder}.cjs`), templateModules.get(folder));
  }
}

/**
 * The parse tree without what the compiler never reads: where a node ends, whitespace-control flags (the
 * parser already applied them) and HTML escaping (templates print through escapers only).
 */
function compact(node) {
  if (Array.isArray(node)) return node.map(compact);
  if (node === null || typeof node !== 'object') return node;
  const kept = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') kept.loc = { start: value.start };
    else if (value !== undefined && !['strip', 'openStrip', 'closeStrip', 'inverseStrip', 'escaped'].includes(key)) kept[key] = compact(value);
  }
  return kept;
}

/**
 * Node modules the CLI's start does not need, by the functions the bundled modules import from them, each with when
 * the call needs the module (see the plugin below): assert's are yargs' checks, which do something only when they
 * fail, so assert (~2 ms, and the stderr stream it makes to colour its messages) is loaded only then.
 */
const LAZY_BUILTINS = {
  assert: { notStrictEqual: 'Object.is(args[0], args[1])', strictEqual: '!Object.is(args[0], args[1])' },
  'node:crypto': { createHash: 'true' },
};

/** A dependency's module with its one `find` replaced; the build fails if the text is not there exactly once (the dependency changed: review `what`). */
function patchedOnce(path, find, replacement, what) {
  const source = readFileSync(path, 'utf8');
  if (source.split(find).length !== 2) throw new Error(`${path}: expected one ${find} (the dependency changed: review ${what} in scripts/bundle.mjs)`);
  return { contents: source.replace(find, () => replacement), loader: 'js' };
}

const folders = clientFolders(targetsDir);
const infos = await clientInfos(folders);
const templateModules = await precompiledTemplates(folders);
/**
 * The clients whose precompiled templates are in the bundle: the docs page's, which most runs print. Every run reads the
 * whole bundle (~9 ms per MB here), and the other 61 templates were half of it; each is a file of its own, read on its
 * first render (a run printing that client compiled its template from the bundle's text all the same: the code cache
 * holds only what the run that made it compiled).
 */
const docsTargetIds = await docsTargets();
const bundledTemplates = new Set(folders.filter((_, i) => docsTargetIds.includes(infos[i].id)));
const replacements = {
  [join(targetsDir, 'folders.ts')]: () => foldersModule(folders, infos),
  [join(root, 'src', 'version.ts')]: () => `export const packageVersion = ${JSON.stringify(version)};`,
};

// Clear the templates and code caches of older bundles (and the ES module chunks and cli.js of the ones before), so
// the package ships only this build's.
rmSync(join(outdir, 'chunks'), { recursive: true, force: true });
rmSync(join(outdir, 'cli.js'), { force: true });
rmSync(join(outdir, TEMPLATES_FOLDER), { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
for (const file of readdirSync(outdir).filter((name) => /^cli-bundle\..+\.cache$/.test(name))) rmSync(join(outdir, file));

await build({
  // A script, not an ES module: the bin compiles it through vm.Script with V8's code cache, which Node 20 offers
  // for scripts only. What only some commands need stays in functions esbuild runs on their first import().
  stdin: { contents: "import { main } from './main.ts';\nvoid main();", resolveDir: join(root, 'src', 'cli'), sourcefile: 'cli-entry.ts', loader: 'ts' },
  outfile: join(outdir, BUNDLE_FILE),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Modules that read files beside themselves (templates, highlight.js' styles) find them from the bundle's path.
  define: { 'import.meta.url': 'snipforgeBundleUrl' },
  // The file is the function Node would wrap a CommonJS module in, so the bin compiles the text as read: wrapping it
  // there made V8 copy the 2 MB source again before compiling it.
  banner: { js: "(function (exports, require, module, __filename, __dirname) {\nconst snipforgeBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  footer: { js: '})' },
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'snipforge-build-time-modules',
      setup(bundle) {
        const asciiStringWidth = join(root, 'scripts', 'ascii-string-width.mjs');
        // string-width compiles its Unicode-property regexes and makes an Intl.Segmenter when its module runs
        // (about 15 ms); ascii-string-width.mjs gets it through a require() esbuild wraps in a lazy initialiser,
        // so that runs only when a text that is not one column per character is measured.
        bundle.onResolve({ filter: /^string-width$/ }, (args) => {
          if (args.kind === 'require-call') return undefined;
          return args.importer === asciiStringWidth ? { path: 'string-width', namespace: 'lazy-string-width' } : { path: asciiStringWidth };
        });
        bundle.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, () => ({
          contents: "export default (text, options) => require('string-width').default(text, options);",
          resolveDir: root,
        }));
        // yargs renders the whole help text once a command's handler has started, to print it should the handler
        // fail later (showHelpOnFail); our .fail() prints a one-line message instead and nothing asks yargs for
        // help after that, so the bundle skips the rendering (its layout of every option, ~10 ms per run).
        bundle.onLoad({ filter: /[\\/]yargs[\\/]build[\\/]lib[\\/]command\.js$/ }, (args) =>
          patchedOnce(args.path, 'yargs.getInternalMethods().getUsageInstance().cacheHelpMessage();', '', 'the help text skipped'),
        );
        // A side bundle's package is a module that requires its file; so an import() of it, which esbuild keeps as
        // import() for a file outside the bundle, is a require() too (the bin runs the bundle as a script).
        bundle.onResolve({ filter: /^[@a-z]/ }, (args) => (sideBundleOf.has(args.path) ? { path: sideBundleOf.get(args.path), namespace: 'side-bundle' } : undefined));
        bundle.onLoad({ filter: /.*/, namespace: 'side-bundle' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`./${args.path}`)});`, loader: 'js' }));
        bundle.onResolve({ filter: /.*/, namespace: 'side-bundle' }, (args) => ({ path: args.path, external: true }));
        bundle.onResolve({ filter: new RegExp(`^${PRECOMPILED}`) }, (args) => ({ path: args.path.slice(PRECOMPILED.length), namespace: 'precompiled-template' }));
        bundle.onLoad({ filter: /.*/, namespace: 'precompiled-template' }, (args) => ({
          contents: bundledTemplates.has(args.path) ? templateModules.get(args.path) : `module.exports = require(${JSON.stringify(`./${TEMPLATES_FOLDER}/${args.path}.cjs`)});`,
          loader: 'js',
        }));
        bundle.onResolve({ filter: /.*/, namespace: 'precompiled-template' }, (args) => ({ path: args.path, external: true }));
        // Node modules the CLI's start does not need, imported for a function or two: each function loads its module
        // on the first call that needs it (crypto ~2 ms). A module importing another name fails the build here ("No
        // matching export"): add the name.
        bundle.onResolve({ filter: /^(assert|node:crypto)$/ }, (args) => (args.kind === 'import-statement' ? { path: args.path, namespace: 'lazy-builtin' } : undefined));
        bundle.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
          contents: Object.entries(LAZY_BUILTINS[args.path])
            .map(([name, needed]) => `export function ${name}(...args) { if (${needed}) return require(${JSON.stringify(args.path)}).${name}(...args); }`)
            .join('\n'),
          loader: 'js',
        }));
        // yargs() guesses the version from the package.json it finds upward from the bin (a folder listing per level and
        // a JSON read); main.ts then gives the version itself, so the bundle skips the guess.
        bundle.onLoad({ filter: /[\\/]yargs[\\/]build[\\/]lib[\\/]yargs-factory\.js$/ }, (args) => patchedOnce(args.path, 'yargs.version();', '', 'the version guess skipped'));
        // yargs' Node shim reads the terminal's width when it loads, which makes Node build process.stdout (~5 ms for a
        // pipe: its net module); main.ts gives .wrap() the width itself, so the shim reads it only if yargs asks.
        bundle.onLoad({ filter: /[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, (args) =>
          patchedOnce(
            args.path,
            "stdColumns: typeof process.stdout.columns !== 'undefined' ? process.stdout.columns : null",
            "get stdColumns() { return typeof process.stdout.columns !== 'undefined' ? process.stdout.columns : null; }",
            'the terminal width read on first use',
          ),
        );
        bundle.onLoad({ filter: /[\\/]src[\\/](targets[\\/]folders|version)\.ts$/ }, (args) => {
          const replace = replacements[args.path];
          return replace === undefined ? undefined : { contents: replace(), loader: 'ts', resolveDir: join(args.path, '..') };
        });
      },
    },
  ],
});
for (const [file, packages] of Object.entries(SIDE_BUNDLES)) {
  await build({
    stdin: { contents: sideBundleEntry(packages), resolveDir: root, sourcefile: file, loader: 'js' },
    outfile: join(outdir, file),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    minify: true,
    logLevel: 'warning',
  });
}
writeTemplates();
await writeBin();

/**
 * The bin, with the bundle's hash in the name of its code cache; then one run of the CLI (the seed request in the docs
 * page's targets) writes the cache, holding what that run compiled. Not every target: V8 reads the whole cache at
 * every start (~9 ms per MB), and the other 61 clients' code would double it; a run printing them compiles theirs.
 */
async function writeBin() {
  const bundled = readFileSync(join(outdir, BUNDLE_FILE));
  // esbuild escapes every other character (its default charset), so the bin may read the bundle as latin1.
  if (!bundled.every((byte) => byte < 0x80)) throw new Error(`${BUNDLE_FILE}: not ASCII, but the bin reads it as latin1`);
  const hash = createHash('sha256').update(bundled).digest('hex').slice(0, 16);
  const bin = readFileSync(join(root, 'scripts', 'cli-bin.cjs'), 'utf8');
  if (bin.split('@BUNDLE_HASH@').length !== 2) throw new Error('scripts/cli-bin.cjs: expected one @BUNDLE_HASH@ to fill in');
  writeFileSync(join(outdir, BIN_FILE), bin.replace('@BUNDLE_HASH@', hash), { mode: 0o755 });
  execFileSync(process.execPath, [join(outdir, BIN_FILE), 'generate', join(root, 'examples', 'token-request.json'), '--target', docsTargetIds.join(',')], { stdio: 'ignore' });
}
