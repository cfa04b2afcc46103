/**
 * The README's VitePress recipe on a real VitePress 1 site: snipforge packed with `npm pack` and installed from the
 * tarball beside VitePress, so `.vitepress/config.mjs` imports `snipforge/markdown-it` as a user does; the page is the
 * inline guide (examples/inline-guide.mdx without its front matter), `vitepress build`, then the built site looked at
 * in Chromium. A second, one-page site holds a bad block and must fail to build, naming the page and the line.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { inlineRequest } from '../../src/integrations/inline-blocks.js';
import { findTarget } from '../../src/targets/registry.js';
import { launchChromium, npmInstall, ROOT, run, screenshotPath, serveStatic, siteFolder, sitesMissing, SITE_TARGETS } from './site-kit.js';

const VITEPRESS = 'vitepress@1.6.4';
const missing = sitesMissing(['npm']);

/** The guide's Markdown: the MDX page is plain Markdown once its front matter is gone. */
const GUIDE = readFileSync(join(ROOT, 'examples', 'inline-guide.mdx'), 'utf8').replace(/^---\n[\s\S]*?\n---\n+/, '');
/**
 * The page: VitePress compiles Markdown to a Vue template, where `{{authPath}}` in the prose's inline code is an
 * expression (shown empty); its `v-pre` container keeps the prose as written (fenced code is kept anyway).
 */
const PAGE = `:::: v-pre\n${GUIDE}\n::::\n\n[Next page](./next)\n`;
/** A second page, reached by the link above, to see the tab choice carried from page to page. */
const NEXT_PAGE = '# Next\n\n```http snipforge\nGET https://api.example.com/next\n```\n';

/** The requests of the guide's snipforge blocks, in page order, read the way the plugin reads them. */
function guideRequests(): Array<ReturnType<NonNullable<ReturnType<typeof inlineRequest>>>> {
  const blocks = [...GUIDE.matchAll(/^```(\S*)[ \t]*(.*)\n([\s\S]*?)\n```$/gm)];
  return blocks.flatMap(([, lang, meta, body]) => {
    const request = inlineRequest(lang, meta, body!);
    return request === undefined ? [] : [request()];
  });
}

/** The README's theme: VitePress' default one, with the tab choice shared and kept in the URL. */
const THEME = `import DefaultTheme from 'vitepress/theme';
import { syncCodeGroups } from 'snipforge/vitepress';

export default { extends: DefaultTheme, enhanceApp() { syncCodeGroups(); } };
`;

function siteConfig(): string {
  return `import markdownItSnipforge from 'snipforge/markdown-it';

export default {
  title: 'Inline guide',
  markdown: { config: (md) => md.use(markdownItSnipforge, { targets: ${JSON.stringify(SITE_TARGETS)} }) },
};
`;
}

describe.skipIf(missing !== undefined && process.env.CI !== 'true')(`VitePress 1 site${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const site = siteFolder('vitepress');
  const labels = SITE_TARGETS.map((id) => findTarget(id)!.info.label);
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // `npm pack` runs prepack (a fresh dist/), so the site gets what a user installs from npm.
    await run('npm', ['pack', '--pack-destination', site.dir, '--loglevel=error'], ROOT);
    const tarball = readdirSync(site.dir).find((name) => /^snipforge-.*\.tgz$/.test(name))!;
    await npmInstall(site.dir, [VITEPRESS, join(site.dir, tarball)]);
    for (const [root, markdown] of [
      ['docs', PAGE],
      ['broken', '---\ntitle: Broken\n---\n\n# Broken\n\n```http snipforge\nGET /no-host\n```\n'],
    ] as const) {
      mkdirSync(join(site.dir, root, '.vitepress', 'theme'), { recursive: true });
      writeFileSync(join(site.dir, root, '.vitepress', 'config.mjs'), siteConfig());
      writeFileSync(join(site.dir, root, '.vitepress', 'theme', 'index.mjs'), THEME);
      writeFileSync(join(site.dir, root, 'index.md'), markdown);
    }
    writeFileSync(join(site.dir, 'docs', 'next.md'), NEXT_PAGE);
    await run('npx', ['vitepress', 'build', 'docs'], site.dir);
    server = await serveStatic(join(site.dir, 'docs', '.vitepress', 'dist'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site.remove();
  });

  it('turns each of the 3 blocks into a code group, one tab per target, each holding exactly what generate() gives', async () => {
    await page.goto(`${server.url}/`);
    const requests = guideRequests();
    expect(requests).toHaveLength(3);
    const groups = page.locator('.vp-doc .vp-code-group');
    expect(await groups.count()).toBe(3);
    for (const [index, request] of requests.entries()) {
      const group = groups.nth(index);
      expect(await group.locator('.tabs label').allTextContents()).toEqual(labels);
      const shown = await group.locator('.blocks pre code').allTextContents();
      expect(shown).toEqual(SITE_TARGETS.map((id) => generate(request, id).replace(/\n$/, '')));
    }
    // The page's prose is kept around the groups, placeholders included.
    expect(await page.locator('.vp-doc h1').textContent()).toContain('Step 9: Get the access token');
    expect(await page.locator('.vp-doc p > code').allTextContents()).toContain('POST {{authPath}}/{{envID}}/as/token');
  });

  it('highlights every tab with Shiki (token spans of more than one colour)', async () => {
    await page.goto(`${server.url}/`);
    const unhighlighted = await page.$$eval(
      '.vp-doc .vp-code-group .blocks > div',
      (blocks, ids) =>
        blocks.flatMap((block, index) => {
          const colours = new Set([...block.querySelectorAll('pre.shiki code .line > span')].map((span) => span.getAttribute('style')));
          return colours.size < 2 ? [`block ${index} (${ids[index % ids.length]}): ${block.className}`] : [];
        }),
      SITE_TARGETS,
    );
    expect(unhighlighted).toEqual([]);
  });

  /** The label of the tab each code group on the page shows. */
  const shownTabs = (on: Page) =>
    on.$$eval('.vp-doc .vp-code-group', (groups) =>
      groups.map((group) => {
        const index = [...group.querySelectorAll('.blocks > div')].findIndex((block) => block.classList.contains('active'));
        const checked = [...group.querySelectorAll('.tabs > input')].findIndex((input) => (input as HTMLInputElement).checked);
        return index === checked ? group.querySelectorAll('.tabs > label')[index]?.textContent : `block ${index}, tab ${checked}`;
      }),
    );

  it('clicking a tab shows its code in every group of the page and puts the choice in the URL (snipforge/vitepress)', async () => {
    // A context of its own: the choice is stored for the site, and the other tests expect the first tab.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    expect(await shownTabs(page)).toEqual(['cURL', 'cURL', 'cURL']);
    const group = page.locator('.vp-doc .vp-code-group').nth(1);
    const python = SITE_TARGETS.indexOf('python-requests');
    await group.locator('.tabs label', { hasText: /^Python$/ }).click();
    await expect.poll(() => group.locator('.blocks > div').nth(python).isVisible()).toBe(true);
    expect(await group.locator('.blocks > div').nth(0).isVisible()).toBe(false);
    expect(await group.locator('.blocks > div.active').count()).toBe(1);
    await expect.poll(() => group.locator('.blocks > div.active pre code').textContent()).toBe(generate(guideRequests()[1]!, 'python-requests').replace(/\n$/, ''));
    await expect.poll(() => shownTabs(page)).toEqual(['Python', 'Python', 'Python']);
    expect(new URL(page.url()).searchParams.get('language')).toBe('python-requests');
    await page.screenshot({ path: screenshotPath('vitepress'), fullPage: true });

    // The choice goes with the reader to the next page, and a link with ?language= chooses for every group.
    await page.locator('.vp-doc a', { hasText: 'Next page' }).click();
    await expect.poll(() => page.locator('.vp-doc h1').textContent()).toContain('Next');
    await expect.poll(() => shownTabs(page)).toEqual(['Python']);
    await page.goto(`${server.url}/?language=go-native`);
    await expect.poll(() => shownTabs(page)).toEqual(['Go', 'Go', 'Go']);
    await context.close();
  });

  it('a bad block fails the build, naming the page and the line of the block', async () => {
    await expect(run('npx', ['vitepress', 'build', 'broken'], site.dir)).rejects.toThrow(/index\.md:7: snipforge block: line 1: the target "\/no-host" is a path/);
  });
});
