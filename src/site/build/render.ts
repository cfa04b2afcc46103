import { sep } from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import { render, resolveClientOptions, runPreparer } from '../../generate.js';
import type { PreparedRequest } from '../../model/prepare.js';
import { findTarget, targetIds } from '../../targets/registry.js';
import { requestDirectories } from '../writers/files.js';
import { collectInputs } from './collect.js';
import { contentHash } from './hash.js';
import { packageVersion } from '../../version.js';
import { loadDescriptionWriter, requestDocuments } from './documents.js';
import type { BuildFailure, BuildFormat, BuildOptions, BuiltRequest, BuiltSnippet } from './types.js';

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

export interface RenderedRequests {
  requests: BuiltRequest[];
  failures: BuildFailure[];
  /** About the inputs as a whole, each prefixed with its source file. */
  warnings: string[];
  /** The name of the one collection or spec built (none when several or none have a name): the page's title. */
  title?: string;
  /**
   * The input key of each request, in the order of `requests`: a hash of everything its rendering depends on (its input
   * item, its id, the options and the snipforge version), so the same key means the same snippets and documents.
   */
  inputs: string[];
}

/** Every format in the order documents are listed, whatever order they were asked for in. */
export const BUILD_FORMATS: readonly BuildFormat[] = ['md', 'mdx', 'json', 'html', 'x-codesamples', 'x-readme'];

/** One request rendered (its built form and input key), or why it failed. */
export type RenderedRequest = { request: BuiltRequest; input: string; failure?: undefined } | { failure: BuildFailure };

/** The inputs of a build, loaded and checked, with what renders each of their requests. */
export interface RequestRenderer {
  /** How many requests the inputs hold (failing ones included). */
  total: number;
  /** The name of request `index`, for progress. */
  name: (index: number) => string;
  /** Renders request `index` (or takes it from `reusable`). */
  render: (index: number) => RenderedRequest;
  /** Collection items too malformed to import, and the failures given: in input order, each file's failures together, those found importing it first. */
  failures: (rendered: readonly BuildFailure[]) => BuildFailure[];
  /** About the inputs as a whole, each prefixed with its source file. */
  warnings: string[];
  /** The name of the one collection or spec built, if one. */
  title?: string;
  /** Whether the input files are all it read (CollectedInputs.selfContained). */
  selfContained: boolean;
}

/**
 * Loads and checks the inputs and the options, and returns what renders each request for every target, plus its
 * md/mdx/json documents, one at a time (a build writes each before rendering the next, so it never holds every
 * snippet at once). An unusable input file, unknown target or bad label throws here, before anything is rendered.
 */
export async function requestRenderer(options: RenderOptions): Promise<RequestRenderer> {
  const targets = selectedTargets(options.targets);
  const labels = checkedLabels(options.labels ?? {});
  checkClientOptions(options.clientOptions ?? {}, targets);
  const formats = normalizeFormats(options.formats ?? []);
  if (formats.includes('md') || formats.includes('mdx')) await loadDescriptionWriter();
  const collected = await collectInputs(options.inputs, options);
  // Ids are given over all requests, failing ones included, so fixing one never renames another.
  const ids = requestDirectories(collected.requests, options.idFrom).map((dir) => dir.split(sep).join('/'));
  const prepareItem = runPreparer(options.vars ?? {}, options);
  const optionsKey = renderingOptionsKey(options, targets, labels, formats);
  const withFiles = options.files !== false;

  const renderOne = (index: number): RenderedRequest => {
    const item = collected.requests[index]!;
    const id = ids[index]!;
    let input = contentHash(JSON.stringify([optionsKey, id, item]));
    const earlier = options.reusable?.get(id);
    if (earlier !== undefined && earlier.input === input && earlier.request.masked === undefined) return { request: earlier.request, input };
    try {
      const { prepared, masked } = prepareItem(item.request, options.resolve === true ? item.variables : {}, item.sources);
      // A request whose credentials were masked is prepared again: the names of its placeholders depend on the requests
      // before it (the first token is {{TOKEN}}, the next {{TOKEN2}}), so its key is its prepared form, placeholders and
      // all, which its snippets and documents are made from. The others neither read nor change that state.
      if (masked.length > 0) {
        const preparedKey = contentHash(JSON.stringify([input, prepared]));
        if (earlier?.input === preparedKey) return { request: earlier.request, input: preparedKey };
        input = preparedKey;
      }
      const snippets = targets.map((target): BuiltSnippet => {
        const { info } = findTarget(target)!;
        const { code, warnings } = render(prepared, target, options.clientOptions?.[target]);
        const label = labels[target] ?? info.label;
        const file = withFiles ? { file: `${id}/${target}.${info.extension}` } : {};
        return { target, label, language: info.language, client: info.client, fence: info.fence, ...file, hash: contentHash(code), code, warnings: [...new Set(warnings)] };
      });
      const files = filesRead(prepared);
      const request = {
        ...{ id, name: item.name, folders: item.folders, source: item.source, method: prepared.method, url: prepared.fullUrl, snippets },
        ...(item.operation && { operation: item.operation }),
        ...(files.length > 0 && { files }),
        ...(masked.length > 0 && { masked }),
        ...(prepared.description !== undefined && prepared.description.trim() !== '' && { description: prepared.description }),
        ...(options.withResponses === true && item.responses !== undefined && { responses: item.responses }),
      };
      const documents = requestDocuments({ ...request, ...(options.requestTitles === false && { title: false }) }, formats, options.mdFlavor);
      return { request: { ...request, documents, warnings: requestWarnings(snippets) }, input };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { failure: { name: item.name, folders: item.folders, source: item.source, message: error.message } };
    }
  };
  const order = new Map(collected.sources.map((source, index) => [source, index]));
  return {
    total: collected.requests.length,
    name: (index) => collected.requests[index]!.name,
    render: renderOne,
    failures: (rendered) => [...collected.failures, ...rendered].sort((a, b) => order.get(a.source)! - order.get(b.source)!),
    warnings: collected.warnings,
    ...(collected.titles.length === 1 && { title: collected.titles[0] }),
    selfContained: collected.selfContained,
  };
}

/**
 * Loads the inputs and renders every request for every target, plus its md/mdx/json documents: all of a
 * build except writing files. A request that fails validation becomes a BuildFailure and the others are
 * still rendered; an unusable input file, unknown target or bad label throws before anything is rendered.
 */
export async function renderRequests(options: RenderOptions): Promise<RenderedRequests> {
  return renderAll(await requestRenderer(options), options.onProgress);
}

/** Every request of `renderer`, rendered, with progress in the `render` phase. */
export function renderAll(renderer: RequestRenderer, onProgress: RenderOptions['onProgress']): RenderedRequests {
  const { total } = renderer;
  onProgress?.({ phase: 'render', done: 0, total, request: '' });
  const requests: BuiltRequest[] = [];
  const inputs: string[] = [];
  const failures: BuildFailure[] = [];
  for (let index = 0; index < total; index++) {
    const rendered = renderer.render(index);
    if (rendered.failure === undefined) {
      requests.push(rendered.request);
      inputs.push(rendered.input);
    } else {
      failures.push(rendered.failure);
    }
    onProgress?.({ phase: 'render', done: index + 1, total, request: renderer.name(index) });
  }
  return { requests, inputs, failures: renderer.failures(failures), warnings: renderer.warnings, ...(renderer.title !== undefined && { title: renderer.title }) };
}

/**
 * The options key of a build (see renderingOptionsKey) with its id source: what, besides the input files, shapes the
 * output of a build that reads no OpenAPI/Swagger document and writes no whole-site format. Throws as the build would
 * for a bad target, label or format.
 */
export function buildOptionsKey(options: RenderOptions): string {
  const targets = selectedTargets(options.targets);
  return JSON.stringify([renderingOptionsKey(options, targets, checkedLabels(options.labels ?? {}), normalizeFormats(options.formats ?? [])), options.idFrom ?? 'key']);
}

/** Every option that shapes a request's snippets and documents, with the snipforge version: part of each input key. */
function renderingOptionsKey(options: RenderOptions, targets: readonly string[], labels: Readonly<Record<string, string>>, formats: readonly BuildFormat[]): string {
  // Defaults filled in, so that the CLI and a library call asking for the same build agree.
  return JSON.stringify({
    packageVersion,
    targets,
    labels: targets.map((target) => labels[target] ?? null),
    clientOptions: resolvedTargetOptions(targets, options.clientOptions),
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

/** The files a request's snippets read (file parts, a file body), each once, in order. */
function filesRead(prepared: PreparedRequest): string[] {
  const { body } = prepared;
  if (body.mode === 'file') return [body.src];
  if (body.mode === 'formdata') return [...new Set(body.params.flatMap((field) => (field.type === 'file' ? [field.src] : [])))];
  return [];
}

/** A warning every snippet has is about the request: said once. The rest are named by target. */
function requestWarnings(snippets: readonly BuiltSnippet[]): string[] {
  const [first, ...rest] = snippets;
  const shared = (first?.warnings ?? []).filter((warning) => rest.every((snippet) => snippet.warnings.includes(warning)));
  const specific = snippets.flatMap((snippet) => snippet.warnings.filter((warning) => !shared.includes(warning)).map((warning) => `${snippet.target}: ${warning}`));
  return [...shared, ...specific];
}
