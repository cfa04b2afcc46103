import { createHash } from 'node:crypto';

/** `sha256-<hex>` of the UTF-8 bytes, as they are written. */
export function contentHash(content: string): string {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('hex')}`;
}
