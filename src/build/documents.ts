import { trimCharsEnd, trimCharsStart } from '../text.js';
import { contentHash } from './hash.js';
import type { BuildFormat, BuiltDocument, BuiltRequest } from './types.js';

/** What the documents of a request are made from. */
export type DocumentSource = Pick<BuiltRequest, 'id' | 'name' | 'folders' | 'method' | 'url' | 'description' | 'snippets'>;

/** Formats with a document per request; the others (html, the specs written back) are one per site or per spec. */
const renderers: Partial<Record<BuildFormat, (request: DocumentSource) => string>> = {
  md: markdownDocument,
  mdx: mdxDocument,
  json: jsonDocument,
};

/** `<id>/snippets.<format>` for each per-request format asked for. */
export function requestDocuments(request: DocumentSource, formats: readonly BuildFormat[]): BuiltDocument[] {
  return formats.flatMap((format) => {
    const renderer = renderers[format];
    if (renderer === undefined) return [];
    const content = renderer(request);
    return [{ format, file: `${request.id}/snippets.${format}`, hash: contentHash(content), content }];
  });
}

/**
 * The request's description as paragraphs, then a `### <label>` heading and a fenced code block per target.
 * No heading for the request itself: the page that includes this file owns its headings.
 */
export function markdownDocument(request: DocumentSource): string {
  const snippets = request.snippets.map((snippet) => `### ${markdownHeadingText(snippet.label)}\n\n${fencedCodeBlock(withSnippetsEscaped(snippet.code), snippet.fence)}`).join('\n');
  return descriptionParagraphs(request) + snippets;
}

/** Docusaurus tabs: one `<TabItem>` per target, all in the `language` group so a reader's choice sticks. */
export function mdxDocument(request: DocumentSource): string {
  const items = request.snippets.map(
    // The label is user text: as a JSX expression holding a JSON string, no character of it can end the attribute or the tag.
    (snippet) => `<TabItem value="${snippet.target}" label={${JSON.stringify(snippet.label)}}>\n\n${fencedCodeBlock(snippet.code, snippet.fence)}\n</TabItem>\n`,
  );
  return `import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n${descriptionParagraphs(request)}<Tabs groupId="language">\n${items.join('')}</Tabs>\n`;
}

/** The description as escaped paragraphs followed by a blank line, or nothing. */
function descriptionParagraphs(request: DocumentSource): string {
  const text = request.description === undefined ? '' : markdownText(request.description);
  return text === '' ? '' : `${text}\n\n`;
}

export function jsonDocument(request: DocumentSource): string {
  const snippets = request.snippets.map(({ target, label, language, client, fence, file, code }) => ({ target, label, language, client, fence, file, code }));
  const { id, name, folders, method, url, description } = request;
  return JSON.stringify({ id, name, folders, method, url, ...(description !== undefined && { description }), snippets }, null, 2) + '\n';
}

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
  const escaped = text.replace(INLINE_SYNTAX, '\\$&').replace(/(^| )(#+ *)$/, '$1\\$2');
  const afterLeading = trimCharsStart(escaped, ' ');
  const inner = trimCharsEnd(afterLeading, ' ');
  const spaces = (count: number) => '&#32;'.repeat(count);
  return spaces(escaped.length - afterLeading.length) + inner + spaces(afterLeading.length - inner.length);
}

/**
 * User text (a description) as Markdown and MDX paragraphs that read back as that text and nothing else:
 * descriptions are not rendered as Markdown, even where a spec says CommonMark, since a spec's Markdown
 * can hold HTML, JSX expressions or an unclosed fence that would run code in or break the page around it.
 * Blank lines separate paragraphs; each line is escaped as a heading's text is, its leading and trailing
 * whitespace kept as character references (none can start indented code or be trimmed), and what could
 * start a block there escaped too: headings, quotes, lists, setext underlines, Docusaurus admonitions
 * (`:::`) and MDX `import`/`export`.
 */
export function markdownText(text: string): string {
  const references = (spaces: string) => [...spaces].map((space) => `&#${space.charCodeAt(0)};`).join('');
  const escapeLine = (line: string) => {
    const escaped = line
      .replace(INLINE_SYNTAX, '\\$&')
      // A colon starting a line or a name: Docusaurus admonitions and directives (`:::note`, `:abbr[...]`).
      .replace(/^:|:(?=[A-Za-z])/g, '\\:')
      .replace(/^[#+=-]|^(\d{1,9})([.)])/, (found, digits: string | undefined, delimiter: string | undefined) => (digits === undefined ? `\\${found}` : `${digits}\\${delimiter}`))
      .replace(/^(im|ex)port\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
    const afterLeading = trimCharsStart(escaped, LINE_SPACE);
    const inner = trimCharsEnd(afterLeading, LINE_SPACE);
    return references(escaped.slice(0, escaped.length - afterLeading.length)) + inner + references(afterLeading.slice(inner.length));
  };
  return textParagraphs(text)
    .map((lines) => lines.map(escapeLine).join('\n'))
    .join('\n\n');
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
