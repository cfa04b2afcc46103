/**
 * `build --format md --md-flavor`: each site generator's syntax in request data is shown as text by that generator.
 * Neither Jekyll nor Hugo runs here, so their readers are transcribed from their sources as oracles: Liquid's two
 * tokenizers (the regex one of Liquid ≤ 5.4, the byte scanner of 5.5+) with the `raw` tag and string output, and
 * Hugo's page lexer (parser/pageparser: shortcode delimiters and the comment form). Each oracle throws where the
 * generator would run something (any other tag, variable or shortcode) or fail.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldSyntax, markdownDocument, mdFlavorWarnings, withLiquidRaw, withShortcodesEscaped, type DocumentSource, loadDescriptionWriter } from '../../src/site/build/documents.js';
import { run } from '../../src/cli/main.js';

// The documents write descriptions as Markdown with a parser loaded once, as a build does.
await loadDescriptionWriter();

const HOSTILE_CODE = [
  'curl https://x.test/{% include_relative _config.yml %}',
  '{% endraw %}{%- endraw -%}{% endraw x %}',
  '{{ site.github.token }} {{{% raw %} {{% endraw %}',
  '{{ unclosed {%',
  'ends in a brace {',
  '%} {%} {{%}} }}',
  '{{< param "secret" >}} {{% readfile "/etc/passwd" %}} {{</* already a comment */>}}',
  '{{<>}} {{< a {{% b %}} >}}\n{{< multi\nline >}}',
].join('\n');

function request(code: string, description?: string): DocumentSource {
  return {
    id: 'users/list',
    name: 'List',
    folders: [],
    method: 'GET',
    url: 'https://x.test/',
    ...(description !== undefined && { description }),
    snippets: [{ target: 'curl', label: 'cURL', language: 'bash', client: 'curl', fence: 'bash', file: 'users/list/curl.sh', hash: '', code, warnings: [] }],
  };
}

// --- Liquid -------------------------------------------------------------------------------------------------------

/** Liquid ≤ 5.4: `source.split(TemplateParser)` (lib/liquid.rb). */
function regexTokens(source: string): string[] {
  return source.split(/(\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}?|\{%|\{\{)/).filter((token) => token !== '');
}

/** Liquid 5.5+: Tokenizer#next_token and its text, variable and tag scanners, byte by byte. */
function scannerTokens(source: string): string[] {
  const tokens: string[] = [];
  let pos = 0;
  const tagEnd = (from: number) => {
    const at = source.indexOf('%}', from);
    return at === -1 ? undefined : at + 2;
  };
  while (pos < source.length) {
    const start = pos;
    if (source[pos] === '{' && source[pos + 1] === '%') {
      const end = tagEnd(pos + 2);
      tokens.push(end === undefined ? '{%' : source.slice(start, end));
      pos = end ?? pos + 2;
    } else if (source[pos] === '{' && source[pos + 1] === '{') {
      pos += 2;
      let token: string | undefined;
      let a: string | undefined = source[pos++];
      let b: string | undefined = a;
      while (b !== undefined) {
        while (a !== undefined && a !== '}' && a !== '{') a = source[pos++];
        if (a === undefined) break;
        if (pos >= source.length) {
          token = a === '}' ? source.slice(start, pos) : '{{';
          break;
        }
        b = source[pos++];
        if (a === '}') {
          if (b !== '}') pos--;
          token = source.slice(start, pos);
          break;
        } else if (a === '{' && b === '%') {
          const end = tagEnd(pos);
          pos = end ?? source.length;
          token = source.slice(start, pos);
          break;
        }
        a = b;
      }
      tokens.push(token ?? '{{');
    } else {
      const next = source.slice(pos).search(/\{[{%]/);
      pos = next === -1 ? source.length : pos + next;
      tokens.push(source.slice(start, pos));
    }
  }
  return tokens;
}

/** Renders tokens allowing only `raw` blocks and `{{ "string" }}` output; anything else would run, so it throws. */
function liquidRender(tokens: string[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.startsWith('{%')) {
      const tag = /^\{%-?\s*(\w+)\s*([\s\S]*?)-?%\}$/.exec(token);
      if (tag?.[1] !== 'raw' || tag[2] !== '') throw new Error(`Liquid would run the tag ${JSON.stringify(token)}`);
      // Raw#parse: every token up to the first whose last tag is endraw, with the text before that tag.
      for (i++; ; i++) {
        if (i >= tokens.length) throw new Error("'raw' tag was never closed");
        const inner = /^([\s\S]*)\{%-?\s*(\w+)\s*([\s\S]*)?-?%\}$/.exec(tokens[i]!);
        if (inner?.[2] === 'endraw') {
          out += inner[1];
          break;
        }
        out += tokens[i];
      }
    } else if (token.startsWith('{{')) {
      const string = /^\{\{ "([^"]*)" \}\}$/.exec(token);
      if (string === null) throw new Error(`Liquid would output ${JSON.stringify(token)}`);
      out += string[1];
    } else {
      out += token;
    }
  }
  return out;
}

describe('--md-flavor jekyll', () => {
  const renderers = [
    ['Liquid ≤ 5.4', (source: string) => liquidRender(regexTokens(source))],
    ['Liquid 5.5+', (source: string) => liquidRender(scannerTokens(source))],
  ] as const;

  it.each(renderers)('%s reads the document back byte for byte, whatever Liquid the request data holds', (_name, render) => {
    const plain = markdownDocument(request(HOSTILE_CODE, 'Uses {% include secrets.md %} and {{ site.url }}.'), 'plain');
    // The oracle is not blind: the unescaped document would run tags.
    expect(() => render(plain)).toThrow(/Liquid would (run|output)/);
    const jekyll = markdownDocument(request(HOSTILE_CODE, 'Uses {% include secrets.md %} and {{ site.url }}.'), 'jekyll');
    expect(jekyll.startsWith('{% raw %}\n')).toBe(true);
    expect(render(jekyll)).toBe(`\n${plain}\n`);
  });

  it.each(renderers)('%s reads back random text of braces, percent signs, quotes and tag words', (_name, render) => {
    const alphabet = ['{', '%', '}', '{%', '%}', '{{', '"', ' ', '\n', '-', 'endraw', 'raw', 'x'];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + random(24) }, () => alphabet[random(alphabet.length)]).join('');
      expect(render(withLiquidRaw(text)), JSON.stringify(text)).toBe(`\n${text}\n`);
    }
  });

  it('writes a long run of braces in linear time', () => {
    const text = `${'{'.repeat(200_000)}%${'{%'.repeat(50_000)}`;
    const started = performance.now();
    expect(liquidRender(regexTokens(withLiquidRaw(text))) === `\n${text}\n`).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

// --- Hugo ---------------------------------------------------------------------------------------------------------

/** lexMainSection and lexShortcodeComment (parser/pageparser): the text Hugo shows; throws at a shortcode it would run. */
function hugoRender(document: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const found = [
      { open: '{{<', close: '>}}', at: document.indexOf('{{<', pos) },
      { open: '{{%', close: '%}}', at: document.indexOf('{{%', pos) },
    ]
      .filter(({ at }) => at !== -1)
      .sort((a, b) => a.at - b.at)[0];
    if (found === undefined) return out + document.slice(pos);
    out += document.slice(pos, found.at);
    const after = found.at + 3;
    if (!document.startsWith('/*', after)) throw new Error(`Hugo would run the shortcode at ${JSON.stringify(document.slice(found.at, found.at + 30))}`);
    const rightComment = document.indexOf(`*/${found.close}`, after);
    if (rightComment === -1 || rightComment - after <= 1) throw new Error('comment must be closed');
    out += found.open + document.slice(after + 2, rightComment) + found.close;
    pos = rightComment + 2 + found.close.length;
  }
}

describe('--md-flavor hugo', () => {
  it('Hugo shows every shortcode of request data as written, in the comment form', () => {
    const plain = markdownDocument(request(HOSTILE_CODE), 'plain');
    expect(() => hugoRender(plain)).toThrow(/Hugo would run/);
    const hugo = markdownDocument(request(HOSTILE_CODE), 'hugo');
    expect(hugo).toContain('{{</* param "secret" */>}}');
    expect(hugoRender(hugo)).toBe(plain);
  });

  it('reads back random text of delimiters and comment markers, and reports each opening it cannot close', () => {
    const alphabet = ['{{', '{', '<', '%', '>', '}}', '}', '/*', '*/', '/', '*', ' ', '\n'];
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let unclosedSeen = 0;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + random(16) }, () => alphabet[random(alphabet.length)]).join('');
      const { text: escaped, unclosed } = withShortcodesEscaped(text);
      if (unclosed.length > 0) {
        unclosedSeen++;
        // Hugo fails on it whatever is done: nothing runs, the page is not built.
        expect(() => hugoRender(escaped), JSON.stringify(text)).toThrow();
      } else {
        expect(hugoRender(escaped), JSON.stringify(text)).toBe(text);
      }
    }
    expect(unclosedSeen).toBeGreaterThan(0);
  });

  it('escapes many shortcodes of one kind after an unclosed one of the other in linear time', () => {
    const text = `${'{{% x %}}'.repeat(50_000)}{{<${'{{< y'.repeat(50_000)}`;
    const started = performance.now();
    expect(withShortcodesEscaped(text).unclosed).toHaveLength(50_001);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

// --- every flavour --------------------------------------------------------------------------------------------------

describe('md flavours', () => {
  it('mkdocs is the default and the only one with the pymdownx.snippets escape; plain changes nothing', () => {
    const code = '--8<-- "/etc/hostname"\n{% include x %}';
    expect(markdownDocument(request(code))).toBe(markdownDocument(request(code), 'mkdocs'));
    expect(markdownDocument(request(code), 'mkdocs')).toContain(';--8<-- "/etc/hostname"');
    expect(markdownDocument(request(code), 'plain')).toBe('## List\n\n`GET https://x.test/`\n\n### cURL\n\n```bash\n--8<-- "/etc/hostname"\n{% include x %}\n```\n');
    // A description's code block is Markdown now: it gets the escape too.
    expect(markdownDocument(request('x', '```\n--8<-- "/etc/hostname"\n```'), 'mkdocs')).toContain('```\n;--8<-- "/etc/hostname"\n```');
    expect(markdownDocument(request(code), 'hugo')).toBe(markdownDocument(request(code), 'plain'));
  });

  it('warns, in every flavour, of the syntax of the other site generators that request data holds', () => {
    // What a build keeps of each request it renders: the syntax its md data holds.
    const held = (source: DocumentSource) => ({ id: source.id, held: heldSyntax(source) });
    const requests = [
      { ...request('--8<-- "/etc/hostname"'), id: 'a' },
      { ...request('x'), id: 'b', description: 'see {% include x %}' },
      { ...request('{{< param "x" >}}'), id: 'c' },
      { ...request('{{< param "x" >}} {% if %}'), id: 'd' },
      { ...request('{{ baseUrl }} {{token}}'), id: 'e' },
    ].map(held);
    const mkdocs = mdFlavorWarnings(requests, 'mkdocs');
    expect(mkdocs).toEqual([
      'md: 2 requests (first: b) hold a Liquid tag or site variable ({% … %}, {{ site.… }}), which Jekyll would run in a code block; for a Jekyll site build with --md-flavor jekyll',
      'md: 2 requests (first: c) hold a Hugo shortcode ({{< … >}}, {{% … %}}), which Hugo would run in a code block; for a Hugo site build with --md-flavor hugo',
    ]);
    expect(mdFlavorWarnings(requests, 'plain')).toEqual([
      'md: request a holds a pymdownx.snippets include line (--8<--), which MkDocs would replace with a local file in a code block; for a MkDocs site build with --md-flavor mkdocs',
      ...mkdocs,
    ]);
    expect(mdFlavorWarnings(requests, 'jekyll')).toEqual([mdFlavorWarnings(requests, 'plain')[0], mkdocs[1]]);
    expect(mdFlavorWarnings([held({ ...request('{{< never closed'), id: 'f' })], 'hugo')).toEqual([
      'md: request f holds a Hugo shortcode opening ({{< or {{%) with no closing one: Hugo has no escape for it and fails to build that page',
    ]);
  });

  it('build --md-flavor writes the documents for that generator and prints the warnings; an unknown flavour is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-md-flavor-'));
    const input = join(dir, 'ping.json');
    writeFileSync(input, JSON.stringify({ name: 'Ping', method: 'POST', url: 'https://x.test/', body: { mode: 'raw', text: '{% include secrets.md %} {{< param "k" >}}' } }));
    const cli = async (...argv: string[]) => {
      let stderr = '';
      const code = await run(['build', input, '--out', join(dir, 'out'), '-t', 'curl', '-f', 'md', ...argv], { stdout: () => {}, stderr: (text) => (stderr += text) });
      return { code, stderr };
    };
    const jekyll = await cli('--md-flavor', 'jekyll');
    expect(jekyll.code).toBe(0);
    expect(jekyll.stderr).toContain('warning: md: request ping holds a Hugo shortcode');
    expect(jekyll.stderr).not.toContain('Jekyll would run');
    const document = readFileSync(join(dir, 'out', 'ping', 'snippets.md'), 'utf8');
    const ping = { ...request(readFileSync(join(dir, 'out', 'ping', 'curl.sh'), 'utf8')), name: 'Ping', method: 'POST' };
    expect(liquidRender(scannerTokens(document))).toBe(`\n${markdownDocument(ping, 'plain')}\n`);

    const unknown = await cli('--md-flavor', 'docsify');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/md-flavor.*docsify/);
  });
});
