import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientFolders } from '../scripts/client-folders.mjs';
import { folderTargets } from '../src/targets/folders.js';
import { targetIds } from '../src/targets/registry.js';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const TARGETS = join(SRC, 'targets');

const subfolders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

describe('client folders (src/targets/<language>/<client>/)', () => {
  it('each hold index.ts and template.hbs, and every folder two levels down is one', () => {
    const twoDown = subfolders(TARGETS).flatMap((language) => subfolders(join(TARGETS, language)).map((client) => `${language}/${client}`));
    const incomplete = twoDown.filter((folder) => !existsSync(join(TARGETS, folder, 'index.ts')) || !existsSync(join(TARGETS, folder, 'template.hbs')));
    expect(incomplete).toEqual([]);
    expect(twoDown.length).toBe(targetIds.length);
  });

  it('are found alike by the run-time walk (folders.ts) and the build scripts (client-folders.mjs)', () => {
    expect(folderTargets.map(({ folder }) => folder)).toEqual(clientFolders(TARGETS));
  });

  it('never share an id: a target is named by info.id everywhere', () => {
    const ids = folderTargets.map(({ target }) => target.info.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...targetIds].sort()).toEqual([...ids].sort());
  });
});

/** Every .ts file under src/, as a path relative to src/ with forward slashes. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

/** The src/ modules a module imports (type-only imports included: a cycle of types is still a knot for a reader). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm)].map((match) => match[1]!);
  return specifiers.map((specifier) => relative(SRC, join(SRC, dirname(file), specifier.replace(/\.js$/, '.ts'))).split('\\').join('/'));
}

const graph = new Map(sourceFiles().map((file) => [file, importsOf(file)]));

/** The import cycles, each as the modules around it (depth-first search; a cycle is reported once per back edge). */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const imported of graph.get(file) ?? []) {
      if (state.get(imported) === 'open') found.push([...path.slice(path.indexOf(imported)), imported]);
      else if (!state.has(imported)) visit(imported);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the import graph of src/', () => {
  it('resolves every relative import to a module of src/ (so the checks below see every edge)', () => {
    const unresolved = [...graph].flatMap(([file, imports]) => imports.filter((imported) => !graph.has(imported)).map((imported) => `${file} -> ${imported}`));
    expect(unresolved).toEqual([]);
  });

  it('has no cycle', () => {
    expect(cycles().map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('keeps the model below everything that uses it', () => {
    const upward = [...graph]
      .filter(([file]) => file.startsWith('model/'))
      .flatMap(([file, imports]) => imports.filter((imported) => /^(targets|site|cli|engine|importers|integrations)\//.test(imported)).map((imported) => `${file} -> ${imported}`));
    expect(upward).toEqual([]);
  });

  it('lets only the CLI import the CLI', () => {
    const intoCli = [...graph]
      .filter(([file]) => !file.startsWith('cli/'))
      .flatMap(([file, imports]) => imports.filter((imported) => imported.startsWith('cli/')).map((imported) => `${file} -> ${imported}`));
    expect(intoCli).toEqual([]);
  });

  it('finds a cycle when there is one (the check is live)', () => {
    graph.set('a.ts', ['b.ts']);
    graph.set('b.ts', ['a.ts']);
    try {
      expect(cycles().map((cycle) => cycle.join(' -> '))).toContain('a.ts -> b.ts -> a.ts');
    } finally {
      graph.delete('a.ts');
      graph.delete('b.ts');
    }
  });
});
