/** Option parsing shared by the CLI commands: targets, variables, labels, the --out check. */
import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Argv } from 'yargs';
import type { SpecOptions } from '../site/build/types.js';
import { UsageError } from '../errors.js';
import type { SecretOptions } from '../generate.js';
import { loadVariables } from '../importers/postman/environment.js';
import { parseJsonWithPosition, readInputFile } from '../importers/load.js';
import { PLACEHOLDER, variablesByName } from '../model/placeholders.js';
import { findTarget, targetIds } from '../targets/registry.js';
import { displayPath, ID_SOURCES, type IdSource } from '../site/writers/files.js';

/**
 * Target ids from repeated and comma-separated values, in the order given (for `build`, the tab
 * order), duplicates dropped. `all` stands for every target not named elsewhere, in registry order,
 * so `python-requests,all` puts Python first; no value at all means every target.
 */
export function parseTargets(values: readonly string[]): string[] {
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  if (values.length === 0) return [...targetIds];
  // `-t "$TARGET"` with the variable unset: an error rather than silently every target.
  if (ids.length === 0) throw new UsageError(`--target: no target id given; choose from: ${targetIds.join(', ')}, or all`);
  for (const id of ids) {
    if (id !== 'all' && findTarget(id) === undefined) throw new UsageError(`unknown target "${id}"; choose from: ${targetIds.join(', ')}, or all`);
  }
  const named = new Set(ids.filter((id) => id !== 'all'));
  const rest = targetIds.filter((id) => !named.has(id));
  return [...new Set(ids.flatMap((id) => (id === 'all' ? rest : [id])))];
}

/**
 * `--var name=value` entries as an object; the value may itself contain `=`. A name no {{placeholder}}
 * can have would silently replace nothing, so it is an error.
 */
export function parseVars(values: readonly string[]): Record<string, string> {
  const vars = variablesByName();
  for (const entry of values) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new UsageError(`--var ${JSON.stringify(entry)}: expected name=value, e.g. --var baseUrl=https://api.example.com`);
    const name = entry.slice(0, eq);
    if (!new RegExp(`^${PLACEHOLDER.source}$`).test(`{{${name}}}`)) {
      throw new UsageError(`--var ${JSON.stringify(entry)}: ${JSON.stringify(name)} cannot be a {{placeholder}} name; use letters, digits and _ . $ -`);
    }
    vars[name] = entry.slice(eq + 1);
  }
  return vars;
}

/**
 * `--labels python-requests=Python,curl=Shell` (repeatable) as labels by target id. A comma starts a
 * new entry only when an `id=` follows it, so a label may contain a comma: `csharp-restsharp=C#, RestSharp`.
 */
export function parseLabels(values: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const entry of values.flatMap((v) => v.split(/,(?=[^,=]*=)/))) {
    if (entry.trim() === '') continue;
    const eq = entry.indexOf('=');
    const id = entry.slice(0, Math.max(eq, 0)).trim();
    const label = entry.slice(eq + 1).trim();
    if (eq <= 0 || label === '') throw new UsageError(`--labels ${JSON.stringify(entry)}: expected target=Label, e.g. --labels python-requests=Python,curl=Shell`);
    if (findTarget(id) === undefined) throw new UsageError(`--labels: unknown target "${id}"; choose from: ${targetIds.join(', ')}`);
    labels[id] = label;
  }
  return labels;
}

/**
 * The variables of a command that runs more than once (a watched build, every page load of the preview):
 * the `--env` file is read again on each call, since it may be what was edited; `--var` values win.
 */
export function variablesLoader(envPath: string | undefined, cliVars: Readonly<Record<string, string>>): () => Record<string, string> {
  return () => ({ ...(envPath === undefined ? {} : loadEnvFile(envPath)), ...cliVars });
}

/** Variables of an `--env` file: a JSON object of values, or a Postman environment export. */
export function loadEnvFile(path: string): Record<string, string> {
  return loadVariables(parseJsonWithPosition(readInputFile(path), path), path);
}

/**
 * Rejects, before anything is generated, an --out that cannot become the output directory: an empty
 * path, an existing file, a path through a file, or a place this user cannot write. A missing
 * directory is not created here but when the first file is written, so a failed run leaves none.
 */
export function checkOutDirectory(out: string): void {
  if (out === '') throw new UsageError('--out: the path is empty');
  const target = resolve(out);
  let existing = target;
  let stats: Stats | undefined;
  while (stats === undefined) {
    try {
      stats = statSync(existing);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENAMETOOLONG') throw new UsageError(`--out ${out}: the path is too long for the file system`);
      // Not there yet, or a parent is a file or closed to us: the nearest existing parent says which.
      if (dirname(existing) === existing) throw error;
      existing = dirname(existing);
    }
  }
  if (!stats.isDirectory()) {
    throw new UsageError(existing === target ? `--out ${out}: is a file; it must be a directory (it is created if missing)` : `--out ${out}: ${displayPath(existing)} is a file, not a directory`);
  }
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EROFS' ? 'is on a read-only file system' : 'is not writable (permission denied)';
    throw new UsageError(`--out ${out}: ${existing === target ? 'the directory' : displayPath(existing)} ${reason}`);
  }
}

/** The flags that shape OpenAPI/Swagger inputs, shared by generate, build and preview. */
export interface SpecArgs {
  operation: string[];
  tag: string[];
  server?: string;
  mediaType?: string;
  allMediaTypes: boolean;
  example?: string;
  allParams: boolean;
}

export function specFlags<T>(y: Argv<T>): Argv<T & SpecArgs> {
  return y
    .option('operation', { type: 'string', array: true, default: [], describe: 'Spec inputs: only this operation, by operationId or as "METHOD /path" (the key under paths, e.g. "GET /pets/{petId}"); repeatable' })
    .option('tag', { type: 'string', array: true, default: [], describe: 'Spec inputs: only operations with this tag (repeatable; adds to --operation: an operation named by either is built)' })
    .option('server', { type: 'string', describe: "Spec inputs: base URL for every operation instead of the spec's servers (scheme, host, port and base path), e.g. http://localhost:8080/v2 or {{baseUrl}}" })
    .option('media-type', { type: 'string', describe: 'Spec inputs: send this request-body media type where an operation accepts it (default: JSON, then form, then multipart, then the first listed)' })
    .option('all-media-types', { type: 'boolean', default: false, describe: 'Spec inputs: one request per request-body media type (ids get the media type as suffix)' })
    .option('example', { type: 'string', describe: 'Spec inputs: use the "examples" entry with this name where a parameter or body has one' })
    .option('all-params', { type: 'boolean', default: false, describe: 'Spec inputs: include optional parameters without an example too (default: required ones and those with an example)' }) as unknown as Argv<T & SpecArgs>;
}

/** The spec options of a command line; a blank value is a usage error rather than a silent "all". */
export function parseSpecOptions(args: SpecArgs): SpecOptions {
  const list = (flag: string, values: readonly string[]) => {
    const cleaned = values.map((value) => String(value).trim());
    if (cleaned.some((value) => value === '')) throw new UsageError(`--${flag}: the value is empty`);
    return cleaned;
  };
  const single = (flag: string, value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    if (Array.isArray(value)) throw new UsageError(`--${flag}: given ${value.length} times; give it once`);
    if (String(value).trim() === '') throw new UsageError(`--${flag}: the value is empty`);
    return String(value).trim();
  };
  const server = single('server', args.server);
  if (server !== undefined && !/^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]|\{\{)/.test(server)) throw new UsageError(`--server ${JSON.stringify(server)}: expected an absolute URL (https://api.example.com/v1) or one starting with a {{placeholder}}`);
  const mediaType = single('media-type', args.mediaType);
  if (mediaType !== undefined && !/^[\w.+-]+\/[\w.+*-]+/.test(mediaType)) throw new UsageError(`--media-type ${JSON.stringify(mediaType)}: expected a media type such as application/json`);
  if (mediaType !== undefined && args.allMediaTypes) throw new UsageError('--media-type and --all-media-types cannot be used together: choose one media type or all of them');
  const example = single('example', args.example);
  return {
    operations: list('operation', args.operation),
    tags: list('tag', args.tag),
    ...(server !== undefined && { server }),
    ...(mediaType !== undefined && { mediaType }),
    ...(example !== undefined && { example }),
    allMediaTypes: args.allMediaTypes,
    allParams: args.allParams,
  };
}

/** Client options as given: shared ones for every client that has the name, and per client (by target id). */
export interface OptionSettings {
  shared: Record<string, unknown>;
  clients: Record<string, Record<string, unknown>>;
}

/**
 * `--option name=value` (every selected client with that option) and `--option client.name=value` (one
 * client, by target id) as settings; the value stays a string, each client's schema reads it. Which
 * clients have the name is checked once the targets are known (`clientOptionsFor`).
 */
export function parseOptionFlags(values: readonly string[]): OptionSettings {
  const settings: OptionSettings = { shared: Object.create(null), clients: Object.create(null) };
  for (const entry of values) {
    const eq = entry.indexOf('=');
    const key = entry.slice(0, Math.max(eq, 0));
    const dot = key.lastIndexOf('.');
    const name = key.slice(dot + 1);
    if (eq <= 0 || name === '') throw new UsageError(`--option ${JSON.stringify(entry)}: expected name=value or client.name=value, e.g. --option timeout=10 or --option curl.flags=short`);
    const value = entry.slice(eq + 1);
    if (dot < 0) {
      settings.shared[name] = value;
      continue;
    }
    const client = findTarget(key.slice(0, dot));
    if (client === undefined) throw new UsageError(`--option ${JSON.stringify(entry)}: unknown client "${key.slice(0, dot)}"; choose from: ${targetIds.join(', ')}`);
    (settings.clients[client.info.id] ??= Object.create(null))[name] = value;
  }
  return settings;
}

/** The flags that set client options, shared by generate, build and preview. */
export interface ClientOptionArgs {
  option: string[];
  config?: string;
}

export function optionFlags<T>(y: Argv<T>): Argv<T & ClientOptionArgs> {
  return y
    .option('option', { type: 'string', array: true, default: [], describe: 'A client option: name=value for every selected client that has it, or client.name=value for one (repeatable; see `snipforge targets` for the options of each client)' })
    .option('config', { type: 'string', describe: 'Config file with targets, labels and client options (default: snipforge.config.json or snipforge.config.yaml in the current directory, if there)' }) as unknown as Argv<T & ClientOptionArgs>;
}

/** The flags that say how credentials are treated, shared by generate, build and preview. */
export interface SecretArgs {
  keepSecrets: boolean;
  mask: string[];
}

export function secretFlags<T>(y: Argv<T>): Argv<T & SecretArgs> {
  return y
    .option('keep-secrets', { type: 'boolean', default: false, describe: 'Keep credentials in the snippets (default: tokens, passwords, API keys and cookies become {{placeholders}}, listed on stderr)' })
    .option('mask', { type: 'string', array: true, default: [], describe: 'Leave this variable as {{NAME}} even when --var or --env gives it a value (repeatable)' }) as unknown as Argv<T & SecretArgs>;
}

export interface IdArgs {
  idFrom: IdSource;
}

/** `--id-from`: what a request's id and output paths come from. */
export function idFlag<T>(y: Argv<T>): Argv<T & IdArgs> {
  return y.option('id-from', {
    type: 'string',
    choices: ID_SOURCES,
    default: 'key' as IdSource,
    describe: "What each request's id and paths come from: key (a Postman item's id, an operation's operationId: renaming a request changes only its title) or name (its folders and name)",
  }) as unknown as Argv<T & IdArgs>;
}

/** `--keep-secrets` and the `--mask` names; a name no {{placeholder}} can have would mask nothing, so it is an error. */
export function parseSecretOptions(args: SecretArgs): SecretOptions {
  for (const name of args.mask) {
    if (!new RegExp(`^${PLACEHOLDER.source}$`).test(`{{${name}}}`)) throw new UsageError(`--mask ${JSON.stringify(name)}: not a {{placeholder}} name; use letters, digits and _ . $ -`);
  }
  return { keepSecrets: args.keepSecrets, mask: args.mask };
}
