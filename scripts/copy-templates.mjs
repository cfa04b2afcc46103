#!/usr/bin/env node
// Finishes the library build after `tsc` (into dist/, or the folder given):
// - copies each client's template.hbs beside its compiled index.js (tsc emits only JavaScript);
// - writes targets/folders.js with the client folders as static imports. The source lists the folders and imports
//   them with a top-level await, which a host that loads the library as CommonJS cannot run: Docusaurus loads its
//   config, and so snipforge/docusaurus and snipforge/remark, through jiti.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clientFolders } from './client-folders.mjs';

const from = join(import.meta.dirname, '..', 'src', 'targets');
const to = join(resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'dist')), 'targets');
const folders = clientFolders(from);
for (const folder of folders) copyFileSync(join(from, folder, 'template.hbs'), join(to, folder, 'template.hbs'));

writeFileSync(
  join(to, 'folders.js'),
  [
    '// Written by scripts/copy-templates.mjs: src/targets/folders.ts with the folders imported statically.',
    "import { readFileSync } from 'node:fs';",
    "import { dirname, join } from 'node:path';",
    "import { fileURLToPath } from 'node:url';",
    "import { parseTemplate } from '../engine/parse.js';",
    ...folders.map((folder, i) => `import { target as target${i} } from ${JSON.stringify(`./${folder}/index.js`)};`),
    'const here = dirname(fileURLToPath(import.meta.url));',
    `export const folderTargets = [${folders.map((folder, i) => `{ folder: ${JSON.stringify(folder)}, target: target${i} }`).join(', ')}];`,
    "export function templateSource(folder) { return readFileSync(join(here, folder, 'template.hbs'), 'utf8'); }",
    'export function parsedTemplate(folder) { return parseTemplate(templateSource(folder)); }',
    '',
  ].join('\n'),
);
