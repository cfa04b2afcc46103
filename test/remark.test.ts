import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { generate } from '../src/index.js';
import { importHttpMessage } from '../src/importers/http-message/index.js';
import remarkSnipforge, { type RemarkSnipforgeOptions } from '../src/integrations/remark/index.js';

interface Node {
  type: string;
  name?: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  attributes?: { name: string; value: unknown }[];
  children?: Node[];
}

/** The seed's token request, written inline as a docs page would. */
const TOKEN_REQUEST = [
  '```http snipforge',
  'POST /{{envID}}/as/token HTTP/1.1',
  'Host: {{authPath}}',
  'Content-Type: application/x-www-form-urlencoded',
  '',
  'grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com',
  '```',
].join('\n');

/** The mdast after remark, before rehype: what the plugin wrote. */
async function mdast(markdown: string, path: string, options: RemarkSnipforgeOptions = {}): Promise<{ tree: Node; file: VFile }> {
  const file = new VFile({ path, value: markdown });
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkMdx } = await import('remark-mdx');
  const processor = path.endsWith('.mdx') ? unified().use(remarkParse).use(remarkMdx).use(remarkSnipforge, options) : unified().use(remarkParse).use(remarkSnipforge, options);
  const tree = (await processor.run(processor.parse(file), file)) as unknown as Node;
  return { tree, file };
}

const attributes = (node: Node) => Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value]));

describe('importHttpMessage', () => {
  it('reads the request line, headers and body; a path target takes its host from Host; a form body becomes its fields', () => {
    expect(importHttpMessage('POST /{{envID}}/as/token HTTP/1.1\nHost: {{authPath}}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=authorization_code&code={{authCode}}')).toEqual({
      method: 'POST',
      url: '{{authPath}}/{{envID}}/as/token',
      headers: [],
      body: { mode: 'urlencoded', params: [{ key: 'grant_type', value: 'authorization_code' }, { key: 'code', value: '{{authCode}}' }] },
    });
    expect(importHttpMessage('PUT https://api.test/items/1?x=1\r\nContent-Type: application/json\r\n\r\n{"a": 1}\n')).toEqual({
      method: 'PUT',
      url: 'https://api.test/items/1?x=1',
      headers: [{ name: 'Content-Type', value: 'application/json' }],
      body: { mode: 'raw', text: '{"a": 1}\n', language: 'json' },
    });
    // A form body that would not read back the same (+ where the encoder writes %20) stays raw, byte for byte.
    expect(importHttpMessage('POST https://h/\nContent-Type: application/x-www-form-urlencoded\n\na=b+c').body).toEqual({ mode: 'raw', text: 'a=b+c', language: 'text' });
    expect(importHttpMessage('GET https://h/').body).toBeUndefined();
  });

  it('refuses what is not a request message, naming the line', () => {
    expect(() => importHttpMessage('curl https://h/')).toThrow(/^line 1: expected a request line/);
    expect(() => importHttpMessage('GET /path')).toThrow(/^line 1: the target "\/path" is a path, so a Host header/);
    expect(() => importHttpMessage('GET https://h/\nX-Bad header')).toThrow(/^line 2: expected a header line/);
  });
});

describe('remark plugin (snipforge/remark)', () => {
  it('Docusaurus (.mdx): the block becomes Tabs with one TabItem per target holding exactly what generate() gives; Tabs are imported once', async () => {
    const targets = ['curl', 'python-requests', 'kotlin-okhttp'];
    const { tree } = await mdast(`# Get a token\n\n${TOKEN_REQUEST}\n\nAgain:\n\n${TOKEN_REQUEST}\n`, 'docs/token.mdx', { targets, labels: { curl: 'Shell' } });
    const [esm, ...rest] = tree.children!;
    expect([esm!.type, esm!.value]).toEqual(['mdxjsEsm', "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';"]);
    const tabs = rest.filter((node) => node.name === 'Tabs');
    expect(tabs).toHaveLength(2);
    expect(attributes(tabs[0]!)).toEqual({ groupId: 'language', queryString: null });
    const model = importHttpMessage(TOKEN_REQUEST.split('\n').slice(1, -1).join('\n'));
    expect(tabs[0]!.children!.map((item) => [item.name, attributes(item), item.children![0]!.lang, item.children![0]!.value])).toEqual(
      targets.map((target) => ['TabItem', { value: target, label: target === 'curl' ? 'Shell' : target === 'python-requests' ? 'Python' : 'Kotlin' }, expect.any(String), generate(model, target).replace(/\n$/, '')]),
    );
  });

  it('the MDX compiles, and an author who imports Tabs already gets no second import', async () => {
    const page = `import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n${TOKEN_REQUEST}\n`;
    const { tree } = await mdast(page, 'page.mdx');
    expect(tree.children!.filter((node) => node.type === 'mdxjsEsm')).toHaveLength(1);
    await expect(compile(new VFile({ path: 'page.mdx', value: `${TOKEN_REQUEST}\n` }), { remarkPlugins: [remarkSnipforge] })).resolves.toBeDefined();
  });

  it('other Markdown (.md): a fenced block per target, titled with its label; the default targets are the docs page eleven', async () => {
    const { tree } = await mdast(`${TOKEN_REQUEST}\n`, 'guide.md');
    const blocks = tree.children!;
    expect(blocks.map((node) => node.meta)).toEqual(['title="cURL"', 'title="C#"', 'title="Go"', 'title="HTTP"', 'title="Java"', 'title="jQuery"', 'title="NodeJS"', 'title="Python"', 'title="PHP"', 'title="Ruby"', 'title="Swift"']);
    expect(blocks[0]!.value).toContain("curl --location --globoff '{{authPath}}/{{envID}}/as/token'");
  });

  it('a request model in a ```snipforge block; vars from the options and the environment; credentials masked unless kept', async () => {
    const block = '```snipforge\n{"method": "GET", "url": "{{base}}/me", "headers": [{"name": "Authorization", "value": "Bearer sk_live_abcdefghijklmnop"}]}\n```\n';
    process.env['SNIPFORGE_TEST_BASE'] = 'https://api.from-env.test';
    const masked = await mdast(block, 'a.md', { targets: ['curl'], varsFromEnv: ['SNIPFORGE_TEST_BASE'], vars: { base: 'https://api.test' } });
    expect(masked.tree.children![0]!.value).toContain("'https://api.test/me'");
    expect(masked.tree.children![0]!.value).not.toContain('sk_live');
    expect(masked.file.messages.map(String)).toEqual([expect.stringMatching(/a\.md:1:1-3:4: .*masked/)]);
    const kept = await mdast(block.replace('{{base}}', '{{SNIPFORGE_TEST_BASE}}'), 'a.md', { targets: ['curl'], varsFromEnv: ['SNIPFORGE_TEST_BASE'], keepSecrets: true });
    expect(kept.tree.children![0]!.value).toContain("'https://api.from-env.test/me'");
    expect(kept.tree.children![0]!.value).toContain('sk_live_abcdefghijklmnop');
  });

  it('a request model in a ```snipforge block may be YAML; its syntax errors count lines from the block', async () => {
    const yaml = ['method: POST', 'url: https://api.test/pets', 'headers:', '  - name: X-Note', '    value: "a: b # c"', 'body:', '  mode: raw', '  text: \'{"name": "Rex"}\''].join('\n');
    const json = { method: 'POST', url: 'https://api.test/pets', headers: [{ name: 'X-Note', value: 'a: b # c' }], body: { mode: 'raw', text: '{"name": "Rex"}' } };
    const { tree } = await mdast(`\`\`\`snipforge\n${yaml}\n\`\`\`\n`, 'a.md', { targets: ['curl', 'python-requests'] });
    expect(tree.children!.map((node) => node.value)).toEqual(['curl', 'python-requests'].map((id) => generate(json as never, id).replace(/\n$/, '')));
    await expect(mdast('Intro\n\n```snipforge\nmethod: GET\nurl: [unclosed\n```\n', 'docs/y.md')).rejects.toThrow(/^snipforge block: line 2, column \d+: expected a request model as JSON or YAML: /);
    await expect(mdast('```snipforge\n- GET\n```\n', 'docs/y.md')).rejects.toThrow(/^snipforge block: expected a request model: an object with "url", as JSON or YAML$/);
  });

  it('a bad block fails the build naming the file and the line; onError warn keeps the block and warns', async () => {
    const page = '# Title\n\nText.\n\n```http snipforge\nGET /no-host\n```\n';
    await expect(mdast(page, 'docs/bad.md')).rejects.toThrow(/^snipforge block: line 1: the target "\/no-host" is a path/);
    await mdast(page, 'docs/bad.md').catch((error: { file?: string; line?: number }) => expect([error.file, error.line]).toEqual(['docs/bad.md', 5]));
    const { tree, file } = await mdast(page, 'docs/bad.md', { onError: 'warn' });
    expect(tree.children!.at(-1)).toMatchObject({ type: 'code', lang: 'http', value: 'GET /no-host' });
    expect(file.messages.map(String)).toEqual([expect.stringMatching(/^docs\/bad\.md:5:1-7:4: snipforge block: line 1: /)]);
  });

  it('leaves every other code block alone, and refuses unknown targets when configured', async () => {
    const { tree } = await mdast('```http\nGET https://h/\n```\n\n```js snipforge-not\nx\n```\n', 'a.md');
    expect(tree.children!.map((node) => node.lang)).toEqual(['http', 'js']);
    expect(() => remarkSnipforge({ targets: ['curl', 'cobol'] })).toThrow(/unknown target "cobol"/);
  });
});
