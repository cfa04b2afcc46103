/**
 * Issue 18 on a real Docusaurus 3 site: the snipforge/docusaurus plugin in docusaurus.config.js, a page in the seed's
 * style with its requests written inline (examples/inline-guide.mdx), and the plugin's build of a collection in
 * loadContent. The library is built from the sources into the site's folder as `npm run build` builds it (tsc, then
 * scripts/copy-templates.mjs), so the code checked is the code under test, loaded the way Docusaurus loads a config's
 * imports (jiti, as CommonJS); `docusaurus build`, then the built page looked at in Chromium.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { inlineFixtures } from '../fixtures.js';
import { findTarget } from '../../src/targets/registry.js';
import { launchChromium, npmInstall, ROOT, run, screenshotPath, serveStatic, siteFolder, sitesMissing, snipforge } from './site-kit.js';

const PACKAGES = ['@docusaurus/core@3.10.2', '@docusaurus/preset-classic@3.10.2', 'react@18.3.1', 'react-dom@18.3.1'];
const TARGETS = ['curl', 'python-requests', 'node-fetch'];
const missing = sitesMissing(['npm']);

describe.skipIf(missing !== undefined && process.env.CI !== 'true')(`Docusaurus 3 site with snipforge/docusaurus${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const site = siteFolder('docusaurus-plugin');
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await npmInstall(site.dir, PACKAGES);
    const library = join(site.dir, 'snipforge');
    await run('npx', ['tsc', '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(library, 'dist')], ROOT);
    // Its package.json and dependencies, as an installed package has them, before copy-templates.mjs runs the modules
    // just built (they import handlebars).
    copyFileSync(join(ROOT, 'package.json'), join(library, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(library, 'node_modules'));
    await run(process.execPath, [join(ROOT, 'scripts', 'copy-templates.mjs'), join(library, 'dist')], ROOT);
    const plugin = pathToFileURL(join(library, 'dist', 'integrations', 'docusaurus', 'index.js')).href;
    const additionalLanguages = await snipforge(['targets', '--prism', '-t', TARGETS.join(',')]);
    writeFileSync(
      join(site.dir, 'docusaurus.config.mjs'),
      `import snipforgeDocusaurus from ${JSON.stringify(plugin)};
export default {
  title: 'Guide',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  presets: [['classic', { docs: { routeBasePath: '/', sidebarPath: false }, blog: false, pages: false }]],
  plugins: [[snipforgeDocusaurus, { targets: ${JSON.stringify(TARGETS)}, inputs: ['petstore.postman_collection.json'] }]],
  themeConfig: { prism: { additionalLanguages: ${additionalLanguages.trim()} } },
};
`,
    );
    mkdirSync(join(site.dir, 'docs'));
    writeFileSync(join(site.dir, 'docs', 'token.mdx'), readFileSync(join(ROOT, 'examples', 'inline-guide.mdx'), 'utf8').replace('---\ntitle:', '---\nslug: /\ntitle:'));
    await run('npx', ['docusaurus', 'build', '--config', 'docusaurus.config.mjs'], site.dir);
    server = await serveStatic(join(site.dir, 'build'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (process.env.SNIPFORGE_KEEP_SITE === undefined) site.remove();
  });

  it('turns each block written inline into tabs holding exactly what generate() gives, highlighted', async () => {
    await page.goto(`${server.url}/`);
    const containers = page.locator('.tabs-container');
    expect(await containers.count()).toBe(inlineFixtures.length);
    for (const [index, fixture] of inlineFixtures.entries()) {
      const container = containers.nth(index);
      expect(await container.locator('[role=tab]').allTextContents()).toEqual(TARGETS.map((id) => findTarget(id)!.info.label));
      for (const [tab, target] of TARGETS.entries()) {
        await container.locator('[role=tab]').nth(tab).click();
        const code = container.locator('[role=tabpanel]:not([hidden]) pre code');
        // Prism writes each line as a block of its own: the text, lines joined, is the snippet.
        const lines = await code.locator('.token-line').allTextContents();
        expect(lines.join('\n').trimEnd(), `${fixture.name} · ${target}`).toBe(generate(fixture.request, target).trimEnd());
        expect(await code.locator('span.token:not(.plain)').count(), `${fixture.name} · ${target} highlighted`).toBeGreaterThan(0);
      }
    }
    await page.screenshot({ path: screenshotPath('docusaurus-inline'), fullPage: true });
  });

  it("builds the collection given as inputs in loadContent, into snippets/", () => {
    expect(existsSync(join(site.dir, 'snippets', 'list-pets', 'snippets.mdx'))).toBe(true);
    expect(readFileSync(join(site.dir, 'snippets', 'create-pet', 'snippets.mdx'), 'utf8')).toContain('<Tabs groupId="language" queryString>');
  });
});
