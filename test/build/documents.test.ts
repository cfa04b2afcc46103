import { compile, createProcessor } from '@mdx-js/mdx';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { descriptionMarkdown } from '../../src/site/build/description.js';
import { fencedCodeBlock, markdownDocument, markdownHeadingText, mdxDocument, withSnippetsEscaped, type DocumentSource, loadDescriptionWriter } from '../../src/site/build/documents.js';
import { renderRequests } from '../../src/site/build/render.js';
import type { BuiltRequest, BuiltSnippet } from '../../src/site/build/types.js';
import { findTarget, targetIds } from '../../src/index.js';
import { FIXTURES_DIR, fixtures } from '../fixtures.js';

// The documents write descriptions as Markdown with a parser loaded once, as a build does.
await loadDescriptionWriter();

/** Labels that try to break out of a Markdown heading or a JSX attribute, one per target. */
const HOSTILE_LABELS = [
  'C# </TabItem> <script>alert(1)</script>',
  '{label} ${x} `tick` {/* jsx comment */}',
  `"double" 'single' \\back\\slash\\`,
  '*bold* _it_ ~~strike~~ [link](x) ![img](y) <https://a.example>',
  '&amp; &#35; &lt; &',
  '# hashes #',
  '  padded  ',
  'Ünïcödé 🐍 日本語',
  'a | b | c',
  '<!-- comment --> \\* \\',
  'line\u2028sep\u2029para ##',
];

interface Node {
  type: string;
  value?: string;
  depth?: number;
  lang?: string | null;
  name?: string | null;
  attributes?: { type: string; name: string; value: string | { type: string; value: string } | null }[];
  children?: Node[];
}

/** The code value a fenced block holds: the code less its final line ending, which a fence cannot hold. */
function fenceValue(code: string): string {
  return code.replace(/(\r\n|\n|\r)$/, '');
}

function textOf(node: Node): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

/** A JSX attribute as the component receives it: a string, or the value of its expression, evaluated. */
function attributeValue(element: Node, name: string): unknown {
  const attribute = element.attributes?.find((a) => a.name === name);
  if (attribute === undefined) throw new Error(`no ${name} attribute`);
  if (typeof attribute.value === 'string') return attribute.value;
  if (attribute.value?.type !== 'mdxJsxAttributeValueExpression') throw new Error(`unexpected ${name} attribute`);
  return new Function(`return (${attribute.value.value});`)() as unknown;
}

/** The nodes after the description's paragraphs, which must come first and read back as its text (test/build/descriptions.test.ts tests hostile ones). */
/** What a document shows above its snippets: the request's title, method and URL, and description. */
type Header = Pick<DocumentSource, 'name' | 'method' | 'url' | 'description'>;

/** Checks the title heading, the method and URL, and the description's blocks; returns the nodes after them. */
function afterHeader(children: Node[], header: Header, format: 'md' | 'mdx'): Node[] {
  expect([children[0]!.type, children[0]!.depth, textOf(children[0]!)]).toEqual(['heading', 2, header.name]);
  expect(children[1]!.children!.map((node) => [node.type, node.value])).toEqual([['inlineCode', `${header.method} ${header.url}`]]);
  const description = header.description === undefined ? '' : descriptionMarkdown(header.description, format);
  const blocks = description === '' ? 0 : (fromMarkdown(description) as Node).children!.length;
  return children.slice(2 + blocks);
}

/** Asserts a snipforge .md document reads back, with CommonMark, as exactly its description, headings and code. */
function expectMarkdownHolds(markdown: string, snippets: readonly Pick<BuiltSnippet, 'label' | 'fence' | 'code'>[], header: Header): void {
  const children = afterHeader((fromMarkdown(markdown) as Node).children!, header, 'md');
  expect(children.map((node) => node.type)).toEqual(snippets.flatMap(() => ['heading', 'code']));
  snippets.forEach((snippet, index) => {
    const heading = children[index * 2]!;
    const code = children[index * 2 + 1]!;
    expect(heading.depth).toBe(3);
    expect(textOf(heading)).toBe(snippet.label);
    expect(code.lang).toBe(snippet.fence);
    // pymdownx.snippets' own escape (`;` before `--8<--`) is the one change: MkDocs removes it again.
    expect(code.value).toBe(fenceValue(withSnippetsEscaped(snippet.code)));
  });
}

/** Asserts a snipforge .mdx document parses with MDX into the imports, the description, one Tabs and one TabItem per snippet holding exactly its code. */
function expectMdxHolds(mdx: string, snippets: readonly Pick<BuiltSnippet, 'target' | 'label' | 'fence' | 'code'>[], header: Header): void {
  const [imports, ...rest] = (createProcessor().parse(mdx) as Node).children!;
  const children = [imports!, ...afterHeader(rest, header, 'mdx')];
  expect(children.map((node) => node.type)).toEqual(['mdxjsEsm', 'mdxJsxFlowElement']);
  expect(children[0]!.value).toBe("import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';");
  const tabs = children[1]!;
  expect(tabs.name).toBe('Tabs');
  expect(tabs.attributes!.map((a) => a.name)).toEqual(['groupId', 'queryString']);
  expect(attributeValue(tabs, 'groupId')).toBe('language');
  // A bare attribute is `true`: Docusaurus keeps the chosen tab in the URL under the groupId.
  expect(tabs.attributes![1]!.value).toBeNull();
  expect(tabs.children!.map((node) => [node.type, node.name])).toEqual(snippets.map(() => ['mdxJsxFlowElement', 'TabItem']));
  snippets.forEach((snippet, index) => {
    const item = tabs.children![index]!;
    expect(item.attributes!.map((a) => a.name)).toEqual(['value', 'label']);
    expect(attributeValue(item, 'value')).toBe(snippet.target);
    expect(attributeValue(item, 'label')).toBe(snippet.label);
    expect(item.children!.map((node) => node.type)).toEqual(['code']);
    expect(item.children![0]!.lang).toBe(snippet.fence);
    expect(item.children![0]!.value).toBe(fenceValue(snippet.code));
  });
}

function documentOf(request: BuiltRequest, format: 'md' | 'mdx' | 'json'): string {
  const document = request.documents.find((d) => d.format === format);
  if (document === undefined) throw new Error(`${request.id} has no ${format} document`);
  return document.content;
}

describe.each([
  ['default labels', {}],
  ['hostile labels', Object.fromEntries(targetIds.map((id, index) => [id, HOSTILE_LABELS[index % HOSTILE_LABELS.length]!]))],
])('documents of every fixture × every target, %s', (_title, labels: Record<string, string>) => {
  let requests: BuiltRequest[];
  beforeAll(async () => {
    const rendered = await renderRequests({ inputs: [join(FIXTURES_DIR, 'requests')], formats: ['json', 'mdx', 'md'], labels });
    expect(rendered.failures).toEqual([]);
    requests = rendered.requests;
  }, 120_000);

  it('renders all fixtures, each with md, mdx and json in that order', () => {
    expect(requests.map((r) => r.name)).toEqual(fixtures.map((f) => f.request.name ?? f.name));
    for (const request of requests) {
      expect(request.documents.map((d) => [d.format, d.file])).toEqual(['md', 'mdx', 'json'].map((f) => [f, `${request.id}/snippets.${f}`]));
      expect(request.snippets.map((s) => s.label)).toEqual(targetIds.map((id) => labels[id] ?? findTarget(id)!.info.label));
    }
  });

  it('md: CommonMark reads back each label as a level-3 heading and each snippet byte for byte', () => {
    for (const request of requests) expectMarkdownHolds(documentOf(request, 'md'), request.snippets, request);
  }, 120_000);

  it('mdx: the MDX parser reads back the tabs, labels and every snippet byte for byte, and it compiles', async () => {
    for (const request of requests) {
      const mdx = documentOf(request, 'mdx');
      expectMdxHolds(mdx, request.snippets, request);
      await expect(compile(mdx)).resolves.toBeDefined();
    }
  }, 120_000);

  it('json: one object per request with the exact code of every snippet', () => {
    for (const request of requests) {
      const text = documentOf(request, 'json');
      expect(text.endsWith('}\n')).toBe(true);
      const parsed = JSON.parse(text) as unknown;
      expect(JSON.stringify(parsed, null, 2) + '\n').toBe(text);
      expect(parsed).toEqual({
        id: request.id,
        name: request.name,
        folders: request.folders,
        method: request.method,
        url: request.url,
        ...(request.description !== undefined && { description: request.description }),
        snippets: request.snippets.map((s) => ({ target: s.target, label: s.label, language: s.language, client: s.client, fence: s.fence, file: s.file, code: s.code })),
      });
    }
  });
});

describe('fenced code blocks', () => {
  const snippet = (code: string) => ({ target: 'http', label: 'HTTP', fence: 'http', code });

  it('are fenced longer than any backtick run that starts a line of the code', () => {
    const code = 'a ````` inline run\n```\n  ````\n````` x\nend\n';
    const block = fencedCodeBlock(code, 'md');
    expect(block.startsWith('``````md\n')).toBe(true);
    expect(block.endsWith('\n``````\n')).toBe(true);
    expectMarkdownHolds(`## x\n\n\`GET u\`\n\n### HTTP\n\n${block}`, [{ ...snippet(code), fence: 'md' }], { name: 'x', method: 'GET', url: 'u' });
  });

  it('use three backticks when the code has no backtick run at a line start', () => {
    expect(fencedCodeBlock('x = `a` ```b```\n', 'bash')).toBe('```bash\nx = `a` ```b```\n```\n');
  });

  it('hold code without a final newline exactly, and code with one less that newline (the same block)', () => {
    expect(fencedCodeBlock('GET / HTTP/1.1', 'http')).toBe(fencedCodeBlock('GET / HTTP/1.1\n', 'http'));
    for (const code of ['body without newline', 'body with newline\n', 'crlf\r\nbody\r\n', 'blank lines kept\n\n\n', '']) {
      const doc: DocumentSource = { id: 'x', name: 'x', folders: [], method: 'POST', url: 'u', snippets: [{ ...snippet(code), language: 'http', client: 'HTTP/1.1', file: 'x/http.http', hash: '', warnings: [] }] };
      expectMarkdownHolds(markdownDocument(doc), doc.snippets, doc);
      expectMdxHolds(mdxDocument(doc), doc.snippets, doc);
    }
  });
});

describe('labels', () => {
  const unit = fc.constantFrom(...' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~aZ09é🐍\u00a0\u2028'.match(/./gsu)!);
  const label = fc.string({ unit, minLength: 1, maxLength: 16 }).filter((text) => text.trim() !== '');

  it('read back exactly from a Markdown heading, whatever punctuation they hold', () => {
    fc.assert(
      fc.property(label, (text) => {
        const heading = (fromMarkdown(`### ${markdownHeadingText(text)}\n`) as Node).children![0]!;
        expect(heading.type).toBe('heading');
        expect(textOf(heading)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('read back exactly from an MDX TabItem attribute', () => {
    fc.assert(
      fc.property(label, (text) => {
        const snippets = [{ target: 'curl', label: text, language: 'shell', client: 'curl', fence: 'bash', file: 'x/curl.sh', hash: '', code: 'curl x\n', warnings: [] }];
        const doc: DocumentSource = { id: 'x', name: 'x', folders: [], method: 'GET', url: 'x', snippets };
        expectMdxHolds(mdxDocument(doc), snippets, doc);
      }),
      { numRuns: 200 },
    );
  });

  it('stay readable: only characters that could start Markdown syntax are escaped', () => {
    expect(['C#', 'Node.js', 'cURL', 'Objective-C', 'Python 3 (requests)'].map(markdownHeadingText)).toEqual(['C\\#', 'Node.js', 'cURL', 'Objective-C', 'Python 3 (requests)']);
    expect(markdownHeadingText('F #')).toBe('F \\#');
  });
});
