import { templatePieces, trimCharsEnd } from '../../text.js';
import { isObject, type JsonObject } from '../json.js';

/** The base URL of an operation and, when it had to be made up, why. */
export interface BaseUrl {
  url: string;
  warning?: string;
}

const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const PLACEHOLDER_ORIGIN = '{{baseUrl}}';

/**
 * The applicable server of an OpenAPI 3 operation (operation, then path item, then document), its
 * `{variables}` filled from `vars` or their defaults. A relative URL resolves against the spec's own
 * location when that is a URL; else it follows a `{{baseUrl}}` placeholder, with a warning.
 */
export function serverUrl(levels: readonly unknown[], vars: Readonly<Record<string, string>>, specLocation: string): BaseUrl {
  const servers = levels.find((level) => Array.isArray(level) && level.length > 0) as unknown[] | undefined;
  const server = servers?.[0];
  if (!isObject(server) || typeof server['url'] !== 'string') return { url: PLACEHOLDER_ORIGIN, warning: 'the spec names no server; the URL starts with {{baseUrl}} (give --server URL or --var baseUrl=URL)' };
  const variables = isObject(server['variables']) ? server['variables'] : {};
  const url = templatePieces(server['url'], false)
    .map(({ name, whole }) => (name === undefined ? whole : ((Object.hasOwn(vars, name) ? vars[name] : undefined) ?? (Object.hasOwn(variables, name) ? defaultOf(variables[name]) : undefined) ?? whole)))
    .join('');
  return resolveRelative(url, specLocation);
}

function defaultOf(variable: unknown): string | undefined {
  if (!isObject(variable)) return undefined;
  if (variable['default'] !== undefined) return String(variable['default']);
  return Array.isArray(variable['enum']) && variable['enum'].length > 0 ? String(variable['enum'][0]) : undefined;
}

/** Swagger 2: `schemes[0]://host/basePath`; without a host, the base path follows `{{baseUrl}}`. */
export function swaggerBaseUrl(document: JsonObject, specLocation: string): BaseUrl {
  const basePath = typeof document['basePath'] === 'string' ? document['basePath'] : '';
  if (typeof document['host'] !== 'string' || document['host'] === '') return resolveRelative(basePath || '/', specLocation);
  const schemes = Array.isArray(document['schemes']) ? document['schemes'] : [];
  const scheme = typeof schemes[0] === 'string' ? schemes[0] : 'https';
  return { url: `${scheme}://${document['host']}${basePath}` };
}

function resolveRelative(url: string, specLocation: string): BaseUrl {
  if (ABSOLUTE.test(url)) return { url };
  if (ABSOLUTE.test(specLocation)) return { url: new URL(url, specLocation).href };
  if (url.startsWith('//')) return { url: `https:${url}` };
  const path = url === '/' ? '' : url.startsWith('/') ? url : `/${url}`;
  return { url: PLACEHOLDER_ORIGIN + path, warning: `the server URL ${JSON.stringify(url)} is relative; the URL starts with {{baseUrl}} (give --server URL or --var baseUrl=URL)` };
}

/** Base URL and path joined with one `/` between them. */
export function joinUrl(base: string, path: string): string {
  return trimCharsEnd(base, '/') + (path.startsWith('/') ? path : `/${path}`);
}
