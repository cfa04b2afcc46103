import { describe, expect, it } from 'vitest';
import { formatMatrix } from './matrix.js';

describe('formatMatrix', () => {
  it('prints fixtures down, targets across, totals, then every reason', () => {
    const markdown = formatMatrix(['curl', 'go'], ['a', 'b'], [
      { target: 'curl', fixture: 'a', status: 'PASS', notes: ['X-Tag: 2 values sent joined with ", " in one header line'] },
      { target: 'curl', fixture: 'b', status: 'FAIL', reason: 'body: differs\n```\nmore' },
      { target: 'go', fixture: 'a', status: 'LIMIT', reason: 'cannot', observed: 'header X: sent nothing' },
      { target: 'go', fixture: 'b', status: 'XPASS', reason: 'was limited' },
    ]);
    expect(markdown).toContain('| fixture | curl | go |\n|---|---|---|\n| a | PASS | LIMIT |\n| b | FAIL | XPASS |\n| **total** | 1 PASS, 1 FAIL | 1 LIMIT, 1 XPASS |');
    expect(markdown).toContain("## Failures\n\n- **curl × b**\n\n  ```text\n  body: differs\n  '''\n  more\n  ```\n");
    expect(markdown).toContain('## Known limitations\n\n- **go × a**: cannot\n\n  ```text\n  header X: sent nothing\n  ```\n');
    expect(markdown).toContain('## Limitations that now pass (remove them from test/exec/limitations.ts)\n\n- **go × b**: was limited');
    expect(markdown).toContain('## Accepted variations\n\n- **curl × a**: X-Tag: 2 values sent joined');
  });

  it('lists a skipped target once with its reason, and shows a case that did not run as a dash', () => {
    const markdown = formatMatrix(['php'], ['a', 'b'], [
      { target: 'php', fixture: 'a', status: 'SKIP', reason: 'runtime missing: php not found on PATH' },
    ]);
    expect(markdown).toContain('| a | SKIP |\n| b | — |');
    expect(markdown).toContain('## Skipped (runtime not installed here; run scripts/install-runtimes.sh)\n\n- **php**: runtime missing: php not found on PATH\n');
  });

  it('shows a static target as a column of STATIC cells and says once why it is not run', () => {
    const markdown = formatMatrix(['curl', 'objc'], ['a'], [
      { target: 'curl', fixture: 'a', status: 'PASS' },
      { target: 'objc', fixture: 'a', status: 'STATIC', reason: 'not run: no NSURLSession on Linux' },
    ]);
    expect(markdown).toContain('| fixture | curl | objc |\n|---|---|---|\n| a | PASS | STATIC |\n| **total** | 1 PASS | 1 STATIC |');
    expect(markdown).toContain('## Static (not run: no runtime on Linux; each checked statically as it says)\n\n- **objc**: not run: no NSURLSession on Linux\n');
  });
});
