import { chromiumMissing, runInPage } from '../browser.js';
import type { Runner } from '../runner.js';

/** Runs the snippet as a classic script in a page of headless Chromium on the recording server's origin (test/exec/browser.ts); no frame. */
export const runner: Runner = {
  requires: [],
  missing: chromiumMissing,
  run: (code, workDir) => runInPage(code, workDir),
};
