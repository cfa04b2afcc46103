import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import snipforgeDocusaurus from '../src/integrations/docusaurus/index.js';
import remarkSnipforge from '../src/integrations/remark/index.js';

/** The shape of the rules Docusaurus 3's content plugins add: the MDX loader inside `oneOf`, after babel. */
function docusaurusConfig() {
  const mdxLoader = (remarkPlugins: unknown[]) => ({ loader: '/site/node_modules/@docusaurus/mdx-loader/lib/index.js', options: { remarkPlugins, rehypePlugins: [], processors: { mdxProcessor: 'made without the plugin' } } });
  return {
    module: {
      rules: [
        { test: /\.css$/, use: ['style-loader'] },
        { test: /\.mdx?$/, oneOf: [{ use: [{ loader: 'babel-loader' }, mdxLoader(['docs-plugin'])] }] },
        { test: /\.mdx?$/, use: [mdxLoader([])] },
      ],
    },
  };
}

describe('the Docusaurus plugin (snipforge/docusaurus)', () => {
  it('adds the remark plugin to every MDX loader once, after the plugins already there', () => {
    const config = docusaurusConfig();
    const plugin = snipforgeDocusaurus({ siteDir: '/site' }, { targets: ['curl'] });
    plugin.configureWebpack(config);
    plugin.configureWebpack(config);
    const loaders = [config.module.rules[1]!.oneOf![0]!.use[1]!, config.module.rules[2]!.use![0]!] as unknown as { options: { remarkPlugins: unknown[]; processors?: unknown } }[];
    for (const loader of loaders) expect(loader.options.remarkPlugins.filter((p) => Array.isArray(p) && p[0] === remarkSnipforge)).toHaveLength(1);
    expect(loaders[0]!.options.remarkPlugins[0]).toBe('docs-plugin');
    expect((loaders[0]!.options.remarkPlugins[1] as unknown[])[1]).toMatchObject({ targets: ['curl'], host: 'docusaurus' });
    // Processors made before the plugin was added are dropped, so the loader makes them with it.
    for (const loader of loaders) expect(loader.options).toHaveProperty('processors', undefined);
  });

  it('builds the inputs into outDir when the site loads its content, and watches them', async () => {
    const siteDir = mkdtempSync(join(tmpdir(), 'snipforge-docusaurus-'));
    mkdirSync(join(siteDir, 'api'));
    writeFileSync(join(siteDir, 'api', 'ping.json'), JSON.stringify({ name: 'Ping', method: 'GET', url: 'https://api.test/ping' }));
    const plugin = snipforgeDocusaurus({ siteDir }, { inputs: ['api/ping.json'], targets: ['curl'], build: { targets: ['curl'] } });
    expect(plugin.getPathsToWatch()).toEqual([join(siteDir, 'api', 'ping.json')]);
    await plugin.loadContent();
    expect(readFileSync(join(siteDir, 'snippets', 'ping', 'snippets.mdx'), 'utf8')).toContain('<Tabs groupId="language" queryString>');
    // `docusaurus start` loads the content again after an input changed (the previous output kept in memory).
    writeFileSync(join(siteDir, 'api', 'ping.json'), JSON.stringify({ name: 'Ping', method: 'GET', url: 'https://api.test/ping/2' }));
    await plugin.loadContent();
    expect(readFileSync(join(siteDir, 'snippets', 'ping', 'snippets.mdx'), 'utf8')).toContain('https://api.test/ping/2');
  });

  it('refuses a bad option when the site starts, not on the first page', () => {
    expect(() => snipforgeDocusaurus({ siteDir: '/site' }, { targets: ['cobol'] })).toThrow(/unknown target "cobol"/);
  });
});
