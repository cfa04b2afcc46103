import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeGate } from '../fuzz/decoders/run-literals.js';
import { batchSource, caseSource } from './native.js';
import { caseSource as restyCaseSource } from './runners/go-resty.js';

/**
 * The frames of the batched C, C++ and Go resty runners add nothing a reader's program lacks: only
 * what renames each case's `main` so many cases share one build.
 */
describe('C and C++ frame (test/exec/native.ts)', () => {
  const snippet = '#include <stdio.h>\n\nint main(void)\n{\n    puts("one");\n    return 0;\n}\n';

  it('renames main by the preprocessor and keeps the snippet text as it is', () => {
    expect(caseSource(snippet, 3, 'c')).toBe(`#define main snippet_case_3\n#line 1 "case3.c"\n${snippet}\n#undef main\n`);
  });

  const gate = runtimeGate('gcc');
  it.skipIf(gate.skip)(`runs the case named on the command line, and a compile error names the case's own file and line${gate.note}`, () => {
    gate.check();
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-native-frame-'));
    try {
      writeFileSync(join(dir, 'ok.c'), batchSource([snippet, snippet.replace('"one"', '"two"')], 'c'));
      const build = spawnSync('gcc', ['-o', 'ok', 'ok.c'], { cwd: dir, encoding: 'utf8' });
      expect(build.stderr).toBe('');
      expect(spawnSync(join(dir, 'ok'), ['1'], { encoding: 'utf8' }).stdout).toBe('two\n');
      writeFileSync(join(dir, 'bad.c'), batchSource([snippet, snippet.replace('puts("one");', 'puts("one")')], 'c'));
      expect(spawnSync('gcc', ['-o', 'bad', 'bad.c'], { cwd: dir, encoding: 'utf8' }).stderr).toMatch(/case1\.c:5:\d+: error/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Go resty frame (test/exec/runners/go-resty.ts)', () => {
  it('turns package main into a package of its own and main into an exported Main, nothing else', () => {
    const code = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("func main() {")\n}\n';
    expect(restyCaseSource(code, 7)).toBe('package case7\n\nimport "fmt"\n\nfunc Main() {\n\tfmt.Println("func main() {")\n}\n');
  });
});
