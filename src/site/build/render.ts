import { sep } from 'node:path';
import { InputError } from '../../errors.js';
import { render, runPreparer } from '../../generate.js';
import type { PreparedRequest } from '../../model/prepare.js';
import { findTarget } from '../../targets/registry.js';
import { requestDirectories } from '../writers/files.js';
import { collectInputs } from './collect.js';
import { contentHash } from './hash.js';
import { loadDescriptionWriter, requestDocuments } from './documents.js';
import { checkClientOptions, checkedLabels, normalizeFormats, renderingOptionsKey, resolvedTargetOptions, selectedTargets, type RenderOptions } from './options.js';
import type { BuildFailure, BuiltRequest, BuiltSnippet } from './types.js';

export type { RenderOptions } from './options.js';

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
  const optionsKey = renderingOptionsKey(options, targets, labels, formats, resolvedTargetOptions(targets, options.clientOptions));
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
