import { createHash } from 'node:crypto';

/** `sha256-<hex>` of the UTF-8 bytes, as they are written; of a text given in pieces, of the pieces one after another. */
export function contentHash(content: string | Iterable<string>): string {
  const hash = createHash('sha256');
  if (typeof content === 'string') hash.update(content, 'utf8');
  else for (const piece of content) hash.update(piece, 'utf8');
  return `sha256-${hash.digest('hex')}`;
}
