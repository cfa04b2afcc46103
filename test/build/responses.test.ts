import { compile, createProcessor } from '@mdx-js/mdx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRequests } from '../../src/site/build/render.js';
import type { BuiltRequest } from '../../src/site/build/types.js';

interface Node {
  type: string;
  name?: string;
  value?: string;
  lang?: string;
  children?: Node[];
}

const nodesOf = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(nodesOf)];

function inputs(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipforge-responses-'));
  const collection = join(dir, 'shop.postman_collection.json');
  writeFileSync(
    collection,
    JSON.stringify({
      info: { name: 'Shop', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [
        {
          id: 'get-order',
          name: 'Get an order',
          request: { method: 'GET', url: 'https://shop.test/orders/1' },
          response: [
            { name: 'Found </summary><script>x</script>', code: 200, header: [{ key: 'Content-Type', value: 'application/json; charset=utf-8' }], body: '{"id": 1, "note": "```"}' },
            { name: 'No body', code: 204, body: '' },
          ],
        },
      ],
    }),
  );
  const spec = join(dir, 'pets.json');
  const ok = { description: 'ok', content: { 'application/json': { examples: { one: { value: { id: 7, name: 'Rex' } } } } } };
  writeFileSync(
    spec,
    JSON.stringify({ openapi: '3.0.3', info: { title: 'Pets', version: '1' }, servers: [{ url: 'https://pets.test' }], paths: { '/pets/{id}': { get: { operationId: 'getPet', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { '404': { description: 'no' }, '200': ok } } } } }),
  );
  return [collection, spec];
}

const documentOf = (request: BuiltRequest, format: string) => request.documents.find((document) => document.format === format)!.content;

describe('--with-response: example responses under the snippets', () => {
  it("a Postman item's saved examples (those with a body) and a spec's 2xx example, in md, mdx and json", async () => {
    const { requests } = await renderRequests({ inputs: inputs(), targets: ['curl'], formats: ['md', 'mdx', 'json'], withResponses: true, mdFlavor: 'plain' });
    const [order, pet] = requests;
    expect(order!.responses).toEqual([{ name: 'Found </summary><script>x</script>', status: 200, contentType: 'application/json; charset=utf-8', body: '{"id": 1, "note": "```"}' }]);
    expect(pet!.responses).toEqual([{ name: '200 response', status: 200, contentType: 'application/json', body: '{\n  "id": 7,\n  "name": "Rex"\n}' }]);

    // CommonMark: the <details> block, then the body as a fenced code block (longer fence than its backticks), then </details>.
    const md = fromMarkdown(documentOf(order!, 'md')) as Node;
    const tail = md.children!.slice(-3);
    expect(tail.map((node) => node.type)).toEqual(['html', 'code', 'html']);
    expect(tail[0]!.value).toBe('<details>\n<summary>Example response: Found &#60;/summary&#62;&#60;script&#62;x&#60;/script&#62;</summary>');
    expect([tail[1]!.lang, tail[1]!.value]).toEqual(['json', '{"id": 1, "note": "```"}']);

    // MDX: a details element whose summary is a string expression; it compiles.
    const mdx = documentOf(pet!, 'mdx');
    const tree = createProcessor().parse(mdx) as Node;
    const details = nodesOf(tree).find((node) => node.type === 'mdxJsxFlowElement' && node.name === 'details')!;
    expect(nodesOf(details).filter((node) => node.type === 'code').map((node) => node.value)).toEqual([pet!.responses![0]!.body]);
    await expect(compile(mdx)).resolves.toBeDefined();
    expect(JSON.parse(documentOf(pet!, 'json'))).toMatchObject({ responses: pet!.responses });
  });

  it('MkDocs: a pymdownx.details block; without the option, no responses anywhere', async () => {
    const { requests } = await renderRequests({ inputs: inputs(), targets: ['curl'], formats: ['md', 'json'], withResponses: true });
    expect(documentOf(requests[0]!, 'md')).toContain('\n??? example "Example response: Found </summary><script>x</script>"\n\n    ```json\n    {"id": 1, "note": "```"}\n    ```\n');
    const plain = await renderRequests({ inputs: inputs(), targets: ['curl'], formats: ['md', 'json'] });
    for (const request of plain.requests) {
      expect(request.responses).toBeUndefined();
      expect(documentOf(request, 'md')).not.toContain('Example response');
      expect(JSON.parse(documentOf(request, 'json'))).not.toHaveProperty('responses');
    }
  });
});
