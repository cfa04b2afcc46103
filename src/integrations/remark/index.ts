import type { Code, Nodes, Root, RootContent } from 'mdast';
import { InputError, UsageError } from '../../errors.js';
import { inlineRenderer, inlineRequest, type InlineOptions } from '../inline-blocks.js';
import { maskedMessage } from '../../model/secrets.js';

/** How the tabs are written: Docusaurus `<Tabs>` in MDX, or fenced blocks with a `title` for any Markdown site. */
export type RemarkHost = 'docusaurus' | 'markdown';

export interface RemarkSnipforgeOptions extends InlineOptions {
  /** `docusaurus` for `.mdx` files, `markdown` for the others, unless set. */
  host?: RemarkHost;
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
  const renderer = inlineRenderer(options);

  return (tree, file) => {
    const renderBlock = renderer();
    const host = options.host ?? (file.path?.endsWith('.mdx') === true ? 'docusaurus' : 'markdown');
    let tabsUsed = false;

    const replace = (node: Code): RootContent[] | undefined => {
      const request = inlineRequest(node.lang, node.meta, node.value);
      if (request === undefined) return undefined;
      let snippets;
      try {
        const rendered = renderBlock(request());
        snippets = rendered.snippets;
        if (rendered.masked.length > 0) file.message(maskedMessage('the request', rendered.masked), node);
      } catch (error) {
        if (!(error instanceof InputError || error instanceof UsageError)) throw error;
        const reason = `snipforge block: ${error.message}`;
        if (options.onError === 'warn') {
          file.message(reason, node);
          return undefined;
        }
        return file.fail(reason, node);
      }
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
