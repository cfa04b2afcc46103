import { existsSync, readFileSync } from 'node:fs';
import { fencedCodeBlock } from '../../site/build/documents.js';
import { InputError, UsageError } from '../../errors.js';
import { inlineRenderer, inlineRequest, type InlineOptions, type InlineSnippet } from '../inline-blocks.js';
import type { RequestInput } from '../../model/schema.js';
import { maskedMessage } from '../../model/secrets.js';
import { findTarget } from '../../targets/registry.js';

/** What the plugin needs of a markdown-it instance (so it works with any version that has core rules). */
interface MarkdownItLike {
  core: { ruler: { after(after: string, name: string, rule: (state: { src: string; env?: unknown }) => void): void } };
}

/** Where a block sits, for messages: VitePress passes the page's `relativePath` (or `path`) in markdown-it's env. */
function pageOf(env: unknown): string {
  const { relativePath, path } = (env ?? {}) as { relativePath?: unknown; path?: unknown };
  return typeof relativePath === 'string' ? relativePath : typeof path === 'string' ? path : 'markdown';
}

/**
 * The line of the page's file where `src` starts: VitePress hands markdown-it the page without its front matter, so
 * messages would count lines from there. Found by reading the file (`path` in env) when it ends with `src`, else 1.
 */
function firstLineOf(env: unknown, src: string): number {
  const { path } = (env ?? {}) as { path?: unknown };
  if (typeof path !== 'string' || !existsSync(path)) return 1;
  const file = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  return file.endsWith(src) ? file.slice(0, file.length - src.length).split('\n').length : 1;
}

/**
 * A markdown-it plugin for VitePress (`markdown: { config: (md) => md.use(markdownItSnipforge, { … }) }`): before
 * markdown-it reads a page, every ```` ```http snipforge ```` or ```` ```snipforge ```` block is replaced by a
 * `::: code-group` with one fenced block per target titled `[<label>]`, VitePress' own tabs. Options as for
 * `snipforge/remark`; `warn` is called for masked credentials and, with `onError: 'warn'`, for bad blocks.
 */
export default function markdownItSnipforge(md: MarkdownItLike, options: InlineOptions & { warn?: (message: string) => void } = {}): void {
  const rewrite = codeGroupWriter(options);
  // After `normalize` (line endings are LF then), before the blocks are read.
  md.core.ruler.after('normalize', 'snipforge', (state) => {
    // The file is read only for a page that may hold a block, to number its lines as the author sees them.
    if (state.src.includes('snipforge')) state.src = rewrite(state.src, pageOf(state.env), firstLineOf(state.env, state.src));
  });
}

/**
 * Returns what rewrites a page's Markdown: top-level snipforge blocks (a fence at most three spaces in) become VitePress
 * code groups; a bad block throws `page:line: snipforge block: …` (or, with `onError: 'warn'`, stays as written).
 */
export function codeGroupWriter(options: InlineOptions & { warn?: (message: string) => void } = {}): (markdown: string, page: string, firstLine?: number) => string {
  const renderer = inlineRenderer(options);
  const warn = options.warn ?? ((message: string) => console.warn(message));
  return (markdown, page, firstLine = 1) => {
    const renderBlock = renderer();
    const lines = markdown.split('\n');
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const open = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
      if (open === null || (open[2]![0] === '`' && open[3]!.includes('`'))) {
        out.push(lines[i]!);
        continue;
      }
      const [, indent, fence, info] = open as unknown as [string, string, string, string];
      let end = i + 1;
      const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      while (end < lines.length && !closing.test(lines[end]!)) end++;
      const body = lines.slice(i + 1, end).map((line) => line.slice(Math.min(indent.length, line.length - line.trimStart().length)));
      const [lang = '', ...meta] = info.trim().split(/\s+/);
      const request = inlineRequest(lang, meta.join(' '), body.join('\n'));
      const group = request === undefined ? undefined : codeGroup(request, renderBlock, `${page}:${firstLine + i}`, options.onError === 'warn', warn);
      out.push(...(group ?? lines.slice(i, end + 1)));
      i = end;
    }
    return out.join('\n');
  };
}

function codeGroup(
  request: () => RequestInput,
  renderBlock: (input: RequestInput) => { snippets: InlineSnippet[]; masked: string[] },
  where: string,
  warnOnly: boolean,
  warn: (message: string) => void,
): string[] | undefined {
  try {
    const { snippets, masked } = renderBlock(request());
    if (masked.length > 0) warn(`${where}: ${maskedMessage('the request', masked)}`);
    // A title is read up to `]`, a fence's info string ends at the line, and VitePress puts the title into its HTML as is.
    const title = (label: string) => label.replace(/[[\]\r\n]/g, ' ').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    // The wrapper names each tab's target for `syncCodeGroups` (snipforge/vitepress); a blank line ends an HTML block,
    // so markdown-it reads the group inside it as Markdown.
    return [
      `<div class="snipforge-code-group" data-snipforge-targets="${snippets.map(({ target }) => target).join(' ')}">`,
      '',
      '::: code-group',
      '',
      // Shiki's name for the language: under a name it lacks, VitePress shows the code unhighlighted.
      ...snippets.flatMap(({ target, label, fence, code }) => [...fencedCodeBlock(code, `${findTarget(target)!.info.shiki ?? fence} [${title(label)}]`).trimEnd().split('\n'), '']),
      ':::',
      '',
      '</div>',
    ];
  } catch (error) {
    if (!(error instanceof InputError || error instanceof UsageError)) throw error;
    const message = `${where}: snipforge block: ${error.message}`;
    if (!warnOnly) throw new InputError(message);
    warn(message);
    return undefined;
  }
}
