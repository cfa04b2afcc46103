import { trimCharsEnd, trimCharsStart } from '../../text.js';
import { contentHash } from './hash.js';
import type { ExampleResponse } from '../../importers/types.js';
import type { BuildFormat, BuiltDocument, BuiltRequest, MdFlavor } from './types.js';

/** What the documents of a request are made from. */
export type DocumentSource = Pick<BuiltRequest, 'id' | 'name' | 'folders' | 'method' | 'url' | 'description' | 'responses' | 'snippets'> & {
  /** false: no `##` title heading, for a page that has its own (build's `requestTitles: false`, `--no-request-titles`). */
  title?: false;
};

/** Formats with a document per request; the others (html, the specs written back) are one per site or per spec. */
const renderers: Partial<Record<BuildFormat, (request: DocumentSource, mdFlavor: MdFlavor) => string>> = {
  md: markdownDocument,
  mdx: mdxDocument,
  json: jsonDocument,
};

/** `<id>/snippets.<format>` for each per-request format asked for. */
export function requestDocuments(request: DocumentSource, formats: readonly BuildFormat[], mdFlavor: MdFlavor = 'mkdocs'): BuiltDocument[] {
  return formats.flatMap((format) => {
    const renderer = renderers[format];
    if (renderer === undefined) return [];
    const content = renderer(request, mdFlavor);
    return [{ format, file: `${request.id}/snippets.${format}`, hash: contentHash(content), content }];
  });
}

/**
 * The request's title as a `##` heading, its method and URL, its description (Markdown, see descriptionMarkdown), then
 * a `###` heading with the target's label and a fenced code block per target, with the escapes of the site generator
 * it is for.
 */
export function markdownDocument(request: DocumentSource, flavor: MdFlavor = 'mkdocs'): string {
  const code = flavor === 'mkdocs' ? withSnippetsEscaped : (text: string) => text;
  const snippets = request.snippets.map((snippet) => `### ${markdownHeadingText(snippet.label)}\n\n${fencedCodeBlock(code(snippet.code), snippet.fence)}`).join('\n');
  // A description may hold code blocks now: pymdownx.snippets would read an include line in one too.
  const document = code(requestHeader(request, 'md')) + snippets + code(markdownResponses(request, flavor));
  return flavor === 'jekyll' ? withLiquidRaw(document) : flavor === 'hugo' ? withShortcodesEscaped(document).text : document;
}

/**
 * Jekyll reads an included .md file as a Liquid template: `{% include … %}` would put a file of the site in, `{{ site.… }}`
 * its settings. The document goes inside `{% raw %}…{% endraw %}`, where only an `endraw` tag acts; so that none can
 * occur there, each run of `{` ending in `%` in it is cut out and written as Liquid output outside the raw block, one
 * `{{ "{" }}` per brace and the `%` as text, so the braces and the percent sign are never next to each other in the
 * template (Liquid 5.5's tokenizer starts a tag at a `{%` even inside a quoted string). A text before the cut never ends
 * in `{`, so no `{{` or `{%` is formed across it with the `{% endraw %}` that follows.
 */
export function withLiquidRaw(document: string): string {
  let out = '{% raw %}\n';
  let from = 0;
  for (let at = document.indexOf('{%'); at !== -1; at = document.indexOf('{%', at + 2)) {
    let runStart = at;
    while (runStart > from && document[runStart - 1] === '{') runStart--;
    out += `${document.slice(from, runStart)}{% endraw %}${'{{ "{" }}'.repeat(at + 1 - runStart)}%{% raw %}`;
    from = at + 2;
  }
  return `${out}${document.slice(from)}{% endraw %}\n`;
}

const SHORTCODE_DELIMITERS = [
  { open: '{{<', close: '>}}' },
  { open: '{{%', close: '%}}' },
] as const;

/**
 * Hugo runs a shortcode wherever `{{<` or `{{%` opens one, code blocks included (`{{< param "secret" >}}` prints a site
 * parameter). Each is written in Hugo's own comment form, which Hugo shows without the comment markers: `/*` right
 * after the opening delimiter, and `*` `/` right before the first closing delimiter that follows (Hugo's lexer reads
 * everything between as text). An opening delimiter with no closing one after it cannot be written that way (Hugo then
 * fails to build the page, running nothing): it is left as it is and returned in `unclosed`. Linear: each delimiter is
 * searched for from where the last search of it ended.
 */
export function withShortcodesEscaped(document: string): { text: string; unclosed: string[] } {
  let text = '';
  let from = 0;
  const unclosed: string[] = [];
  const nextOpen = SHORTCODE_DELIMITERS.map(({ open }) => document.indexOf(open));
  const nextClose = SHORTCODE_DELIMITERS.map(() => 0);
  for (;;) {
    const kind = nextOpen.reduce((best, at, index) => (at !== -1 && (best === -1 || at < nextOpen[best]!) ? index : best), -1);
    if (kind === -1) return { text: text + document.slice(from), unclosed };
    const { open, close } = SHORTCODE_DELIMITERS[kind]!;
    const innerStart = nextOpen[kind]! + open.length;
    if (nextClose[kind] !== -1 && nextClose[kind]! < innerStart) nextClose[kind] = document.indexOf(close, innerStart);
    const closeAt = nextClose[kind]!;
    if (closeAt === -1) {
      unclosed.push(open);
      text += document.slice(from, innerStart);
      from = innerStart;
    } else {
      text += `${document.slice(from, innerStart)}/*${document.slice(innerStart, closeAt)}*/${close}`;
      from = closeAt + close.length;
    }
    // Openers inside the text just written are text now.
    for (const [index, delimiters] of SHORTCODE_DELIMITERS.entries()) {
      if (nextOpen[index] !== -1 && nextOpen[index]! < from) nextOpen[index] = document.indexOf(delimiters.open, from);
    }
  }
}

/** Docusaurus tabs: one `<TabItem>` per target, all in the `language` group so a reader's choice sticks. */
export function mdxDocument(request: DocumentSource): string {
  const items = request.snippets.map(
    // The label is user text: as a JSX expression holding a JSON string, no character of it can end the attribute or the tag.
    (snippet) => `<TabItem value="${snippet.target}" label={${JSON.stringify(snippet.label)}}>\n\n${fencedCodeBlock(snippet.code, snippet.fence)}\n</TabItem>\n`,
  );
  // queryString: the chosen language is kept in the URL (`?language=python-requests`), so a link shows that tab.
  return `import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n${requestHeader(request, 'mdx')}<Tabs groupId="language" queryString>\n${items.join('')}</Tabs>\n${mdxResponses(request)}`;
}

/** The Markdown writer of descriptions, once loaded. */
let descriptionMarkdown: typeof import('./description.js').descriptionMarkdown | undefined;

/**
 * Loads what writes descriptions as Markdown (a CommonMark parser and writer: large, so only a build that writes md or
 * mdx documents loads it, never `generate`). Called before md or mdx documents are made.
 */
export async function loadDescriptionWriter(): Promise<void> {
  descriptionMarkdown ??= (await import('./description.js')).descriptionMarkdown;
}

/** `Example response: 200 OK` and the fence info string of an example response's body. */
function responseParts(response: ExampleResponse): { summary: string; fence: string } {
  const type = (response.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const fence = /[/+]json$/.test(type) ? 'json' : /[/+]xml$/.test(type) ? 'xml' : type === 'text/html' ? 'html' : 'text';
  // One line: a summary and a details title cannot hold a line break.
  return { summary: `Example response: ${response.name.replace(/\s+/g, ' ').trim()}`, fence };
}

/**
 * Each example response collapsed under the snippets: for MkDocs a pymdownx.details block (`??? example`, its body
 * indented), elsewhere an HTML `<details>` whose fenced body CommonMark renders as Markdown.
 */
function markdownResponses(request: DocumentSource, flavor: MdFlavor): string {
  return (request.responses ?? [])
    .map((response) => {
      const { summary, fence } = responseParts(response);
      const block = fencedCodeBlock(response.body, fence);
      // pymdownx.details reads the title up to the next double quote.
      if (flavor === 'mkdocs') return `\n??? example "${summary.replace(/"/g, "'")}"\n\n${block.replace(/^(?=.)/gm, '    ')}`;
      return `\n<details>\n<summary>${escapeHtmlText(summary)}</summary>\n\n${block}\n</details>\n`;
    })
    .join('');
}

/** Each example response as a collapsed `<details>` (Docusaurus' Details), its summary a JSX string expression. */
function mdxResponses(request: DocumentSource): string {
  return (request.responses ?? [])
    .map((response) => {
      const { summary, fence } = responseParts(response);
      return `\n<details>\n<summary>{${JSON.stringify(summary)}}</summary>\n\n${fencedCodeBlock(response.body, fence)}\n</details>\n`;
    })
    .join('');
}

function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * What a docs page shows above the tabs: the title as a `##` heading (unless `requestTitles` is off), the method and URL as
 * code, and the description as Markdown; followed by a blank line.
 */
function requestHeader(request: DocumentSource, format: 'md' | 'mdx'): string {
  const title = request.title === false ? '' : `## ${markdownHeadingText(request.name)}\n\n`;
  if (request.description !== undefined && descriptionMarkdown === undefined) throw new Error('loadDescriptionWriter() must run before md or mdx documents are made');
  const description = request.description === undefined ? '' : descriptionMarkdown!(request.description, format);
  return `${title}${codeSpan(`${request.method} ${request.url}`)}\n\n${description === '' ? '' : `${description}\n\n`}`;
}

/** Inline code holding `text` exactly: a backtick run longer than any inside it, padded when it starts or ends with one. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const ticks = '`'.repeat(longest + 1);
  const padded = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ` ${text} ` : text;
  return `${ticks}${padded}${ticks}`;
}

export function jsonDocument(request: DocumentSource): string {
  const snippets = request.snippets.map(({ target, label, language, client, fence, file, code }) => ({ target, label, language, client, fence, file, code }));
  const { id, name, folders, method, url, description, responses } = request;
  return JSON.stringify({ id, name, folders, method, url, ...(description !== undefined && { description }), snippets, ...(responses !== undefined && { responses }) }, null, 2) + '\n';
}

/** Syntax a site generator runs in an .md document even inside code blocks, as found in request data. */
const GENERATOR_SYNTAX: readonly { flavor: MdFlavor; holds: (request: DocumentSource) => boolean; says: string }[] = [
  {
    flavor: 'mkdocs',
    holds: (request) => request.snippets.some(({ code }) => code.includes('8<') && code.split('\n').some((line) => snippetsEscapeAt(line) !== undefined)),
    says: 'a pymdownx.snippets include line (--8<--), which MkDocs would replace with a local file',
  },
  {
    flavor: 'jekyll',
    // Descriptions too: their Markdown escape (`\{%`) does not stop Liquid.
    holds: (request) => [request.description ?? '', ...request.snippets.map(({ code }) => code)].some((text) => LIQUID_SYNTAX.test(text)),
    says: 'a Liquid tag or site variable ({% … %}, {{ site.… }}), which Jekyll would run',
  },
  {
    flavor: 'hugo',
    holds: (request) => request.snippets.some(({ code }) => code.includes('{{<') || code.includes('{{%')),
    says: 'a Hugo shortcode ({{< … >}}, {{% … %}}), which Hugo would run',
  },
];
const LIQUID_SYNTAX = /\{%|\{\{-?[ \t]*(?:site|page|layout|include|jekyll|paginator)\b/;

/** What the md data of a request holds that a site generator runs: a flavor's syntax, or `hugo-unclosed`. */
export type HeldSyntax = MdFlavor | 'hugo-unclosed';

/**
 * The site generators' syntax a request's md data holds, for mdFlavorWarnings. Found once per request as it is
 * rendered and kept by the build beside it, so a request that is not rendered again still counts.
 */
export function heldSyntax(request: DocumentSource): HeldSyntax[] {
  const held: HeldSyntax[] = GENERATOR_SYNTAX.filter((syntax) => syntax.holds(request)).map((syntax) => syntax.flavor);
  if (held.includes('hugo') && request.snippets.some(({ code }) => withShortcodesEscaped(code).unclosed.length > 0)) held.push('hugo-unclosed');
  return held;
}

/**
 * One warning per site generator other than `flavor`'s whose syntax the request data of the .md documents holds (the
 * document does not neutralise it), naming how many requests and the first; with `hugo`, one for shortcodes that
 * cannot be escaped. `requests` give what each holds (heldSyntax).
 */
export function mdFlavorWarnings(requests: readonly { id: string; held: readonly HeldSyntax[] }[], flavor: MdFlavor): string[] {
  const summary = (ids: string[], what: string) => `md: ${ids.length === 1 ? `request ${ids[0]} holds` : `${ids.length} requests (first: ${ids[0]}) hold`} ${what}`;
  const holding = (syntax: HeldSyntax) => requests.filter((request) => request.held.includes(syntax)).map((request) => request.id);
  const warnings = GENERATOR_SYNTAX.filter((syntax) => syntax.flavor !== flavor).flatMap((syntax) => {
    const ids = holding(syntax.flavor);
    return ids.length === 0 ? [] : [`${summary(ids, syntax.says)} in a code block; for a ${FLAVOR_NAMES[syntax.flavor]} site build with --md-flavor ${syntax.flavor}`];
  });
  if (flavor === 'hugo') {
    const unclosed = holding('hugo-unclosed');
    if (unclosed.length > 0) warnings.push(`${summary(unclosed, 'a Hugo shortcode opening ({{< or {{%) with no closing one')}: Hugo has no escape for it and fails to build that page`);
  }
  return warnings;
}

const FLAVOR_NAMES: Readonly<Record<MdFlavor, string>> = { mkdocs: 'MkDocs', jekyll: 'Jekyll', hugo: 'Hugo', plain: 'Markdown' };

/**
 * Code for an .md document, which MkDocs reads with pymdownx.snippets (the README's recipe): that extension runs
 * before Markdown, inside code blocks too, and reads a line `--8<-- "file"` (or a block between two `--8<--` lines)
 * as "put this local file here" and drops a line holding a `--8<-- [start:name]` section marker. Each such line
 * gets the extension's own escape, one `;` before the scissors, which it removes: MkDocs shows the line as it is.
 * (Other Markdown readers show the `;`; the .mdx and .json documents and the snippet files are unchanged.)
 */
export function withSnippetsEscaped(code: string): string {
  if (!code.includes('8<')) return code;
  return code
    .split('\n')
    .map((line) => {
      const at = snippetsEscapeAt(line);
      return at === undefined ? line : `${line.slice(0, at)};${line.slice(at)}`;
    })
    .join('\n');
}

/** `-+8<-+` starting at `at`: the index after it, or undefined. */
function scissorsEnd(line: string, at: number): number | undefined {
  let i = at;
  while (line[i] === '-') i++;
  if (i === at || !line.startsWith('8<', i)) return undefined;
  const dashes = i + 2;
  i = dashes;
  while (line[i] === '-') i++;
  return i === dashes ? undefined : i;
}

const SECTION_MARKER = /[ \t]+\[[ \t]*(?:start|end)[ \t]*:[ \t]*[a-z][-_0-9a-z]*[ \t]*\]/iy;

/**
 * Where pymdownx.snippets' escape `;` goes in `line`, if it reads the line as an include or a section marker (its
 * RE_ALL_SNIPPETS and RE_SNIPPET_SECTION, matched by hand in linear time; a quoted name is taken as any text
 * between matching quotes).
 */
function snippetsEscapeAt(line: string): number | undefined {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  let start = 0;
  while (text[start] === ' ' || text[start] === '\t') start++;
  let dashes = start;
  while (text[dashes] === ';') dashes++;
  const end = scissorsEnd(text, dashes);
  if (end !== undefined) {
    const rest = text.slice(end);
    const name = trimCharsStart(rest, LINE_SPACE);
    const quoted = name.length >= 3 && (name[0] === '"' || name[0] === "'") && name.endsWith(name[0]!);
    if (rest === '' || (name !== rest && quoted)) return start;
  }
  for (let at = text.indexOf('8<'); at !== -1; at = text.indexOf('8<', at + 2)) {
    let first = at;
    while (first > 0 && text[first - 1] === '-') first--;
    const after = first === at ? undefined : scissorsEnd(text, first);
    if (after === undefined) continue;
    SECTION_MARKER.lastIndex = after;
    if (SECTION_MARKER.test(text)) return first;
  }
  return undefined;
}

/**
 * The code between fences longer than any backtick run that starts one of its lines, so no line can close
 * the block early. A fence cannot hold a final line break: the code's own final newline becomes the one
 * before the closing fence, and code without one reads the same (the .json document and the snippet files
 * keep the exact bytes). Markdown cannot carry a NUL either: CommonMark reads it as U+FFFD.
 */
export function fencedCodeBlock(code: string, info: string): string {
  let longestRun = 0;
  for (const match of code.matchAll(/^[ \t]*(`+)/gm)) longestRun = Math.max(longestRun, match[1]!.length);
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}\n${code}${code.endsWith('\n') ? '' : '\n'}${fence}\n`;
}

/** Characters that can start inline syntax: emphasis, code, links, HTML, entities, strikethrough, tables, math, MDX expressions. */
const INLINE_SYNTAX = /[\\`*_[\]<>&~|!{}$^]/g;
/** What Markdown trims from a line of a paragraph or reads as indentation. */
const LINE_SPACE = ' \t';

/**
 * Heading text that reads back as `text` and stays readable (`C#`, `Node.js`): backslashes before the
 * characters that can start inline syntax (emphasis, code, links, HTML, entities, strikethrough, tables,
 * math, MDX expressions) and before a trailing `#` run that would close the heading; the spaces a heading
 * trims kept as character references.
 */
export function markdownHeadingText(text: string): string {
  // A trailing `#` run is escaped even without a space before it: Python-Markdown (MkDocs) drops it from `### C#`.
  const escaped = text.replace(INLINE_SYNTAX, '\\$&').replace(/(#+ *)$/, '\\$1');
  const afterLeading = trimCharsStart(escaped, ' ');
  const inner = trimCharsEnd(afterLeading, ' ');
  const spaces = (count: number) => '&#32;'.repeat(count);
  return spaces(escaped.length - afterLeading.length) + inner + spaces(afterLeading.length - inner.length);
}

/** Text as paragraphs, each its lines (without line endings): blank lines (whitespace only) separate them. */
export function textParagraphs(text: string): string[][] {
  const paragraphs: string[][] = [[]];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() !== '') paragraphs.at(-1)!.push(line);
    else if (paragraphs.at(-1)!.length > 0) paragraphs.push([]);
  }
  return paragraphs.filter((lines) => lines.length > 0);
}
