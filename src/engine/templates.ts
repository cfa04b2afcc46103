import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { escapers } from '../escape/index.js';
import { RequestText } from './request-text.js';

/** `templates/` at the package root: two levels above this file in src/ and in dist/ alike. */
export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

type Helper = (...args: unknown[]) => string;

/** Escapers take RequestText from the view model or a string literal written in the template. */
function asHelper(escape: (text: string) => string): Helper {
  return (value) => {
    if (value instanceof RequestText) return escape(value.text);
    if (typeof value === 'string') return escape(value);
    throw new Error(`escaper helper called with ${value === undefined ? 'a missing value' : typeof value}`);
  };
}

const helpers: Record<string, Helper> = {
  ...Object.fromEntries(Object.entries(escapers).map(([name, escape]) => [name, asHelper(escape)])),
  /** The raw HTTP target prints the bytes themselves: there is no literal to escape into. */
  wire: asHelper((text) => text),
};

const partials = walk(join(TEMPLATES_DIR, 'partials')).map((file) => ({
  name: relative(join(TEMPLATES_DIR, 'partials'), file).replace(/\.hbs$/, ''),
  source: readFileSync(file, 'utf8'),
}));

export type CompiledTemplate = (view: object) => string;

/**
 * Compiles `templates/<name>.hbs` once. strict: a misspelt field throws instead of printing nothing;
 * noEscape: no HTML escaping, escaping is the helpers' job; knownHelpersOnly: no helper by accident.
 * Each template gets its own Handlebars environment holding only the helpers it calls: the runtime
 * wraps every registered helper anew on each call, so the other ~25 escapers would cost every render.
 */
export function compileTemplate(name: string): CompiledTemplate {
  const source = readFileSync(join(TEMPLATES_DIR, `${name}.hbs`), 'utf8');
  const used = new Set([source, ...partials.map((p) => p.source)].flatMap(helperNames));
  const handlebars = Handlebars.create();
  for (const builtin of Object.keys(handlebars.helpers)) {
    if (!used.has(builtin) && !builtin.endsWith('Missing')) handlebars.unregisterHelper(builtin);
  }
  for (const [helperName, helper] of Object.entries(helpers)) if (used.has(helperName)) handlebars.registerHelper(helperName, helper);
  for (const partial of partials) handlebars.registerPartial(partial.name, partial.source);
  const knownHelpers = Object.fromEntries(Object.keys(helpers).map((h) => [h, true]));
  const template = handlebars.compile(source, { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers, preventIndent: true });
  return (view) => template(view);
}

/** The names a template calls as helpers (mustaches, blocks and subexpressions with parameters). */
function helperNames(source: string): string[] {
  const names: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const { type, path, params } = node as { type?: string; path?: { original?: unknown }; params?: unknown[] };
    if ((type === 'MustacheStatement' || type === 'BlockStatement' || type === 'SubExpression') && (params?.length ?? 0) > 0 && typeof path?.original === 'string') names.push(path.original);
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') visit(value);
  };
  visit(Handlebars.parse(source));
  return names;
}

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.hbs') ? [join(dir, e.name)] : []));
}
