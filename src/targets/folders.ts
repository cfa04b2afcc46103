import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseTemplate } from '../engine/parse.js';
import type { TemplateFactory } from '../engine/templates.js';
import type { AnyTarget } from './types.js';

/**
 * Every client is a folder `<language>/<client>/` beside this file (`index.ts` exporting `target`, `template.hbs`),
 * found by walking the two levels, so adding a client touches nothing else. scripts/client-folders.mjs is the
 * same walk for the build: the bundled CLI (scripts/bundle.mjs) replaces this module with static imports of the
 * same folders and their templates parsed at build time, so it neither lists folders nor loads Handlebars when it starts.
 */
const here = dirname(fileURLToPath(import.meta.url));
const moduleExtension = extname(fileURLToPath(import.meta.url));
const subfolders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const folders = subfolders(here)
  .flatMap((language) => subfolders(join(here, language)).map((client) => `${language}/${client}`))
  .filter((folder) => existsSync(join(here, folder, 'template.hbs')))
  .sort();

/** Each folder (`<language>/<client>`) and its target, in folder order. */
export const folderTargets: readonly { folder: string; target: AnyTarget }[] = await Promise.all(
  folders.map(async (folder) => ({ folder, target: ((await import(pathToFileURL(join(here, folder, `index${moduleExtension}`)).href)) as { target: AnyTarget }).target })),
);

/** The text of a client's template. */
export function templateSource(folder: string): string {
  return readFileSync(join(here, folder, 'template.hbs'), 'utf8');
}

/** A client's template as Handlebars parses it. */
export function parsedTemplate(folder: string): hbs.AST.Program {
  return parseTemplate(templateSource(folder));
}

/**
 * A client's template compiled to JavaScript at build time, in the unit it is written with; none here, where the
 * sources compile templates when first used (the builds' replacements of this module return theirs).
 */
export function precompiledTemplate(_folder: string): TemplateFactory | undefined {
  return undefined;
}
