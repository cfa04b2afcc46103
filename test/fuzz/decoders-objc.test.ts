import { describe } from 'vitest';
import { describeRuntime, describeSnippets, describeThrows, hex4, pick, utf8Bytes } from './decoders/literal-tests.js';
import { runtimeGate, sampleLiterals, type LiteralLanguage } from './decoders/run-literals.js';

/**
 * The Objective-C literal decoder checked against a real Objective-C compiler and Foundation: gcc's
 * Objective-C with GNUstep Base (Debian's gobjc and libgnustep-base-dev; -std=gnu11, so trigraphs are
 * not replaced). Hand-written NSString literals for every escape form, and random text written with
 * random forms, go into one program that prints each NSString's UTF-8 bytes in hex; what the decoder
 * reads at each literal must be exactly that. clang, which Apple ships, reads an `@"..."` the same way:
 * the C literal's bytes, as UTF-8. Then the cases that must throw, and every objc-nsurlsession snippet.
 */

const RUNS = 150;
const SEED = 20_261_203;
const raw = String.raw;

const show =
  'static void show(NSString *s) {\n' +
  '    NSData *d = [s dataUsingEncoding:NSUTF8StringEncoding];\n' +
  '    const unsigned char *b = [d bytes];\n' +
  '    for (NSUInteger i = 0; i < [d length]; i++) printf("%02x", b[i]);\n' +
  '    printf("\\n");\n' +
  '}\n';

const handWritten = [
  `@"plain"`,
  `@""`,
  raw`@"\'\"\?\\\a\b\f\n\r\t\v"`,
  raw`@"\0001 \012\123\1234"`,
  raw`@"\x41\x4a \xc3\xa9"`,
  raw`@"\u00e9\u2028\U0001F600"`,
  '@"raw é 😀 ?\\?= {{x}} %@ %s $x #{y}"',
  '@"a" @"b"\n    "c"',
];

/** Random forms for a character: itself (when the literal can hold it), a simple escape, three-digit octal bytes, \u or \U. */
function encode(text: string, choose: (count: number) => number): string {
  const simple: Record<string, string> = { "'": raw`\'`, '"': raw`\"`, '?': raw`\?`, '\\': raw`\\`, '\x07': raw`\a`, '\b': raw`\b`, '\f': raw`\f`, '\n': raw`\n`, '\r': raw`\r`, '\t': raw`\t`, '\v': raw`\v` };
  const chars = [...text];
  const body = chars.map((ch, i) => {
    const cp = ch.codePointAt(0)!;
    const plain = !'"\\\n\r\0'.includes(ch) && !(ch === '?' && chars[i + 1] === '?') ? ch : undefined;
    const universal = cp < 0xa0 || (cp >= 0xd800 && cp <= 0xdfff) ? undefined : cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${hex4(cp)}`;
    const octal = utf8Bytes(ch)
      .map((b) => '\\' + b.toString(8).padStart(3, '0'))
      .join('');
    return pick(choose, [plain, simple[ch], universal, octal]);
  });
  return '@"' + body.join('') + '"';
}

const language: LiteralLanguage = {
  grammar: 'objc',
  file: 'main.m',
  prelude: `#import <Foundation/Foundation.h>\n#include <stdio.h>\n${show}int main(void) {\n    NSAutoreleasePool *pool = [NSAutoreleasePool new];\n`,
  place: () => ['    show(', ');\n'],
  postlude: '    [pool drain];\n    return 0;\n}\n',
  command: 'sh',
  args: ['-c', 'gcc -x objective-c -std=gnu11 -w $(gnustep-config --objc-flags) -o main main.m $(gnustep-config --base-libs) && ./main'],
};

describe('objc', () => {
  const gate = runtimeGate('gnustep-config', ['--objc-flags']);
  describeRuntime(language, gate, () => [...handWritten.map((source) => ({ source })), ...sampleLiterals(encode, { runs: RUNS, seed: SEED })], 'gcc Objective-C with GNUstep Base');

  describeThrows('objc', (literal) => `NSString *x = ${literal};\n`, [
    [raw`@"\q"`, /unknown escape \\q/],
    [raw`@"\x100"`, /above a byte/],
    [raw`@"\uD83D"`, /surrogate/],
    [raw`@"\xc3 a"`, /not valid UTF-8/],
    ['@"a ??= b"', /trigraph \?\?=/],
  ]);

  describeSnippets('objc');
});
