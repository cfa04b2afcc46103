import { cStr } from '../c/escape.js';
import { isPlainMultiline } from '../literal.js';

/**
 * Objective-C string literals: `@"..."` NSString literals and the plain C `"..."` literals that
 * `[NSData dataWithBytes:length:]` takes. Both are C string literals (src/targets/c/escape.ts: invisible
 * characters as three-digit octal UTF-8 bytes, no trigraph), the NSString one with an `@`: clang reads
 * source as UTF-8 and turns a non-ASCII `@"..."` into the same text in UTF-16.
 */

/** Text cut after each line feed, so that adjacent literals (which the compiler joins) show its lines. */
const lines = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** An NSString literal on one line. */
export const objcStr = (text: string) => '@' + cStr(text);

/** Multi-line text as adjacent NSString literals, one per line of the text; otherwise one literal. */
export function objcText(text: string): string {
  if (!isPlainMultiline(text)) return objcStr(text);
  return lines(text).map(objcStr).join('\n    ');
}

/**
 * The C literal of text whose UTF-8 bytes `[NSData dataWithBytes:length:]` sends: for text with a NUL,
 * which an NSString literal holds only with a compiler warning. The snippet passes the byte length, so
 * the NUL does not end the data.
 */
export function objcBytes(text: string): string {
  if (!isPlainMultiline(text)) return cStr(text);
  return lines(text).map(cStr).join('\n    ');
}

export const helpers = { objcStr, objcText, objcBytes };
