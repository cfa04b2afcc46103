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
  sanitize(tree, format);
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
  // A fence's info string: read as text by MDX when the fence is not at the start of a line (in a footnote).
  ...['<', '{'].map((character): Unsafe => ({ character, inConstruct: ['codeFencedLangGraveAccent', 'codeFencedLangTilde', 'codeFencedMetaGraveAccent', 'codeFencedMetaTilde'] })),
];

/** The nodes whose children are blocks (flow content). */
const FLOW_CONTAINERS: ReadonlySet<string> = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

const SAFE_URL = /^(?:https?:|mailto:|[^:]*$|[^:/?#]*[/?#])/i;

function sanitize(node: Nodes, format: 'md' | 'mdx'): void {
  if (!('children' in node)) return;
  // The tree is rewritten in place; a text node is valid wherever the node it replaces was.
  const parent = node as { children: Nodes[] };
  // HTML between blocks becomes a paragraph: the writer escapes text by the construct it is in, and text standing
  // alone in a block quote or list item is in none, so a `{` there would stay an MDX expression.
  const betweenBlocks = FLOW_CONTAINERS.has(node.type);
  parent.children = parent.children.flatMap((child): Nodes[] => {
    sanitize(child, format);
    if (child.type === 'html') return [betweenBlocks ? { type: 'paragraph', children: [{ type: 'text', value: child.value }] } : { type: 'text', value: child.value }];
    if ((child.type === 'link' || child.type === 'image' || child.type === 'definition') && !SAFE_URL.test(child.url.trim())) {
      if (child.type === 'definition') return [];
      return child.type === 'image' ? [{ type: 'text', value: child.alt ?? '' }] : child.children;
    }
    // MDX without GFM reads a footnote definition as a paragraph, where the code of a fence inside it is not code:
    // footnotes become text, their content blocks after it.
    if (format === 'mdx' && child.type === 'footnoteDefinition') return [{ type: 'paragraph', children: [{ type: 'text', value: `[^${child.label ?? child.identifier}]:` }] }, ...child.children];
    if (format === 'mdx' && child.type === 'footnoteReference') return [{ type: 'text', value: `[^${child.label ?? child.identifier}]` }];
    if (child.type === 'heading' && child.depth < 3) child.depth = 3;
    return [child];
  });
}
