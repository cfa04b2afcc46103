import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

/**
 * Runs the snippet as a Swift script where a toolchain is installed (`swift snippet.swift`, on Linux
 * through FoundationNetworking). This machine kind has none (not in Debian 12 nor npm): there the
 * case is reported STATIC and the snippets are verified by test/swift-static.test.ts instead.
 */
export const runner: Runner = {
  requires: [],
  staticVerification: 'test/swift-static.test.ts (tree-sitter parse, every literal decoded and compared with the model)',
  missing() {
    try {
      execFileSync('swift', ['--version'], { stdio: 'ignore' });
      return undefined;
    } catch {
      return 'no Swift toolchain here (none in Debian 12 or npm)';
    }
  },
  async run(code, workDir) {
    writeFileSync(join(workDir, 'snippet.swift'), code);
    await runCommand('swift', ['snippet.swift'], { cwd: workDir });
  },
};
