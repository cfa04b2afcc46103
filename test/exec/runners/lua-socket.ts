import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

/**
 * `lua5.4 snippet.lua` in the work dir (Lua starts in milliseconds: no batching needed), LuaSocket from Debian's
 * lua-socket. No frame. The file must not be named socket.lua: `require("socket.http")` would find it first.
 */
export const runner: Runner = {
  requires: ['lua5.4'],
  missing() {
    const probe = spawnSync('lua5.4', ['-e', 'require("socket.http")'], { stdio: 'ignore' });
    return probe.status === 0 ? undefined : 'LuaSocket is not installed for Lua 5.4 (apt lua-socket)';
  },
  async run(code, workDir) {
    writeFileSync(join(workDir, 'snippet.lua'), code);
    await runCommand('lua5.4', ['snippet.lua'], { cwd: workDir });
  },
};
