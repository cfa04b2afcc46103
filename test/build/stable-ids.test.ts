import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { build } from '../../src/index.js';

/** A Postman export as Postman writes it: every item has an `id`. */
function collection(name: string): object {
  return {
    info: { name: 'Shop', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [
      {
        id: 'f0a1c2d3-folder',
        name: 'Orders',
        item: [{ id: '3b1f6c0e-7a2d-4c51-9e0b-5d8f2a6c1e47', name, request: { method: 'GET', url: 'https://shop.test/orders' } }],
      },
      { name: 'No id', request: { method: 'GET', url: 'https://shop.test/ping' } },
    ],
  };
}

function writeCollection(dir: string, name: string): string {
  const path = join(dir, 'shop.postman_collection.json');
  writeFileSync(path, JSON.stringify(collection(name)));
  return path;
}

const manifestOf = (outDir: string) => JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as { requests: { id: string; name: string }[] };

describe('stable request ids', () => {
  it("follow a Postman item's id, so renaming a request changes its title, not its id or paths", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-ids-'));
    const outDir = join(dir, 'out');
    await build({ inputs: [writeCollection(dir, 'List orders')], outDir, targets: ['curl'], formats: ['md', 'html'] });
    const before = manifestOf(outDir).requests.map(({ id, name }) => [id, name]);
    expect(before).toEqual([
      ['3b1f6c0e-7a2d-4c51-9e0b-5d8f2a6c1e47', 'List orders'],
      ['no-id', 'No id'],
    ]);

    await build({ inputs: [writeCollection(dir, 'All orders, newest first')], outDir, targets: ['curl'], formats: ['md', 'html'] });
    expect(manifestOf(outDir).requests.map(({ id, name }) => [id, name])).toEqual([
      ['3b1f6c0e-7a2d-4c51-9e0b-5d8f2a6c1e47', 'All orders, newest first'],
      ['no-id', 'No id'],
    ]);
    expect(readFileSync(join(outDir, '3b1f6c0e-7a2d-4c51-9e0b-5d8f2a6c1e47', 'snippets.md'), 'utf8')).toMatch(/^## All orders, newest first\n/);
    // The HTML page's anchors are the same ids: a link to a request survives a rename and an added request.
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(page).toContain('<article class="request" id="3b1f6c0e-7a2d-4c51-9e0b-5d8f2a6c1e47">');
    expect(page).toContain('<a href="#3b1f6c0e-7a2d-4c51-9e0b-5d8f2a6c1e47">');
  });

  it('--id-from name: folders and name, as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-ids-'));
    const input = writeCollection(dir, 'List orders');
    const outDir = join(dir, 'out');
    let stderr = '';
    const code = await run(['build', input, '--out', outDir, '-t', 'curl', '-f', 'json', '--id-from', 'name', '-q'], { stdout: () => {}, stderr: (text) => (stderr += text) });
    expect(code, stderr).toBe(0);
    expect(manifestOf(outDir).requests.map(({ id }) => id)).toEqual(['orders/list-orders', 'no-id']);

    const generated = join(dir, 'generated');
    expect(await run(['generate', input, '--out', generated, '-t', 'curl'], { stdout: () => {}, stderr: () => {} })).toBe(0);
    expect(readFileSync(join(generated, '3b1f6c0e-7a2d-4c51-9e0b-5d8f2a6c1e47', 'curl.sh'), 'utf8')).toContain('https://shop.test/orders');
    const bad = await run(['build', input, '--out', outDir, '--id-from', 'uuid'], { stdout: () => {}, stderr: (text) => (stderr = text) });
    expect(bad).toBe(2);
    expect(stderr).toMatch(/id-from/);
  });
});
