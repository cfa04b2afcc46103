import { trimCharsEnd, trimCharsStart } from '../text.js';
import { contentHash } from './hash.js';
import type { BuildFormat, BuiltDocument, BuiltRequest } from './types.js';

/** What the documents of a request are made from. */
export type DocumentSource = Pick<BuiltRequest, 'id' | 'name' | 'folders' | 'method' | 'url' | 'snippets'>;

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
 * A `### <label>` heading and a fenced code block per target. No heading for the request itself: the
 * page that includes this file owns its headings.
 */
export function markdownDocument(request: DocumentSource): string {
  return request.snippets.map((snippet) => `### ${markdownHeadingText(snippet.label)}\n\n${fencedCodeBlock(snippet.code, snippet.fence)}`).join('\n');
}

/** Docusaurus tabs: one `<TabItem>` per target, all in the `language` group so a reader's choice sticks. */
export function mdxDocument(request: DocumentSource): string {
  const items = request.snippets.map(
    // The label is user text: as a JSX expression holding a JSON string, no character of it can end the attribute or the tag.
    (snippet) => `<TabItem value="${snippet.target}" label={${JSON.stringify(snippet.label)}}>\n\n${fencedCodeBlock(snippet.code, snippet.fence)}\n</TabItem>\n`,
  );
  return `import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n<Tabs groupId="language">\n${items.join('')}</Tabs>\n`;
}

export function jsonDocument(request: DocumentSource): string {
  const snippets = request.snippets.map(({ target, label, language, client, fence, file, code }) => ({ target, label, language, client, fence, file, code }));
  const { id, name, folders, method, url } = request;
  return JSON.stringify({ id, name, folders, method, url, snippets }, null, 2) + '\n';
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

/**
 * Heading text that reads back as `text` and stays readable (`C#`, `Node.js`): backslashes before the
 * characters that can start inline syntax (emphasis, code, links, HTML, entities, strikethrough, tables,
 * math, MDX expressions) and before a trailing `#` run that would close the heading; the spaces a heading
 * trims kept as character references.
 */
export function markdownHeadingText(text: string): string {
  const escaped = text.replace(/[\\`*_[\]<>&~|!{}$^]/g, '\\$&').replace(/(^| )(#+ *)$/, '$1\\$2');
  const afterLeading = trimCharsStart(escaped, ' ');
  const inner = trimCharsEnd(afterLeading, ' ');
  const spaces = (count: number) => '&#32;'.repeat(count);
  return spaces(escaped.length - afterLeading.length) + inner + spaces(afterLeading.length - inner.length);
}
