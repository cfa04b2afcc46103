import { folderTargets } from './folders.js';
import type { AnyTarget, TargetInfo } from './types.js';
import { byCodeUnit } from '../text.js';

export type { AnyTarget } from './types.js';

/** Each target's folder (`<language>/<client>`) by id; an id is a target's name everywhere, so two folders never share one. */
const folderOf = new Map<string, string>();
for (const { folder, target } of folderTargets) {
  const other = folderOf.get(target.info.id);
  if (other !== undefined) throw new Error(`target folders ${other} and ${folder} both declare id ${target.info.id}`);
  folderOf.set(target.info.id, folder);
}
/** In id order (not folder order), so moving a client to another folder changes no output. */
const definitions: AnyTarget[] = folderTargets.map(({ target }) => target).sort((a, b) => byCodeUnit(a.info.id, b.info.id));

/**
 * The tab order of the docs page snipforge's output matches (cURL first, as API docs usually lead);
 * a target not listed here follows, in id order.
 */
export const DOCS_TAB_ORDER: readonly string[] = ['curl', 'csharp-restsharp', 'go-native', 'http', 'java-okhttp', 'javascript-jquery', 'nodejs-request', 'python-requests', 'php-http-request2', 'ruby-net-http', 'swift-urlsession'];
const tabPosition = (id: string) => (DOCS_TAB_ORDER.includes(id) ? DOCS_TAB_ORDER.indexOf(id) : DOCS_TAB_ORDER.length);
definitions.sort((a, b) => tabPosition(a.info.id) - tabPosition(b.info.id));

const byId = new Map(definitions.flatMap((definition) => [definition.info.id, ...(definition.info.aliases ?? [])].map((id) => [id, definition] as const)));

export const targetIds: readonly string[] = definitions.map((d) => d.info.id);
export const targetInfos: readonly TargetInfo[] = definitions.map((d) => d.info);

/** The folder (`<language>/<client>`) of the target with this id (not an alias). */
export function targetFolder(id: string): string | undefined {
  return folderOf.get(id);
}

/** A target by its id or one of its earlier ids (aliases). */
export function findTarget(id: string): AnyTarget | undefined {
  return byId.get(id);
}
