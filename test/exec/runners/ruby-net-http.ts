import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

export const runner: Runner = {
  requires: ['ruby'],
  async run(code, workDir) {
    writeFileSync(join(workDir, 'snippet.rb'), code);
    await runCommand('ruby', ['snippet.rb'], { cwd: workDir });
  },
};
