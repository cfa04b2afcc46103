import { compile, createProcessor } from '@mdx-js/mdx';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { descriptionMarkdown } from '../../src/site/build/description.js';
import { jsonDocument, markdownDocument, mdxDocument, type DocumentSource, loadDescriptionWriter } from '../../src/site/build/documents.js';
import { renderRequests } from '../../src/site/build/render.js';
import { renderSite } from '../../src/site/preview/page.js';
import { FIXTURES_DIR } from '../fixtures.js';

// The documents write descriptions as Markdown with a parser loaded once, as a build does.
await loadDescriptionWriter();

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

function textOf(node: Node): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

/** Descriptions that try to leave a paragraph: markup, JSX, ESM, fences, admonitions, block starts, HTML. */
const HOSTILE = [
  '</TabItem></Tabs><script>alert(1)</script>',
  '{alert(1)} {/* c */} ${x}',
  'import fs from "fs"\nexport const leak = fs',
  '```js\nunclosed fence',
  ':::danger[Title]\nboom\n:::',
  '# heading\n## two ##\n- item\n+ item\n* item\n1. one\n2) two\n> quote',
  'para\n===\nsetext\n---\n***\n___',
  '    indented code\n\ttabbed\n  \v\fmixed  \t',
  '[ref]: javascript:alert(1)\n[ref] ![img](x) <https://a.example> <!-- c -->',
  '&amp; &#35; &lt; \\ trailing backslash\\\nhard break  \nnext',
  'a | b\n|---|---|\n~~strike~~ $math$ ^sup^ :abbr[x] note:thing https://example.com',
  'Ünïcödé 🐍\u2028sep\u00a0nbsp',
  '--8<-- "/etc/hostname"\n  ;--8<--\n/etc/passwd\n--8<--',
  // HTML alone in a block quote or list item: its text is in no paragraph unless the sanitizer puts it in one.
  '><div>{alert(1)}',
  '- <div>{x}\n- <span>{y}',
  // A footnote, which MDX without GFM reads as a paragraph: a fence in it would be text, its code an expression.
  '[^1]:\n    ```(<div>\n    {x}\n    ```\n\nsee[^1]',
];

/** Every node of a tree, depth first. */
function nodesOf(node: Node): Node[] {
  return [node, ...(node.children ?? []).flatMap(nodesOf)];
}

/** MDX syntax that runs or renders something: only the document's own import and <Tabs> may have it. */
const MDX_ACTIVE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

describe('descriptions as Markdown (descriptionMarkdown)', () => {
  it('keep their Markdown: emphasis, lists, tables, links, code', () => {
    const markdown = 'Returns **one** user.\n\n- a\n- b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee [the guide](https://example.com/guide).\n\n```json\n{"a": 1}\n```';
    const tree = fromMarkdown(descriptionMarkdown(markdown, 'mdx')) as Node;
    expect(tree.children!.map((node) => node.type)).toEqual(['paragraph', 'list', 'paragraph', 'paragraph', 'code']);
    expect(descriptionMarkdown(markdown, 'md')).toContain('Returns **one** user.');
    expect(descriptionMarkdown(markdown, 'md')).toContain('[the guide](https://example.com/guide)');
    expect(descriptionMarkdown('Plain prose, 20 per page (see the page parameter).', 'mdx')).toBe('Plain prose, 20 per page (see the page parameter).');
  });

  it('hostile descriptions: no HTML, JSX, expression, ESM, admonition or script link in the output, and the MDX compiles', async () => {
    for (const description of HOSTILE) {
      const mdx = descriptionMarkdown(description, 'mdx');
      const tree = createProcessor().parse(mdx) as Node;
      expect(nodesOf(tree).filter((node) => MDX_ACTIVE.has(node.type)).map((node) => node.type), description).toEqual([]);
      await expect(compile(mdx)).resolves.toBeDefined();
      const md = descriptionMarkdown(description, 'md');
      const mdTree = fromMarkdown(md) as Node & { children: (Node & { url?: string })[] };
      expect(nodesOf(mdTree).filter((node) => node.type === 'html'), description).toEqual([]);
      expect(nodesOf(mdTree).filter((node) => /^javascript:/i.test((node as { url?: string }).url ?? '')), description).toEqual([]);
      expect(mdx).not.toMatch(/^:::/m);
    }
  });

  it('the text of hostile HTML stays readable, as text', () => {
    const tree = fromMarkdown(descriptionMarkdown('</TabItem></Tabs><script>alert(1)</script>', 'md')) as Node;
    expect(textOf(tree)).toBe('</TabItem></Tabs><script>alert(1)</script>');
  });

  it('any text drawn from Markdown, MDX and whitespace characters compiles as MDX with nothing active', () => {
    const unit = fc.constantFrom(...' \t\n\r\v\f!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~aZ09é🐍\u00a0\u2028'.match(/./gsu)!, 'import ', 'export ', ':::', '```', '<div>', 'javascript:', '- ', '> ', '1. ', '[^1]: ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (description) => {
        const tree = createProcessor().parse(descriptionMarkdown(description, 'mdx')) as Node;
        expect(nodesOf(tree).filter((node) => MDX_ACTIVE.has(node.type)).map((node) => node.type)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});

describe('descriptions in the documents', () => {
  const source: DocumentSource = {
    id: 'pets/list',
    name: 'List pets',
    folders: [],
    method: 'GET',
    url: 'https://api.example.com/pets',
    description: 'Lists pets.\n\n<Tabs> {x} import',
    snippets: [{ target: 'curl', label: 'cURL', language: 'shell', client: 'curl', fence: 'bash', file: 'pets/list/curl.sh', hash: '', code: 'curl https://api.example.com/pets\n', warnings: [] }],
  };

  it('md and mdx: title, method and URL, then the description, before the snippets; the mdx compiles', async () => {
    const md = fromMarkdown(markdownDocument(source)) as Node;
    expect(md.children!.map((node) => [node.type, textOf(node)])).toEqual([
      ['heading', 'List pets'],
      ['paragraph', 'GET https://api.example.com/pets'],
      ['paragraph', 'Lists pets.'],
      ['paragraph', '<Tabs> {x} import'],
      ['heading', 'cURL'],
      ['code', 'curl https://api.example.com/pets'],
    ]);
    const mdx = mdxDocument(source);
    const tree = createProcessor().parse(mdx) as Node;
    expect(tree.children!.map((node) => [node.type, node.type === 'paragraph' || node.type === 'heading' ? textOf(node) : ''])).toEqual([
      ['mdxjsEsm', ''],
      ['heading', 'List pets'],
      ['paragraph', 'GET https://api.example.com/pets'],
      ['paragraph', 'Lists pets.'],
      ['paragraph', '<Tabs> {x} import'],
      ['mdxJsxFlowElement', ''],
    ]);
    expect(mdx).toContain('<Tabs groupId="language" queryString>');
    await expect(compile(mdx)).resolves.toBeDefined();
  });

  it('without a title (requestTitles: false) the documents start at the method and URL; a URL with backticks stays one code span', () => {
    const untitled = markdownDocument({ ...source, title: false, url: 'https://h/`a``b`' });
    expect(untitled.startsWith('``` GET https://h/`a``b` ```\n\n')).toBe(true);
    expect((fromMarkdown(untitled) as Node).children![0]).toMatchObject({ type: 'paragraph', children: [{ type: 'inlineCode', value: 'GET https://h/`a``b`' }] });
  });

  it('json carries it as is; without one, no key', () => {
    expect((JSON.parse(jsonDocument(source)) as { description: string }).description).toBe(source.description);
    expect(Object.keys(JSON.parse(jsonDocument({ ...source, description: undefined })) as object)).not.toContain('description');
  });

  it('html: escaped text, a paragraph per blank-line-separated run, line breaks kept', () => {
    const page = renderSite([{ ...source, description: 'One <b>&amp;</b>\nline two\n\n<script>alert(1)</script>', documents: [], warnings: [], source: 'x.json' }], { title: 't' })[0]!.content;
    expect(page).toContain('<p class="description">One &#60;b&#62;&#38;amp;&#60;/b&#62;<br>\nline two</p>\n<p class="description">&#60;script&#62;alert(1)&#60;/script&#62;</p>');
    expect(page).not.toContain('<script>alert(1)');
  });

  it('a spec operation\'s and a Postman item\'s description reach the documents; a request without one gets none', async () => {
    const { requests } = await renderRequests({ inputs: [join(FIXTURES_DIR, 'openapi', 'bodies.json'), join(FIXTURES_DIR, 'postman', 'api-collection.json')], formats: ['md', 'json'], targets: ['curl'] });
    const listUsers = requests.find((request) => request.id === 'users/list-users')!;
    expect(listUsers.description).toBe('Lists users, 20 per page.');
    expect(listUsers.documents.find((d) => d.format === 'md')!.content).toContain('Lists users, 20 per page.\n\n### cURL\n');
    const described = requests.filter((request) => request.operation !== undefined && request.description !== undefined);
    expect(described.length).toBeGreaterThan(0);
    for (const request of described) expect(JSON.parse(request.documents.find((d) => d.format === 'json')!.content)).toMatchObject({ description: request.description });
    const plain = requests.find((request) => request.description === undefined)!;
    expect(plain.documents.find((d) => d.format === 'md')!.content).toMatch(/^## .*\n\n`[A-Z]+ [^`\n]+`\n\n### cURL/);
  });
});
