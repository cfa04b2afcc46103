import { join } from 'node:path';
import { chromiumMissing, runInPage } from '../browser.js';
import type { Runner } from '../runner.js';

const JQUERY = join(import.meta.dirname, '..', '..', '..', 'node_modules', 'jquery', 'dist', 'jquery.min.js');

/**
 * Runs the snippet as a classic script in a page of headless Chromium on the recording server's origin
 * (test/exec/browser.ts). The frame: the page loads jQuery with `<script src=".../jquery.min.js">`, as a reader's page does.
 */
export const runner: Runner = {
  requires: [],
  missing: chromiumMissing,
  run: (code, workDir) => runInPage(code, workDir, [JQUERY]),
};
