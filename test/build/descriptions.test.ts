import { compile, createProcessor } from '@mdx-js/mdx';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonDocument, markdownDocument, markdownText, mdxDocument, textParagraphs, type DocumentSource } from '../../src/build/documents.js';
import { renderRequests } from '../../src/build/render.js';
import { renderSite } from '../../src/preview/page.js';
import { FIXTURES_DIR } from '../fixtures.js';

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
];

/** What a description reads back as: each paragraph's lines, joined as Markdown joins them (a line ending each). */
const expectedParagraphs = (text: string) => textParagraphs(text).map((lines) => lines.join('\n'));

function markdownParagraphs(markdown: string): string[] {
  const tree = fromMarkdown(markdown) as Node;
  expect(tree.children!.map((node) => node.type)).toEqual(tree.children!.map(() => 'paragraph'));
  return tree.children!.map(textOf);
}

function mdxParagraphs(mdx: string): string[] {
  const tree = createProcessor().parse(mdx) as Node;
  expect(tree.children!.map((node) => node.type)).toEqual(tree.children!.map(() => 'paragraph'));
  return tree.children!.map(textOf);
}

describe('descriptions as Markdown and MDX text', () => {
  it('read back as exactly their paragraphs, whatever syntax they hold, and the MDX compiles', async () => {
    for (const description of HOSTILE) {
      const text = markdownText(description);
      expect(markdownParagraphs(text), description).toEqual(expectedParagraphs(description));
      expect(mdxParagraphs(text), description).toEqual(expectedParagraphs(description));
      await expect(compile(text)).resolves.toBeDefined();
      // pymdownx.snippets includes a file for a line holding `--8<--`: every `<` is escaped, so no line can.
      expect(text).not.toMatch(/8</);
    }
  });

  it('read back for any text drawn from Markdown, MDX and whitespace characters', () => {
    const unit = fc.constantFrom(...' \t\n\r\v\f!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~aZ09é🐍\u00a0\u2028'.match(/./gsu)!, 'import ', 'export ', ':::', '```');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (description) => {
        const text = markdownText(description);
        expect(markdownParagraphs(text)).toEqual(expectedParagraphs(description));
        expect(mdxParagraphs(text)).toEqual(expectedParagraphs(description));
      }),
      { numRuns: 400 },
    );
  });

  it('stay readable: plain prose is unchanged, blank lines separate paragraphs', () => {
    expect(markdownText('Returns the pets a user owns, 20 per page (see the page parameter).')).toBe('Returns the pets a user owns, 20 per page (see the page parameter).');
    expect(markdownText('\n\nFirst line\nsecond line\n \t\n\n\nNext paragraph.\n')).toBe('First line\nsecond line\n\nNext paragraph.');
  });
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

  it('md and mdx: the paragraphs come before the snippets; the mdx compiles', async () => {
    const md = fromMarkdown(markdownDocument(source)) as Node;
    expect(md.children!.map((node) => [node.type, textOf(node)])).toEqual([['paragraph', 'Lists pets.'], ['paragraph', '<Tabs> {x} import'], ['heading', 'cURL'], ['code', 'curl https://api.example.com/pets']]);
    const mdx = mdxDocument(source);
    const tree = createProcessor().parse(mdx) as Node;
    expect(tree.children!.map((node) => [node.type, node.type === 'paragraph' ? textOf(node) : ''])).toEqual([['mdxjsEsm', ''], ['paragraph', 'Lists pets.'], ['paragraph', '<Tabs> {x} import'], ['mdxJsxFlowElement', '']]);
    await expect(compile(mdx)).resolves.toBeDefined();
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
    expect(listUsers.documents.find((d) => d.format === 'md')!.content.startsWith('Lists users, 20 per page.\n\n### cURL\n')).toBe(true);
    const described = requests.filter((request) => request.operation !== undefined && request.description !== undefined);
    expect(described.length).toBeGreaterThan(0);
    for (const request of described) expect(JSON.parse(request.documents.find((d) => d.format === 'json')!.content)).toMatchObject({ description: request.description });
    const plain = requests.find((request) => request.description === undefined)!;
    expect(plain.documents.find((d) => d.format === 'md')!.content.startsWith('### cURL')).toBe(true);
  });
});
