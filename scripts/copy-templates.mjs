#!/usr/bin/env node
// Finishes the library build after `tsc` (into dist/, or the folder given):
// - copies each client's template.hbs beside its compiled index.js (tsc emits only JavaScript), and writes it compiled to
//   JavaScript in the unit it is written with (template.cjs, loaded on the client's first render; other units compile the .hbs);
// - writes targets/folders.js with the client folders as static imports. The source lists the folders and imports
//   them with a top-level await, which a host that loads the library as CommonJS cannot run: Docusaurus loads its
//   config, and so snipforge/docusaurus and snipforge/remark, through jiti.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { clientFolders } from './client-folders.mjs';

const from = join(import.meta.dirname, '..', 'src', 'targets');
const to = join(resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'dist')), 'targets');
const folders = clientFolders(from);
/** A module of the library tsc just built. */
const built = (path) => import(pathToFileURL(join(to, '..', path)).href);
const [{ templateModule }, { parseTemplate }, { templateReindent }] = await Promise.all([built('engine/templates.js'), built('engine/parse.js'), built('targets/template-indent.js')]);
for (const folder of folders) {
  const source = join(from, folder, 'template.hbs');
  copyFileSync(source, join(to, folder, 'template.hbs'));
  const { target } = await built(`targets/${folder}/index.js`);
  writeFileSync(join(to, folder, 'template.cjs'), templateModule(`src/targets/${folder}/template.hbs`, parseTemplate(readFileSync(source, 'utf8')), templateReindent(target)));
}

writeFileSync(
  join(to, 'folders.js'),
  [
    '// Written by scripts/copy-templates.mjs: src/targets/folders.ts with the folders imported statically.',
    "import { readFileSync } from 'node:fs';",
    "import { createRequire } from 'node:module';",
    "import { dirname, join } from 'node:path';",
    "import { fileURLToPath } from 'node:url';",
    "import { parseTemplate } from '../engine/parse.js';",
    ...folders.map((folder, i) => `import { target as target${i} } from ${JSON.stringify(`./${folder}/index.js`)};`),
    'const here = dirname(fileURLToPath(import.meta.url));',
    `export const folderTargets = [${folders.map((folder, i) => `{ folder: ${JSON.stringify(folder)}, target: target${i} }`).join(', ')}];`,
    "export function templateSource(folder) { return readFileSync(join(here, folder, 'template.hbs'), 'utf8'); }",
    'export function parsedTemplate(folder) { return parseTemplate(templateSource(folder)); }',
    'const requireTemplate = createRequire(import.meta.url);',
    "export function precompiledTemplate(folder) { return requireTemplate(`./${folder}/template.cjs`); }",
    '',
  ].join('\n'),
);
