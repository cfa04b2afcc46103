/** The contract of `snipforge build` and of the library's `build(options)`. */
import type { IdSource } from '../writers/files.js';
import type { ExampleResponse } from '../../importers/types.js';
import type { SpecImportOptions } from '../../importers/openapi/index.js';
import type { SpecOperation } from '../../importers/types.js';
import type { SecretOptions } from '../../generate.js';
import type { BuildMemory } from './memory.js';

/**
 * The site generator an .md document is written for. Each runs its own syntax before Markdown, inside code blocks too,
 * and each is given the escape it removes again: MkDocs `pymdownx.snippets` includes (`--8<--`), Jekyll's Liquid
 * (`{% %}`, `{{ }}`), Hugo shortcodes (`{{< >}}`, `{{% %}}`); plain Markdown gets none.
 */
export const MD_FLAVORS = ['mkdocs', 'jekyll', 'hugo', 'plain'] as const;
export type MdFlavor = (typeof MD_FLAVORS)[number];

/**
 * Per-request documents a build can write next to the snippet files. `html` is one site-wide page;
 * `x-codesamples` and `x-readme` write each input spec back, with the snippets in that extension.
 */
export type BuildFormat = 'md' | 'mdx' | 'json' | 'html' | 'x-codesamples' | 'x-readme';

/** How OpenAPI/Swagger inputs are read: which operations, which server, media types, examples, optional parameters. */
export type SpecOptions = Omit<SpecImportOptions, 'vars'>;

export interface BuildOptions extends SpecOptions, SecretOptions {
  /** Request model files, Postman collections, HAR files, OpenAPI/Swagger documents, or directories of them (searched recursively for *.json). */
  inputs: string[];
  /** Output root. Created if missing; only files listed in its manifest.json are ever removed. */
  outDir: string;
  /** Target ids in tab order; default: all targets in registry order. */
  targets?: string[];
  /** Display labels by target id, e.g. `{ 'python-requests': 'Python 3' }`; default: each target's label. */
  labels?: Readonly<Record<string, string>>;
  /**
   * Client options by target id, e.g. `{ curl: { flags: 'short' }, 'python-requests': { indent: 4 } }` (see
   * `snipforge targets --json`); a target left out gets its defaults. Validated before anything is rendered.
   */
  clientOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Documents to write besides the per-target snippet files; manifest.json is always written. */
  formats?: BuildFormat[];
  /**
   * false: no per-target snippet files, only the documents of `formats` (at least one) and manifest.json, for a site
   * that includes the md/mdx only; each snippet is then listed without a `file`. Default true.
   */
  files?: boolean;
  /** Values for `{{placeholders}}` (CLI --var / --env). */
  vars?: Readonly<Record<string, string>>;
  /** Substitute each collection's own variable values. */
  resolve?: boolean;
  /**
   * Called as requests are rendered and written: in the `write` phase, each request being rendered then written; with
   * html, x-codesamples or x-readme, which need every snippet, a `render` phase first. Once at the start of each phase
   * with done = 0, then after each request.
   */
  onProgress?: (progress: BuildProgress) => void;
  /** Title of the html page; default `API snippets`. */
  title?: string;
  /** The site generator the md documents are for (the escapes they get); default `mkdocs`. */
  mdFlavor?: MdFlavor;
  /**
   * What each request's id and paths come from: `key` (default), the key its input gives it (a Postman item's `id`, an
   * operation's operationId), so renaming a request changes its title only; `name`, its folders and name.
   */
  idFrom?: IdSource;
  /** Show each request's example responses (a Postman item's saved examples, a spec's response example) in its documents, collapsed. */
  withResponses?: boolean;
  /** false: md and mdx documents start at the method and URL, without the request's `##` title (the page has its own); default true. */
  requestTitles?: boolean;
  /** With `x-codesamples` / `x-readme`: replace the samples a spec already has instead of adding to them. */
  replaceSamples?: boolean;
  /**
   * Stops the build between two files (it then throws the signal's reason): no manifest is written, and the next
   * build completes the output. Once the manifest is being written the build finishes.
   */
  signal?: AbortSignal;
  /** How long to wait for another build writing to the same `outDir` (its `.snipforge.lock`) before failing; default 30 s. */
  lockWaitMs?: number;
  /** Called once when another build holds the output lock and this one waits, with who holds it (`pid 123, started ...`). */
  onLockWait?: (holder: string) => void;
  /**
   * For a process that builds into the same `outDir` again and again (a watcher, a dev server's plugin): pass the same
   * `new BuildMemory()` to each build, and each takes the previous build's manifest and cache from it instead of reading
   * and parsing them, as long as both files are still exactly what that build left (size, times, inode); otherwise it
   * reads them as without it. `memory.reused` counts the builds that took them from memory.
   */
  memory?: BuildMemory;
}

export interface BuildProgress {
  phase: 'render' | 'write';
  done: number;
  total: number;
  /** Name of the request just finished ('' for the start event). */
  request: string;
}

/** One snippet of a request in the manifest. */
export interface ManifestSnippet {
  /** Target id, e.g. `python-requests`. */
  target: string;
  /** Display label (after --labels), e.g. `Python`. */
  label: string;
  language: string;
  client: string;
  /** Markdown fence info string, e.g. `python`. */
  fence: string;
  /** Path relative to the output root, `/`-separated; omitted when the build wrote no per-target files (`files: false`). */
  file?: string;
  /** `sha256-<hex>` of the snippet's code (the file's bytes). */
  hash: string;
}

/** A per-request (md, mdx, json) or site-wide (html) document in the manifest. */
export interface ManifestDocument {
  format: BuildFormat;
  file: string;
  hash: string;
}

export interface ManifestRequest {
  /** Stable id: the request's output directory, e.g. `auth/get-the-access-token`. */
  id: string;
  name: string;
  /** Folder names from the collection root down. */
  folders: string[];
  /** The input file it came from, relative to the current directory, `/`-separated. */
  source: string;
  method: string;
  /** The URL as the snippets send it, placeholders kept. */
  url: string;
  snippets: ManifestSnippet[];
  documents: ManifestDocument[];
  /** Requests made from a spec: the operation (`{operationId, method, path}`, plus `mediaType` for one of several variants). */
  operation?: SpecOperation;
  /** Files the snippets read (file parts, file bodies) as the request names them, e.g. `./avatar.png`; omitted when none. */
  files?: string[];
  /** Where credentials were replaced by `{{placeholders}}`, names only (`header Authorization`, `query api_key`); omitted when none. */
  masked?: string[];
  /**
   * What the snippets cannot express exactly: a warning every snippet shares (it is about the request),
   * once as is; the others as `<target>: <warning>`.
   */
  warnings: string[];
}

export interface Manifest {
  /** Format version of this file. */
  manifestVersion: 1;
  generator: string;
  targets: string[];
  /** The options each target was rendered with, defaults filled in (targets with options only). */
  options: Record<string, Record<string, unknown>>;
  formats: BuildFormat[];
  /** In input order: inputs as given, a directory's files sorted, a collection's requests in collection order. */
  requests: ManifestRequest[];
  /** Site-wide documents (the html page and its assets). */
  documents: ManifestDocument[];
  /** Requests that failed validation; they have no files. */
  failures: BuildFailure[];
}

export interface BuildFailure {
  name: string;
  folders: string[];
  source: string;
  /** One line per problem, with the field path. */
  message: string;
}

export interface BuiltSnippet extends ManifestSnippet {
  code: string;
  warnings: string[];
}

export interface BuiltDocument extends ManifestDocument {
  content: string;
}

export interface BuiltRequest extends Omit<ManifestRequest, 'snippets' | 'documents'> {
  /** The request's description (a spec operation's, a Postman item's): user text, shown as plain text by the md, mdx, json and html documents. */
  description?: string;
  /** Its example responses, with `withResponses`. */
  responses?: ExampleResponse[];
  snippets: BuiltSnippet[];
  documents: BuiltDocument[];
}

/** The requests of a manifest as a build's summary tells them: an unchanged build knows it without reading manifest.json. */
export interface ManifestOutline {
  targets: string[];
  formats: BuildFormat[];
  /** How many requests the manifest lists. */
  requests: number;
  /** The requests whose credentials were masked. */
  masked: (Pick<ManifestRequest, 'id' | 'name' | 'folders'> & { masked: string[] })[];
  /** Every request's warnings, each as `<request id>: <warning>`. */
  warnings: string[];
}

export interface BuildResult {
  /** A build that found its inputs unchanged reads it from manifest.json when it is first asked for. */
  manifest: Manifest;
  /** What the summary of the build tells of the manifest. */
  outline: ManifestOutline;
  /**
   * Each snippet's `code` and each document's `content` are read from their file in `outDir` when first asked for (a
   * build writes each request before rendering the next, so that 10,000 requests are never all in memory), except
   * with the formats made from every snippet (html, x-codesamples, x-readme), which render them all first. With
   * `files: false` a snippet has no file: reading its `code` then throws (it is in the request's documents), except
   * with those formats. A build that found its inputs unchanged makes this list only when it is first read.
   */
  requests: BuiltRequest[];
  failures: BuildFailure[];
  /** About the inputs as a whole (e.g. what a collection holds that the model cannot), each prefixed with its source file. */
  warnings: string[];
  /** Paths relative to the output root, `/`-separated, sorted. manifest.json is counted too. */
  files: { written: string[]; unchanged: string[]; removed: string[] };
  durationMs: number;
}
