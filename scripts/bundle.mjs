#!/usr/bin/env node
// The CLI as one bundled ES module, dist/cli.js (the package's `bin`), with the chunks only some commands
// load (preview, HTML, OpenAPI, code samples) in dist/chunks/. Two modules are replaced at bundle time:
// - src/targets/folders.ts lists the client folders and parses their templates when it loads; the
//   bundle imports the same folders statically and carries their templates already parsed, so starting
//   the CLI lists no folder and never loads Handlebars;
// - src/version.ts reads package.json beside the sources; the bundle carries the version itself.
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import Handlebars from 'handlebars';
import { clientFolders } from './client-folders.mjs';

const root = join(import.meta.dirname, '..');
const targetsDir = join(root, 'src', 'targets');
/** dist/ by default; a test bundles into a folder of its own (`node scripts/bundle.mjs <dir>`) so it never races `npm pack`. */
const outdir = resolve(process.argv[2] ?? join(root, 'dist'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function foldersModule() {
  const folders = clientFolders(targetsDir);
  const imports = folders.map((folder, i) => `import { target as target${i} } from ${JSON.stringify(`./${folder}/index.ts`)};`);
  // Each parse tree as JSON text, read (JSON.parse) only when its client first renders: a run that prints 11
  // clients does not pay for 40.
  const parsed = Object.fromEntries(folders.map((folder) => [folder, JSON.stringify(compact(Handlebars.parse(readFileSync(join(targetsDir, folder, 'template.hbs'), 'utf8'))))]));
  return [
    ...imports,
    `export const folderTargets = [${folders.map((folder, i) => `{ folder: ${JSON.stringify(folder)}, target: target${i} }`).join(', ')}];`,
    `const parsed = ${JSON.stringify(parsed)};`,
    'export function parsedTemplate(folder) { return JSON.parse(parsed[folder]); }',
    "export function templateSource() { throw new Error('template sources are not part of the bundled CLI'); }",
  ].join('\n');
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

const replacements = {
  [join(targetsDir, 'folders.ts')]: foldersModule,
  [join(root, 'src', 'version.ts')]: () => `export const packageVersion = ${JSON.stringify(version)};`,
};

// Chunk names carry content hashes: clear the old ones so the package ships only this build's.
rmSync(join(outdir, 'chunks'), { recursive: true, force: true });

await build({
  entryPoints: { cli: join(root, 'src', 'cli', 'main.ts') },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies (yargs' helpers, handlebars) call require(): give the module one.
  banner: { js: "import { createRequire as snipforgeCreateRequire } from 'node:module';\nconst require = snipforgeCreateRequire(import.meta.url);" },
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'snipforge-build-time-modules',
      setup(bundle) {
        const asciiStringWidth = join(root, 'scripts', 'ascii-string-width.mjs');
        bundle.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === asciiStringWidth ? undefined : { path: asciiStringWidth }));
        bundle.onLoad({ filter: /[\\/]src[\\/](targets[\\/]folders|version)\.ts$/ }, (args) => {
          const replace = replacements[args.path];
          return replace === undefined ? undefined : { contents: replace(), loader: 'ts', resolveDir: join(args.path, '..') };
        });
      },
    },
  ],
});
