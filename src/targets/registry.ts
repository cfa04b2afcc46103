import { compileParsed, templateRuntime, type CompiledTemplate, type IndentUnit } from '../engine/templates.js';
import { folderTargets, parsedTemplate, precompiledTemplate } from './folders.js';
import { templateReindent, writtenIndent } from './template-indent.js';
import type { AnyTarget, TargetInfo } from './types.js';

export type { AnyTarget } from './types.js';

/** Each target's folder (`<language>/<client>`) by id; an id is a target's name everywhere, so two folders never share one. */
const folderOf = new Map<string, string>();
for (const { folder, target } of folderTargets) {
  const other = folderOf.get(target.info.id);
  if (other !== undefined) throw new Error(`target folders ${other} and ${folder} both declare id ${target.info.id}`);
  folderOf.set(target.info.id, folder);
}
/** In id order (not folder order), so moving a client to another folder changes no output. */
const definitions: AnyTarget[] = folderTargets.map(({ target }) => target).sort((a, b) => (a.info.id < b.info.id ? -1 : a.info.id > b.info.id ? 1 : 0));

/**
 * The tab order of the docs page snipforge's output matches (cURL first, as API docs usually lead);
 * a target not listed here follows, in id order.
 */
export const DOCS_TAB_ORDER: readonly string[] = ['curl', 'csharp-restsharp', 'go-native', 'http', 'java-okhttp', 'javascript-jquery', 'nodejs-request', 'python-requests', 'php-http-request2', 'ruby-net-http', 'swift-urlsession'];
const tabPosition = (id: string) => (DOCS_TAB_ORDER.includes(id) ? DOCS_TAB_ORDER.indexOf(id) : DOCS_TAB_ORDER.length);
definitions.sort((a, b) => tabPosition(a.info.id) - tabPosition(b.info.id));

const byId = new Map(definitions.flatMap((definition) => [definition.info.id, ...(definition.info.aliases ?? [])].map((id) => [id, definition] as const)));
const templates = new Map<string, CompiledTemplate>();

export const targetIds: readonly string[] = definitions.map((d) => d.info.id);
export const targetInfos: readonly TargetInfo[] = definitions.map((d) => d.info);

/** A target by its id or one of its earlier ids (aliases). */
export function findTarget(id: string): AnyTarget | undefined {
  return byId.get(id);
}

/**
 * The compiled template of a target for an indent unit, compiled on first use and kept for the life of
 * the process. The template text is written with the unit the target's `indent` option has by default:
 * in that unit the build's precompiled code is used when there is one (the bundled CLI), else the template
 * is compiled here.
 */
export function templateOf(id: string, indent?: IndentUnit): CompiledTemplate {
  const key = indent === undefined ? id : `${id} indent=${String(indent)}`;
  let template = templates.get(key);
  if (template === undefined) {
    const target = byId.get(id);
    const folder = folderOf.get(id);
    if (target === undefined || folder === undefined) throw new Error(`no target has the id ${id}`);
    const precompiled = indent === undefined || indent === writtenIndent(target) ? precompiledTemplate(folder) : undefined;
    template = precompiled !== undefined ? precompiled(templateRuntime) : compileParsed(`src/targets/${folder}/template.hbs`, parsedTemplate(folder), templateReindent(target, indent));
    templates.set(key, template);
  }
  return template;
}
