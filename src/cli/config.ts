/**
 * The config file (`snipforge.config.json` or `.yaml`) and how its settings and the command line's
 * combine into the targets, labels and client options of a run. The command line wins.
 */
import { existsSync } from 'node:fs';
import * as z from 'zod';
import { InputError, UsageError, formatZodError } from '../errors.js';
import { resolveClientOptions, type ClientOptions } from '../targets/client-options.js';
import { parseJsonWithPosition, readInputFile } from '../importers/load.js';
import { optionFields } from '../targets/options.js';
import { findTarget, targetIds } from '../targets/registry.js';
import { parseLabels, parseOptionFlags, parseTargets, type OptionSettings } from './options.js';

/** Looked for in the current directory when no --config is given; at most one may be there. */
export const CONFIG_FILES = ['snipforge.config.json', 'snipforge.config.yaml', 'snipforge.config.yml'] as const;

/** What a config file may hold; every field optional. Built when a config file is read: every command loads this module. */
function configFileSchema() {
  const optionValues = z.record(z.string(), z.unknown());
  return z.strictObject({
    /** Editors' JSON Schema hint, ignored. */
    $schema: z.string().optional(),
    /** Target ids in tab order; `all` = every target not named. */
    targets: z.array(z.string()).min(1).optional(),
    /** Options for every client that has them, e.g. `{ "timeout": 10 }`. */
    options: optionValues.optional(),
    /** Per client (target id): its tab label and its own options. */
    clients: z.record(z.string(), z.strictObject({ label: z.string().optional(), options: optionValues.optional() })).optional(),
  });
}
export type Config = z.infer<ReturnType<typeof configFileSchema>>;

export interface LoadedConfig {
  file: string;
  targets?: string[];
  labels: Record<string, string>;
  options: OptionSettings;
}

/** The config file named by --config, or the one in the current directory, if any; undefined when there is none. */
export async function loadConfig(explicit: string | undefined, cwd = '.'): Promise<LoadedConfig | undefined> {
  if (explicit === '') throw new UsageError('--config: the path is empty');
  let file = explicit;
  if (file === undefined) {
    const present = CONFIG_FILES.map((name) => (cwd === '.' ? name : `${cwd}/${name}`)).filter((path) => existsSync(path));
    if (present.length > 1) throw new InputError(`${present.join(' and ')}: two config files; keep one`);
    file = present[0];
    if (file === undefined) return undefined;
  }
  const text = readInputFile(file);
  const json = /\.ya?ml$/i.test(file) ? await parseYaml(text, file) : parseJsonWithPosition(text, file);
  const parsed = configFileSchema().safeParse(json);
  if (!parsed.success) throw new InputError(formatZodError(parsed.error, '').split('\n').map((line) => `${file}: ${line}`).join('\n'));
  return checkConfig(parsed.data, file);
}

async function parseYaml(text: string, file: string): Promise<unknown> {
  const { parse, YAMLError } = await import('yaml');
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error;
    const at = error.linePos === undefined ? '' : `:${error.linePos[0].line}:${error.linePos[0].col}`;
    throw new InputError(`${file}${at}: invalid YAML: ${error.message.split('\n')[0]}`);
  }
}

/** Every name and value checked against the clients' schemas now, whichever targets a run selects. */
function checkConfig(config: Config, file: string): LoadedConfig {
  const fail = (field: string, message: string) => new InputError(`${file}: ${field}: ${message}`);
  let targets: string[] | undefined;
  if (config.targets !== undefined) {
    try {
      targets = parseTargets(config.targets);
    } catch (error) {
      if (error instanceof UsageError) throw fail('targets', error.message);
      throw error;
    }
  }
  const shared = config.options ?? {};
  for (const [name, value] of Object.entries(shared)) {
    const owners = clientsWithOption(targetIds, name);
    if (owners.length === 0) throw fail(`options.${name}`, `no client has this option; options: ${allOptionNames().join(', ')}`);
    for (const id of owners) checkValue(id, name, value, (message) => fail(`options.${name}`, message));
  }
  const labels: Record<string, string> = {};
  const clients: OptionSettings['clients'] = Object.create(null);
  for (const [given, client] of Object.entries(config.clients ?? {})) {
    const target = findTarget(given);
    if (target === undefined) throw fail(`clients.${given}`, `unknown client; choose from: ${targetIds.join(', ')}`);
    const id = target.info.id;
    if (client.label !== undefined) {
      // Control characters are refused where every label is checked, before rendering.
      if (client.label.trim() === '') throw fail(`clients.${given}.label`, 'must not be blank');
      labels[id] = client.label;
    }
    for (const [name, value] of Object.entries(client.options ?? {})) {
      checkValue(id, name, value, (message) => fail(`clients.${given}.options.${name}`, message));
    }
    clients[id] = { ...client.options };
  }
  return { file, ...(targets !== undefined && { targets }), labels, options: { shared: { ...shared }, clients } };
}

/** The targets among `ids` that have an option of this name. */
function clientsWithOption(ids: readonly string[], name: string): string[] {
  return ids.filter((id) => Object.hasOwn(optionFields(findTarget(id)!.options), name));
}

function allOptionNames(): string[] {
  return [...new Set(targetIds.flatMap((id) => Object.keys(optionFields(findTarget(id)!.options))))].sort();
}

/** One option value against one client's schema; the client's message (allowed values) on failure. */
function checkValue(id: string, name: string, value: unknown, fail: (message: string) => Error): void {
  try {
    resolveClientOptions(id, { [name]: value });
  } catch (error) {
    if (error instanceof UsageError) throw fail(error.message);
    throw error;
  }
}

/**
 * Each selected target's options, layered: the config's shared options, the config's options for that
 * client, then `--option name=value`, then `--option client.name=value`. Each target's object is made
 * once per run (render validates it once). A command-line name no selected client has, or a client
 * option for a target not selected, is a usage error.
 */
export function clientOptionsFor(targets: readonly string[], config: LoadedConfig | undefined, cli: OptionSettings): Record<string, ClientOptions> {
  const byTarget: Record<string, Record<string, unknown>> = Object.fromEntries(targets.map((id) => [id, {}]));
  const apply = (id: string, options: Readonly<Record<string, unknown>>) => {
    if (byTarget[id] !== undefined) Object.assign(byTarget[id], options);
  };
  if (config !== undefined) {
    for (const id of targets) apply(id, pick(config.options.shared, Object.keys(optionFields(findTarget(id)!.options))));
    for (const [id, options] of Object.entries(config.options.clients)) apply(id, options);
  }
  for (const [name, value] of Object.entries(cli.shared)) {
    const owners = clientsWithOption(targets, name);
    const flag = `--option ${name}=${String(value)}`;
    if (owners.length === 0) {
      const names = [...new Set(targets.flatMap((id) => Object.keys(optionFields(findTarget(id)!.options))))].sort();
      throw new UsageError(`${flag}: none of the selected clients has an option "${name}"; their options: ${names.join(', ') || 'none'}`);
    }
    for (const id of owners) {
      checkValue(id, name, value, (message) => new UsageError(`${flag}: ${message}`));
      apply(id, { [name]: value });
    }
  }
  for (const [id, options] of Object.entries(cli.clients)) {
    for (const [name, value] of Object.entries(options)) {
      const flag = `--option ${id}.${name}=${String(value)}`;
      if (byTarget[id] === undefined) throw new UsageError(`${flag}: ${id} is not among the selected targets (${targets.join(', ')})`);
      checkValue(id, name, value, (message) => new UsageError(`${flag}: ${message}`));
      apply(id, { [name]: value });
    }
  }
  return byTarget;
}

function pick(values: Readonly<Record<string, unknown>>, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => names.includes(name)));
}

/** What a command line selects, after its config file: targets in tab order, labels, each target's options. */
export interface RunSettings {
  targets: string[];
  labels: Record<string, string>;
  clientOptions: Record<string, ClientOptions>;
}

export async function runSettings(cli: { targets: readonly string[] | undefined; labels?: readonly string[]; option: readonly string[]; config?: string }): Promise<RunSettings> {
  const optionFlagsGiven = parseOptionFlags(cli.option);
  const config = await loadConfig(cli.config);
  const targets = cli.targets !== undefined && cli.targets.length > 0 ? parseTargets(cli.targets) : (config?.targets ?? parseTargets([]));
  const labels = { ...config?.labels, ...parseLabels(cli.labels ?? []) };
  return { targets, labels, clientOptions: clientOptionsFor(targets, config, optionFlagsGiven) };
}
