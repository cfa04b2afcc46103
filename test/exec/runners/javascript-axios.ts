import { join } from 'node:path';
import { chromiumMissing, runInPage } from '../browser.js';
import type { Runner } from '../runner.js';

const AXIOS = join(import.meta.dirname, '..', '..', '..', 'node_modules', 'axios', 'dist', 'axios.min.js');

/**
 * Runs the snippet as a classic script in a page of headless Chromium on the recording server's origin
 * (test/exec/browser.ts). The frame: the page loads axios with `<script src=".../axios.min.js">`, as a reader's page does.
 */
export const runner: Runner = {
  requires: [],
  missing: chromiumMissing,
  run: (code, workDir) => runInPage(code, workDir, [AXIOS]),
};
