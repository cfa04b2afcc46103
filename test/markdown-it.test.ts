import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { importHttpMessage } from '../src/importers/http-message/index.js';
import markdownItSnipforge, { codeGroupWriter } from '../src/integrations/markdown-it/index.js';

const MESSAGE = 'POST https://api.test/orders\nContent-Type: application/json\n\n{"sku": "A-1", "note": "```"}';
const PAGE = `# Orders\n\nCreate one:\n\n\`\`\`http snipforge\n${MESSAGE}\n\`\`\`\n\n~~~js\nconst untouched = 1;\n~~~\n`;

describe('markdown-it plugin for VitePress (snipforge/markdown-it)', () => {
  it('replaces a snipforge block by a ::: code-group of titled fences holding exactly what generate() gives, in a wrapper naming the tabs\' targets', () => {
    const rewrite = codeGroupWriter({ targets: ['curl', 'python-requests'], labels: { curl: 'Shell [bash] <b>' } });
    const page = rewrite(PAGE, 'guide/orders.md');
    const model = importHttpMessage(MESSAGE);
    const curl = generate(model, 'curl').trimEnd();
    const python = generate(model, 'python-requests').trimEnd();
    expect(page).toBe(
      '# Orders\n\nCreate one:\n\n<div class="snipforge-code-group" data-snipforge-targets="curl python-requests">\n\n' +
        `::: code-group\n\n\`\`\`bash [Shell  bash  &#60;b&#62;]\n${curl}\n\`\`\`\n\n\`\`\`python [Python]\n${python}\n\`\`\`\n\n:::\n\n</div>\n\n~~~js\nconst untouched = 1;\n~~~\n`,
    );
  });

  it('runs as a core rule after normalize, on the page markdown-it reads', () => {
    let rule: ((state: { src: string; env?: unknown }) => void) | undefined;
    markdownItSnipforge({ core: { ruler: { after: (after, name, fn) => ((rule = fn), expect([after, name]).toEqual(['normalize', 'snipforge'])) } } }, { targets: ['curl'] });
    const state = { src: PAGE, env: { relativePath: 'guide/orders.md' } };
    rule!(state);
    expect(state.src).toContain('::: code-group\n\n```bash [cURL]\ncurl ');
  });

  it('a bad block fails with the page and line; onError warn keeps it and warns', () => {
    const bad = 'Intro\n\n```http snipforge\nGET /no-host\n```\n';
    expect(() => codeGroupWriter({ targets: ['curl'] })(bad, 'guide/bad.md')).toThrow(/^guide\/bad\.md:3: snipforge block: line 1: the target "\/no-host" is a path/);
    const warnings: string[] = [];
    expect(codeGroupWriter({ targets: ['curl'], onError: 'warn', warn: (m) => warnings.push(m) })(bad, 'guide/bad.md')).toBe(bad);
    expect(warnings).toEqual([expect.stringMatching(/^guide\/bad\.md:3: snipforge block: /)]);
  });

  it('numbers lines as in the file when VitePress hands over the page without its front matter', () => {
    let rule: ((state: { src: string; env?: unknown }) => void) | undefined;
    markdownItSnipforge({ core: { ruler: { after: (_after, _name, fn) => (rule = fn) } } }, { targets: ['curl'] });
    const content = '\n# Bad\n\n```http snipforge\nGET /no-host\n```\n';
    const path = join(mkdtempSync(join(tmpdir(), 'snipforge-md-')), 'bad.md');
    writeFileSync(path, `---\r\ntitle: Bad\r\n---\r\n${content}`);
    expect(() => rule!({ src: content, env: { path, relativePath: 'bad.md' } })).toThrow(/^bad\.md:7: snipforge block: /);
    expect(() => rule!({ src: content, env: { relativePath: 'bad.md' } })).toThrow(/^bad\.md:4: snipforge block: /);
    rmSync(dirname(path), { recursive: true });
  });

  it("names Objective-C as Shiki does (objc), since VitePress leaves a fence in a language Shiki lacks unhighlighted", () => {
    const page = codeGroupWriter({ targets: ['objc-nsurlsession', 'c-libcurl'] })('```http snipforge\nGET https://api.test/\n```\n', 'x.md');
    expect(page.match(/^```\S+/gm)).toEqual(['```objc', '```c']);
  });

  it('leaves other fences alone, a snipforge-looking line inside another fence included', () => {
    const page = '````md\n```http snipforge\nGET https://h/\n```\n````\n';
    expect(codeGroupWriter({ targets: ['curl'] })(page, 'x.md')).toBe(page);
  });
});
