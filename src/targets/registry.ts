import { compileParsed, type CompiledTemplate } from '../engine/templates.js';
import { folderTargets, parsedTemplate } from './folders.js';
import type { AnyTarget, TargetInfo } from './types.js';

export type { AnyTarget } from './types.js';

const definitions: AnyTarget[] = folderTargets.map(({ folder, target }) => {
  if (target.info.id !== folder) throw new Error(`target folder ${folder} declares id ${target.info.id}`);
  return target;
});

/**
 * The tab order of the docs page snipforge's output matches (cURL first, as API docs usually lead);
 * a target not listed here follows, in folder order.
 */
const DOCS_TAB_ORDER = ['curl', 'csharp-restsharp', 'go-native', 'http', 'java-okhttp', 'javascript-jquery', 'nodejs-request', 'python-requests', 'php-http-request2', 'ruby-net-http', 'swift-urlsession'];
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

/** The compiled template of a target, compiled on first use and kept for the life of the process. */
export function templateOf(id: string): CompiledTemplate {
  let template = templates.get(id);
  if (template === undefined) {
    template = compileParsed(`src/targets/${id}/template.hbs`, parsedTemplate(id));
    templates.set(id, template);
  }
  return template;
}
