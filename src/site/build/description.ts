import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';

/**
 * A request's description (CommonMark + GFM, as Postman and OpenAPI write it) as Markdown for a docs page: parsed
 * into a syntax tree and written back, so its emphasis, lists, tables, links and code survive, while nothing in it
 * can act on the page around it:
 * - raw HTML (`<script>`, `</TabItem>`, comments) becomes text;
 * - a link or image whose URL has a scheme other than http, https or mailto (`javascript:`) keeps only its text;
 * - a fence left open is closed where the description ends, since the tree is written anew;
 * - for MDX, `{`, `<`, line-starting `import`/`export` and Docusaurus admonitions and directives (`:::`, `:abbr[]`)
 *   are escaped: no expression, JSX element or ES module statement comes from the description.
 * Headings are kept at least three levels deep, under the page's own.
 */
export function descriptionMarkdown(text: string, format: 'md' | 'mdx'): string {
  const tree = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  sanitize(tree);
  if (tree.children.length === 0) return '';
  const extensions = format === 'mdx' ? [gfmToMarkdown(), mdxToMarkdown()] : [gfmToMarkdown()];
  return toMarkdown(tree, { extensions, unsafe: format === 'mdx' ? MDX_UNSAFE : [], fences: true, bullet: '-', emphasis: '_', rule: '-' }).trimEnd();
}

/** What MDX or Docusaurus reads at the start of a line, or inside one, besides the `{` and `<` mdxToMarkdown escapes. */
const MDX_UNSAFE: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
  { character: ':', atBreak: true },
  { character: ':', after: '[A-Za-z]' },
];

const SAFE_URL = /^(?:https?:|mailto:|[^:]*$|[^:/?#]*[/?#])/i;

function sanitize(node: Nodes): void {
  if (!('children' in node)) return;
  // The tree is rewritten in place; a text node is valid wherever the node it replaces was.
  const parent = node as { children: Nodes[] };
  parent.children = parent.children.flatMap((child): Nodes[] => {
    sanitize(child);
    if (child.type === 'html') return [{ type: 'text', value: child.value }];
    if ((child.type === 'link' || child.type === 'image' || child.type === 'definition') && !SAFE_URL.test(child.url.trim())) {
      if (child.type === 'definition') return [];
      return child.type === 'image' ? [{ type: 'text', value: child.alt ?? '' }] : child.children;
    }
    if (child.type === 'heading' && child.depth < 3) child.depth = 3;
    return [child];
  });
}
