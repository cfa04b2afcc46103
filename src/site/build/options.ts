import { UsageError } from '../../errors.js';
import { resolveClientOptions } from '../../targets/client-options.js';
import { findTarget, targetIds } from '../../targets/registry.js';
import { byCodeUnit } from '../../text.js';
import { packageVersion } from '../../version.js';
import type { BuildFormat, BuildOptions, BuiltRequest } from './types.js';

/*
 * The options of a build checked and keyed: what an unchanged rebuild needs of them. Apart from render.ts, which a build
 * loads only when it renders (it brings the request schema, the clients and their templates).
 */

export interface RenderOptions extends Omit<BuildOptions, 'outDir' | 'onProgress'> {
  onProgress?: BuildOptions['onProgress'];
  /** Directories left out when searching input directories (the build's own output). */
  exclude?: readonly string[];
  /**
   * Requests an earlier build rendered, by id, with the input key they were rendered from (RenderedRequests.inputs): a
   * request whose key is the same is taken as it is instead of being rendered again.
   */
  reusable?: ReadonlyMap<string, { input: string; request: BuiltRequest }>;
}

/** Every format in the order documents are listed, whatever order they were asked for in. */
export const BUILD_FORMATS: readonly BuildFormat[] = ['md', 'mdx', 'json', 'html', 'x-codesamples', 'x-readme'];

/**
 * The options key of a build (see renderingOptionsKey) with its id source: what, besides the input files, shapes the
 * output of a build that reads no OpenAPI/Swagger document and writes no whole-site format (the fingerprint of an
 * unchanged rebuild). Throws as the build would for a bad target, label or format. Client options are keyed as given,
 * not resolved: resolving them runs every selected client's module, which such a rebuild needs for nothing else, and
 * with the snipforge version in the key, the same options given resolve the same. The same options spelt another way
 * (a default given explicitly) only make one build take the usual path, whose result is the same.
 */
export function buildOptionsKey(options: RenderOptions): string {
  const targets = selectedTargets(options.targets);
  const given = targets.map((target) => clientOptionsGiven(options.clientOptions?.[target]));
  return JSON.stringify([renderingOptionsKey(options, targets, checkedLabels(options.labels ?? {}), normalizeFormats(options.formats ?? []), given), options.idFrom ?? 'key']);
}

/** A client's options as given, in name order: none given and `{}` (the CLI's when no option is set) are the same. */
function clientOptionsGiven(given: Readonly<Record<string, unknown>> | undefined): [string, unknown][] {
  return Object.entries(given ?? {}).sort(([a], [b]) => byCodeUnit(a, b));
}

/**
 * Every option that shapes a request's snippets and documents, with the snipforge version: part of each input key
 * (`clientOptions` resolved, defaults filled in, so that the CLI and a library call asking for the same build agree),
 * and of the unchanged rebuild's fingerprint (`clientOptions` as given: see buildOptionsKey).
 */
export function renderingOptionsKey(options: RenderOptions, targets: readonly string[], labels: Readonly<Record<string, string>>, formats: readonly BuildFormat[], clientOptions: unknown): string {
  return JSON.stringify({
    packageVersion,
    targets,
    labels: targets.map((target) => labels[target] ?? null),
    clientOptions,
    formats,
    files: options.files !== false,
    vars: options.vars ?? {},
    resolve: options.resolve === true,
    keepSecrets: options.keepSecrets === true,
    mask: options.mask ?? [],
    mdFlavor: options.mdFlavor ?? 'mkdocs',
    requestTitles: options.requestTitles !== false,
    withResponses: options.withResponses === true,
  });
}

export function normalizeFormats(formats: readonly string[]): BuildFormat[] {
  for (const format of formats) {
    if (!(BUILD_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}"; choose from: ${BUILD_FORMATS.join(', ')}`);
  }
  return BUILD_FORMATS.filter((format) => formats.includes(format));
}

/** The targets in tab order (duplicates dropped); all of them when none are given. */
export function selectedTargets(targets: readonly string[] | undefined): string[] {
  if (targets === undefined) return [...targetIds];
  if (targets.length === 0) throw new UsageError('no targets chosen; name at least one, or leave targets out for all');
  for (const id of targets) {
    if (findTarget(id) === undefined) throw new UsageError(`unknown target "${id}"; choose from: ${targetIds.join(', ')}`);
  }
  return [...new Set(targets)];
}

/**
 * Labels become Markdown headings and JSX attribute values; the documents escape any text, but a line
 * break or control character cannot be shown in a tab, so it is refused rather than altered.
 */
export function checkedLabels(labels: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  for (const [target, label] of Object.entries(labels)) {
    if (findTarget(target) === undefined) throw new UsageError(`label for unknown target "${target}"; choose from: ${targetIds.join(', ')}`);
    if (label.trim() === '') throw new UsageError(`label for ${target}: must not be blank`);
    if (/[\p{Cc}\p{Cs}]/u.test(label)) throw new UsageError(`label for ${target}: ${JSON.stringify(label)} holds a line break or another control character, which a tab cannot show`);
  }
  return labels;
}

/** Each target's options with its defaults filled in, for the manifest: a target without options is left out. */
export function resolvedTargetOptions(targets: readonly string[], clientOptions: BuildOptions['clientOptions']): Record<string, Record<string, unknown>> {
  return Object.fromEntries(targets.filter((target) => findTarget(target)!.options !== undefined).map((target) => [target, resolveClientOptions(target, clientOptions?.[target]) as Record<string, unknown>]));
}

/** Options of an unknown target, or a bad option of a selected one, fail the build before anything is rendered. */
export function checkClientOptions(clientOptions: NonNullable<BuildOptions['clientOptions']>, targets: readonly string[]): void {
  for (const target of Object.keys(clientOptions)) {
    if (findTarget(target) === undefined) throw new UsageError(`options for unknown target "${target}"; choose from: ${targetIds.join(', ')}`);
  }
  for (const target of targets) resolveClientOptions(target, clientOptions[target]);
}
