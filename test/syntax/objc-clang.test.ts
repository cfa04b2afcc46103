import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, type RequestInput } from '../../src/index.js';
import { fixtures } from '../fixtures.js';

/**
 * objc-nsurlsession cannot run on Linux (no NSURLSession), so every snippet is type-checked instead:
 * clang 14 `-fsyntax-only -fblocks -Werror` against Debian's GNUstep Foundation headers plus
 * `objc/apple-sdk.h`, the NSURLSession and dispatch-semaphore declarations of Apple's SDK. That checks
 * every class, selector, argument and block type the snippet uses. It cannot check ARC (GNUstep's
 * headers come with gcc's runtime, which clang compiles only without ARC; the snippets call no
 * retain/release, so ARC changes nothing they write), nor what Apple's Foundation does at run time.
 * All snippets go into one translation unit, each as the body of a function of its own: the frame a
 * snippet's statements need in C, with its `#import` lines hoisted (the forced include has Foundation).
 */
const OBJC_DIR = join(import.meta.dirname, 'objc');
const GNUSTEP_HEADERS = '/usr/include/GNUstep';
const GCC_OBJC_HEADERS = '/usr/lib/gcc/x86_64-linux-gnu/12/include';
const CI = process.env.CI === 'true';

const clangMissing = spawnSync('clang', ['--version'], { stdio: 'ignore' }).status !== 0 || spawnSync('test', ['-d', GNUSTEP_HEADERS]).status !== 0;
const OPTION_SETS: Record<string, unknown>[] = [{}, { timeout: 2.5, indent: 'tab' }];
/** No fixture has a NUL in a body or a part: the `[NSData dataWithBytes:length:]` form is checked on these. */
const NUL_REQUESTS: { name: string; request: RequestInput }[] = [
  { name: 'nul-body', request: { method: 'POST', url: 'https://api.example.com/raw', body: { mode: 'raw', text: 'a\u0000b\nc\u0000' } } },
  { name: 'nul-part', request: { method: 'POST', url: 'https://api.example.com/up', body: { mode: 'formdata', params: [{ key: 'k', type: 'text', value: 'x\u0000y' }] } } },
];

function translationUnit(): string {
  const requests: { name: string; request: RequestInput }[] = [...fixtures.map((fixture) => ({ name: fixture.name, request: fixture.request })), ...NUL_REQUESTS];
  const cases = OPTION_SETS.flatMap((options) => requests.map(({ name, request }) => ({ name: `${name}${Object.keys(options).length > 0 ? ' (options)' : ''}`, code: generate(request, 'objc-nsurlsession', {}, options) })));
  expect(cases.filter((c) => c.code.includes('dataWithBytes:')).length).toBe(2 * NUL_REQUESTS.length);
  return cases
    .map(({ name, code }, n) => {
      const statements = code.split('\n').filter((line) => !line.startsWith('#import '));
      // #line makes an error name the fixture and the snippet's own line.
      return `static void case_${n}(void) {\n#line 1 "${name}.m"\n${statements.join('\n')}\n}\n`;
    })
    .join('\n');
}

/** clang on one file of `dir`: GNUstep's Foundation with gcc's runtime headers, blocks on, every warning an error. */
function typeCheck(dir: string, file: string) {
  const args = ['-fsyntax-only', '-x', 'objective-c', '-fobjc-runtime=gcc', '-fblocks', '-Werror', '-I', join(OBJC_DIR, 'stub-include'), '-I', GCC_OBJC_HEADERS, '-I', GNUSTEP_HEADERS, '-DGNUSTEP', '-DGNUSTEP_BASE_LIBRARY=1', '-DGNU_RUNTIME=1', '-include', join(OBJC_DIR, 'apple-sdk.h'), file];
  return spawnSync('clang', args, { cwd: dir, encoding: 'utf8' });
}

describe('objc-nsurlsession snippets', () => {
  it.skipIf(clangMissing && !CI)(`type-check with clang against GNUstep Foundation and Apple's NSURLSession declarations${clangMissing ? ' (skipped: clang or GNUstep headers missing; scripts/install-runtimes.sh installs them)' : ''}`, { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-objc-'));
    writeFileSync(join(dir, 'snippets.m'), translationUnit());
    const result = typeCheck(dir, 'snippets.m');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.skipIf(clangMissing)('the check fails on a wrong selector or block type (so a pass means something)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-objc-'));
    const wrong = 'static void f(void) {\nNSMutableURLRequest *r = [NSMutableURLRequest requestWithURL:nil];\n[r setHTTPMetod:@"GET"];\n[[NSURLSession sharedSession] dataTaskWithRequest:r completionHandler:^(NSData *data) {}];\n}\n';
    writeFileSync(join(dir, 'wrong.m'), wrong);
    const result = typeCheck(dir, 'wrong.m');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/setHTTPMetod:' not found/);
    expect(result.stderr).toMatch(/incompatible block pointer types/);
  });
});
