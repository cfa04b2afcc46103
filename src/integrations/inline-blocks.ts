import { checkClientOptions, checkedLabels, selectedTargets } from '../site/build/options.js';
import { InputError } from '../errors.js';
import { render, runPreparer, type ClientOptions } from '../generate.js';
import { importHttpMessage } from '../importers/http-message/index.js';
import { parseYaml, YamlSyntaxError } from '../importers/yaml.js';
import type { RequestInput } from '../model/schema.js';
import { DOCS_TAB_ORDER, findTarget } from '../targets/registry.js';

/** The options of the site-build integrations (`snipforge/remark`, `snipforge/markdown-it`, `snipforge/docusaurus`). */
export interface InlineOptions {
  /** Target ids in tab order; default the docs page's eleven (cURL, C#, Go, HTTP, Java, jQuery, NodeJS, Python, PHP, Ruby, Swift). */
  targets?: readonly string[];
  /** Tab labels by target id. */
  labels?: Readonly<Record<string, string>>;
  /** Client options by target id, as in the CLI's config file (`{ "python-requests": { "indent": 2 } }`). */
  clientOptions?: Readonly<Record<string, ClientOptions>>;
  /** Values for `{{placeholders}}`; the others stay readable. */
  vars?: Readonly<Record<string, string>>;
  /** Names of `{{placeholders}}` filled in from the environment variable of the same name, when it is set. */
  varsFromEnv?: readonly string[];
  /** Keep credentials as written (default: masked as `{{placeholders}}`, as `snipforge build` does). */
  keepSecrets?: boolean;
  /** `fail` (default): a bad block fails the site build, naming the file and line; `warn`: a warning, the block left as it is. */
  onError?: 'fail' | 'warn';
}

/** One tab of an inline block. */
export interface InlineSnippet {
  target: string;
  label: string;
  fence: string;
  /** Without a final line break: a fence ends the code. */
  code: string;
}

/**
 * The request of a fenced block written for snipforge (```` ```http snipforge ````: an HTTP request message;
 * ```` ```snipforge ````: a request model as JSON or YAML), or undefined for any other block.
 */
export function inlineRequest(lang: string | null | undefined, meta: string | null | undefined, text: string): (() => RequestInput) | undefined {
  if (lang === 'http' && (meta ?? '').split(/\s+/).includes('snipforge')) return () => importHttpMessage(text);
  if (lang === 'snipforge') return () => requestModel(text);
  return undefined;
}

/** A request model as JSON (`{` first) or YAML; a block's errors count lines from its first line. */
function requestModel(text: string): RequestInput {
  let model: unknown;
  if (/^\uFEFF?\s*\{/.test(text)) {
    try {
      model = JSON.parse(text);
    } catch (error) {
      throw new InputError(`expected a request model as JSON: ${(error as Error).message}`);
    }
  } else {
    try {
      model = parseYaml(text);
    } catch (error) {
      if (!(error instanceof YamlSyntaxError)) throw error;
      throw new InputError(`${error.line === undefined ? '' : `line ${error.line}, column ${error.column}: `}expected a request model as JSON or YAML: ${error.reason}`);
    }
  }
  if (typeof model !== 'object' || model === null || Array.isArray(model)) throw new InputError('expected a request model: an object with "url", as JSON or YAML');
  return model as RequestInput;
}

/**
 * Checks the options (an unknown target or a bad label fails at once) and returns what makes the snippets of one block,
 * with what masking replaced in it. Variables from the environment are read when a file's blocks are rendered.
 */
export function inlineRenderer(options: InlineOptions): () => (input: RequestInput) => { snippets: InlineSnippet[]; masked: string[] } {
  const targets = options.targets === undefined ? [...DOCS_TAB_ORDER] : selectedTargets(options.targets);
  const labels = checkedLabels(options.labels ?? {});
  checkClientOptions(options.clientOptions ?? {}, targets);
  return () => {
    const env = Object.fromEntries((options.varsFromEnv ?? []).flatMap((name) => (process.env[name] !== undefined ? [[name, process.env[name]!]] : [])));
    const prepare = runPreparer({ ...env, ...options.vars }, { keepSecrets: options.keepSecrets === true });
    return (input) => {
      const { prepared, masked } = prepare(input);
      const snippets = targets.map((target) => {
        const { info } = findTarget(target)!;
        const { code } = render(prepared, target, options.clientOptions?.[target]);
        return { target, label: labels[target] ?? info.label, fence: info.fence, code: code.replace(/\n$/, '') };
      });
      return { snippets, masked };
    };
  };
}
