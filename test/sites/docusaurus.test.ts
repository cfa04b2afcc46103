/**
 * The README's Docusaurus recipe on a real Docusaurus 3 site: installed from npm into a temp folder, the snippets built
 * with `snipforge build --format mdx` into `snippets/` beside `docs/`, `prism.additionalLanguages` from `snipforge
 * targets --prism`, `docusaurus build`, then the built site looked at in Chromium.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUSAURUS_BUNDLED_PRISM, PRISM_REQUIRES } from '../../src/cli/prism.js';
import { findTarget, targetIds } from '../../src/targets/registry.js';
import { launchChromium, npmInstall, run, screenshotPath, serveStatic, siteFolder, sitesMissing, SITE_TARGETS, snipforge } from './site-kit.js';

/** Exact versions found to work together (Docusaurus 3.9 fails to build with the webpack 5 that npm resolves today). */
const PACKAGES = ['@docusaurus/core@3.10.2', '@docusaurus/preset-classic@3.10.2', 'react@18.3.1', 'react-dom@18.3.1'];
const missing = sitesMissing(['npm']);

describe.skipIf(missing !== undefined && process.env.CI !== 'true')(`Docusaurus 3 site${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const site = siteFolder('docusaurus');
  const labels = new Map(SITE_TARGETS.map((id) => [id, findTarget(id)!.info.label]));
  let additionalLanguages: string[];
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await npmInstall(site.dir, PACKAGES);
    await snipforge(['build', site.collection, '--out', join(site.dir, 'snippets'), '--format', 'mdx', '-t', SITE_TARGETS.join(','), '--quiet']);
    additionalLanguages = JSON.parse(await snipforge(['targets', '--prism', '-t', SITE_TARGETS.join(',')])) as string[];
    writeFileSync(
      join(site.dir, 'docusaurus.config.js'),
      `export default {
  title: 'Pet store API',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  presets: [['classic', { docs: { routeBasePath: '/', sidebarPath: false }, blog: false, pages: false }]],
  themeConfig: { prism: { additionalLanguages: ${JSON.stringify(additionalLanguages)} } },
};
`,
    );
    mkdirSync(join(site.dir, 'docs'));
    writeFileSync(
      join(site.dir, 'docs', 'pets.mdx'),
      `---
title: Pets
slug: /
---
import ListPets from '@site/snippets/list-pets/snippets.mdx';
import CreatePet from '@site/snippets/create-pet/snippets.mdx';

<ListPets />

<CreatePet />
`,
    );
    await run('npx', ['docusaurus', 'build'], site.dir);
    server = await serveStatic(join(site.dir, 'build'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site.remove();
  });

  it('targets --prism lists what the installed Prism lacks, each after the component it extends', () => {
    const require = createRequire(join(site.dir, 'package.json'));
    const { Prism } = require('prism-react-renderer') as { Prism: { languages: Record<string, unknown> } };
    const components = (require('prismjs/components.json') as { languages: Record<string, { require?: string | string[] }> }).languages;
    for (const language of DOCUSAURUS_BUNDLED_PRISM) expect(Prism.languages, language).toHaveProperty(language);
    const prismNames = [...new Set(targetIds.map((id) => findTarget(id)!.info.prism))];
    for (const language of prismNames) {
      expect(components, `${language} is a prismjs component`).toHaveProperty(language);
      if (DOCUSAURUS_BUNDLED_PRISM.includes(language)) continue;
      expect(Prism.languages, `${language} is not bundled`).not.toHaveProperty(language);
      // What the component requires must be bundled, listed first, or (markup-templating) loaded by Docusaurus for php.
      const required = [components[language]!.require ?? []].flat().filter((name) => !DOCUSAURUS_BUNDLED_PRISM.includes(name) && !(language === 'php' && name === 'markup-templating'));
      expect(PRISM_REQUIRES[language] ?? [], language).toEqual(required);
    }
    expect(additionalLanguages).toEqual(['bash', 'csharp', 'http', 'java', 'php', 'ruby', 'powershell', 'r', 'elixir', 'dart', 'clojure', 'crystal', 'erlang', 'fsharp', 'lua', 'ocaml', 'perl']);
  });

  it('shows each request: title, method and URL, description, then its tabs', async () => {
    await page.goto(`${server.url}/`);
    expect(await page.locator('article h2').allTextContents()).toEqual(['List pets', 'Create a pet'].map((title) => expect.stringContaining(title)));
    const inlineCode = await page.locator('article p > code').allTextContents();
    expect(inlineCode).toEqual(expect.arrayContaining(['GET {{baseUrl}}/pets?limit=10', 'POST {{baseUrl}}/pets']));
    expect(await page.locator('article p strong').first().textContent()).toBe('pets');
    const tabLists = page.locator('.tabs-container [role=tablist]');
    expect(await tabLists.count()).toBe(2);
    for (const tabList of await tabLists.all()) {
      expect(await tabList.locator('[role=tab]').allTextContents()).toEqual(SITE_TARGETS.map((id) => labels.get(id)));
    }
  });

  it('highlights the code of every tab with Prism', async () => {
    await page.goto(`${server.url}/`);
    const unhighlighted = await page.$$eval('.tabs-container', (containers, ids) =>
      containers.flatMap((container, request) =>
        [...container.querySelectorAll('[role=tabpanel]')].flatMap((panel, index) => {
          const tokens = panel.querySelectorAll('pre code span.token:not(.plain)');
          return tokens.length === 0 ? [`request ${request}, ${ids[index]}: ${panel.querySelector('pre')?.className}`] : [];
        }),
      ),
    SITE_TARGETS);
    expect(unhighlighted).toEqual([]);
    expect(await page.locator('.tabs-container [role=tabpanel]').count()).toBe(2 * SITE_TARGETS.length);
  });

  it('a tab chosen on one request switches the other, and the URL keeps it', async () => {
    await page.goto(`${server.url}/`);
    const tabLists = page.locator('.tabs-container [role=tablist]');
    await tabLists.nth(0).locator('[role=tab]', { hasText: labels.get('rust-reqwest') }).click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('?language=rust-reqwest');
    await expect.poll(() => tabLists.nth(1).locator('[role=tab][aria-selected=true]').textContent(), { timeout: 15_000 }).toBe(labels.get('rust-reqwest'));

    // The static HTML has the first tab chosen; the query string applies once React has hydrated the page.
    await page.goto(`${server.url}/?language=r-httr2`);
    for (const tabList of await tabLists.all()) {
      await expect.poll(() => tabList.locator('[role=tab][aria-selected=true]').textContent(), { timeout: 15_000 }).toBe(labels.get('r-httr2'));
    }
    for (const tabList of await tabLists.all()) await tabList.locator('[role=tab][aria-selected=true]').scrollIntoViewIfNeeded(); // the tab row scrolls sideways
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('docusaurus'), fullPage: true });
  });
});
