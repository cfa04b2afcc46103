/**
 * The README's MkDocs recipe on a real MkDocs site with the Material theme (Debian 12's mkdocs 1.4 and mkdocs-material
 * 8.2, installed by scripts/install-runtimes.sh): `snipforge build --format md` into `snippets/`, a page that includes
 * each request's `snippets.md` with pymdownx.snippets, `mkdocs build`, then the built page looked at in Chromium.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTarget } from '../../src/targets/registry.js';
import { launchChromium, run, screenshotPath, serveStatic, siteFolder, sitesMissing, SITE_TARGETS, snipforge } from './site-kit.js';

const MKDOCS = '/usr/bin/mkdocs';
const missing = sitesMissing([MKDOCS]);

/** The recipe's mkdocs.yml: Material, Pygments highlighting, and the include extension reading `snippets/`. */
const MKDOCS_YML = `site_name: Pet store API
theme:
  name: material
  features:
    - content.code.copy
markdown_extensions:
  - pymdownx.highlight
  - pymdownx.superfences
  - pymdownx.details
  - pymdownx.snippets:
      base_path: [snippets]
      check_paths: true
`;

/**
 * Python-Markdown expands every tab of the page to spaces (tab stops of 4, Python's str.expandtabs) before it parses,
 * code blocks included: a Go snippet shows, and copies, with spaces. Nothing in the Markdown can prevent it.
 */
function expandTabs(text: string): string {
  return text.replace(/[^\n]*/g, (line) => line.replace(/([^\t]*)\t/g, (_tab, before: string) => before + ' '.repeat(4 - (before.length % 4))));
}

describe.skipIf(missing !== undefined && process.env.CI !== 'true')(`MkDocs Material site${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const site = siteFolder('mkdocs');
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await snipforge(['build', site.collection, '--out', join(site.dir, 'snippets'), '--format', 'md', '-t', SITE_TARGETS.join(','), '--quiet']);
    writeFileSync(join(site.dir, 'mkdocs.yml'), MKDOCS_YML);
    mkdirSync(join(site.dir, 'docs'));
    writeFileSync(join(site.dir, 'docs', 'index.md'), '# Pets\n\n--8<-- "list-pets/snippets.md"\n\n--8<-- "create-pet/snippets.md"\n');
    await run(MKDOCS, ['build', '--strict'], site.dir);
    server = await serveStatic(join(site.dir, 'site'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/`);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site.remove();
  });

  it('shows each request: title, method and URL, description', async () => {
    expect(await page.locator('article h2').allTextContents()).toEqual([expect.stringContaining('List pets'), expect.stringContaining('Create a pet')]);
    expect(await page.locator('article p > code').allTextContents()).toEqual(expect.arrayContaining(['GET {{baseUrl}}/pets?limit=10', 'POST {{baseUrl}}/pets']));
    expect(await page.locator('article p strong').first().textContent()).toBe('pets');
  });

  /** What each `###` heading of the page shows, and the code block after it. */
  async function sections() {
    // Material adds a block's copy button once the block is in view: a viewport as tall as the page shows them all.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1280, height });
    await page.locator('article pre').last().locator('.md-clipboard').waitFor({ timeout: 5_000 }).catch(() => undefined); // the check names a block without one
    return page.$$eval('article h3', (headings) =>
      headings.map((heading) => {
        const block = heading.nextElementSibling;
        return {
          label: heading.textContent!.replace(/¶$/, '').trim(),
          code: block?.querySelector('pre code')?.textContent ?? null,
          tokens: block?.querySelectorAll('pre code span[class]:not([class=""]):not(.w):not(.n)').length ?? 0,
          copyButton: block?.querySelector('.md-clipboard') !== null,
        };
      }),
    );
  }

  const expectedSections = () =>
    ['list-pets', 'create-pet'].flatMap((id) =>
      SITE_TARGETS.map((target) => ({
        label: findTarget(target)!.info.label,
        code: expandTabs(readFileSync(join(site.dir, 'snippets', id, `${target}.${findTarget(target)!.info.extension}`), 'utf8')).replace(/\n?$/, '\n'),
      })),
    );

  it("gives every target its code, exactly, highlighted by Pygments in the target's language, with a copy button", async () => {
    const shown = await sections();
    expect(shown.map(({ code }) => code)).toEqual(expectedSections().map(({ code }) => code));
    expect(shown.filter(({ tokens }) => tokens === 0).map(({ label }) => label), "highlighted").toEqual([]);
    expect(shown.filter(({ copyButton }) => !copyButton).map(({ label }) => label), "copy buttons").toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: screenshotPath('mkdocs') });
  });

  // Python-Markdown drops a heading's trailing `#` run even without a space before it (CommonMark keeps it): the
  // documents write `### C\#`, which both show as "C#".
  it('shows each target label as its heading, C# and F# included', async () => {
    expect((await sections()).map(({ label }) => label)).toEqual(expectedSections().map(({ label }) => label));
  });
});
