import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

/** The build cache lives beside the work dirs, so the standard library is compiled once, not per case. */
const env = {
  GOCACHE: join(import.meta.dirname, '..', '.work', 'go-cache'),
  GOFLAGS: '-mod=mod',
  GOPROXY: 'off',
  GOTOOLCHAIN: 'local',
};

export const runner: Runner = {
  requires: ['go'],
  async run(code, workDir) {
    writeFileSync(join(workDir, 'main.go'), code);
    // A one-file program needs no go.mod: `go run main.go` builds it as command-line-arguments.
    await runCommand('go', ['run', 'main.go'], { cwd: workDir, env });
  },
};
