// The client folders under a targets directory, as "<language>/<client>" in sorted order: every folder two levels
// down holding a template.hbs. scripts/copy-templates.mjs and scripts/bundle.mjs both list clients with it;
// src/targets/folders.ts does the same walk at run time (test/layout.test.ts checks the three agree).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} targetsDir @returns {string[]} */
export function clientFolders(targetsDir) {
  const subfolders = (dir) => readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  return subfolders(targetsDir)
    .flatMap((language) => subfolders(join(targetsDir, language)).map((client) => `${language}/${client}`))
    .filter((folder) => existsSync(join(targetsDir, folder, 'template.hbs')))
    .sort();
}
