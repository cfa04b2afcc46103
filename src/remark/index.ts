import type { Code, Nodes, Root, RootContent } from 'mdast';
import { checkClientOptions, checkedLabels, selectedTargets } from '../build/render.js';
import { InputError, UsageError } from '../errors.js';
import { render, runPreparer, type ClientOptions } from '../generate.js';
import { importHttpMessage } from '../importers/http-message.js';
import { maskedMessage } from '../model/secrets.js';
import type { RequestInput } from '../model/schema.js';
import { DOCS_TAB_ORDER, findTarget } from '../targets/registry.js';

/** How the tabs are written: Docusaurus `<Tabs>` in MDX, or fenced blocks with a `title` for any Markdown site. */
export type RemarkHost = 'docusaurus' | 'markdown';

export interface RemarkSnipforgeOptions {
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
  /** `docusaurus` for `.mdx` files, `markdown` for the others, unless set. */
  host?: RemarkHost;
  /** `fail` (default): a bad block fails the site build, naming the file and line; `warn`: a warning, the block left as it is. */
  onError?: 'fail' | 'warn';
}

/** What the plugin needs of unified's VFile (so it works with any unified version). */
interface FileLike {
  path?: string;
  message(reason: string, place?: unknown): unknown;
  fail(reason: string, place?: unknown): never;
}

const TABS_IMPORT = "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';";

/**
 * A remark plugin: every fenced block written ```` ```http snipforge ```` (an HTTP request message: request line,
 * headers, blank line, body) or ```` ```snipforge ```` (a request model as JSON) becomes the request's snippets, one tab
 * per target, generated at site build time like `snipforge build` makes them. For Docusaurus the tabs are
 * `<Tabs groupId="language" queryString>` with `<TabItem>`s (Tabs and TabItem are imported once per file); for other
 * Markdown hosts each snippet is a fenced block titled with its label.
 */
export default function remarkSnipforge(options: RemarkSnipforgeOptions = {}): (tree: Root, file: FileLike) => void {
  const targets = options.targets === undefined ? [...DOCS_TAB_ORDER] : selectedTargets(options.targets);
  const labels = checkedLabels(options.labels ?? {});
  checkClientOptions(options.clientOptions ?? {}, targets);

  return (tree, file) => {
    const env = Object.fromEntries((options.varsFromEnv ?? []).flatMap((name) => (process.env[name] !== undefined ? [[name, process.env[name]!]] : [])));
    const prepare = runPreparer({ ...env, ...options.vars }, { keepSecrets: options.keepSecrets === true });
    const host = options.host ?? (file.path?.endsWith('.mdx') === true ? 'docusaurus' : 'markdown');
    let tabsUsed = false;

    const replace = (node: Code): RootContent[] | undefined => {
      const request = requestOf(node);
      if (request === undefined) return undefined;
      let input: RequestInput;
      let prepared;
      try {
        input = request();
        const run = prepare(input);
        prepared = run.prepared;
        if (run.masked.length > 0) file.message(maskedMessage('the request', run.masked), node);
      } catch (error) {
        if (!(error instanceof InputError || error instanceof UsageError)) throw error;
        const reason = `snipforge block: ${error.message}`;
        if (options.onError === 'warn') {
          file.message(reason, node);
          return undefined;
        }
        return file.fail(reason, node);
      }
      const snippets = targets.map((target) => {
        const { info } = findTarget(target)!;
        const { code } = render(prepared, target, options.clientOptions?.[target]);
        return { target, label: labels[target] ?? info.label, fence: info.fence, code: code.replace(/\n$/, '') };
      });
      if (host === 'markdown') return snippets.map(({ label, fence, code }): Code => ({ type: 'code', lang: fence, meta: `title=${JSON.stringify(label)}`, value: code }));
      tabsUsed = true;
      return [
        {
          type: 'mdxJsxFlowElement',
          name: 'Tabs',
          attributes: [attribute('groupId', 'language'), attribute('queryString', null)],
          children: snippets.map(({ target, label, fence, code }) => ({
            type: 'mdxJsxFlowElement',
            name: 'TabItem',
            attributes: [attribute('value', target), attribute('label', label)],
            children: [{ type: 'code', lang: fence, meta: null, value: code }],
          })),
        } as unknown as RootContent,
      ];
    };

    replaceBlocks(tree, replace);
    if (tabsUsed && !importsTabs(tree)) tree.children.unshift(tabsImport());
  };
}

/** Reads the request of a snipforge block, or undefined for any other code block. */
function requestOf(node: Code): (() => RequestInput) | undefined {
  const meta = (node.meta ?? '').split(/\s+/);
  if (node.lang === 'http' && meta.includes('snipforge')) return () => importHttpMessage(node.value);
  if (node.lang === 'snipforge') return () => requestModel(node.value);
  return undefined;
}

function requestModel(text: string): RequestInput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`expected a request model as JSON: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new InputError('expected a request model: a JSON object with "url"');
  return json as RequestInput;
}

function replaceBlocks(parent: Nodes, replace: (node: Code) => RootContent[] | undefined): void {
  if (!('children' in parent)) return;
  const children: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    const replaced = child.type === 'code' ? replace(child) : undefined;
    if (replaced === undefined) {
      replaceBlocks(child, replace);
      children.push(child);
    } else {
      children.push(...replaced);
    }
  }
  (parent as { children: RootContent[] }).children = children;
}

function attribute(name: string, value: string | null): unknown {
  return { type: 'mdxJsxAttribute', name, value };
}

/** Whether the file already imports Docusaurus' Tabs (an author who also writes tabs by hand). */
function importsTabs(tree: Root): boolean {
  return tree.children.some((node) => (node as { type: string }).type === 'mdxjsEsm' && /['"]@theme\/Tabs['"]/.test((node as { value?: string }).value ?? ''));
}

/** The import of Tabs and TabItem as MDX's ESM node, with the estree MDX compiles from. */
function tabsImport(): RootContent {
  const importDefault = (name: string, source: string) => ({
    type: 'ImportDeclaration',
    specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
    source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
  });
  return {
    type: 'mdxjsEsm',
    value: TABS_IMPORT,
    data: { estree: { type: 'Program', sourceType: 'module', body: [importDefault('Tabs', '@theme/Tabs'), importDefault('TabItem', '@theme/TabItem')] } },
  } as unknown as RootContent;
}
