#!/usr/bin/env node
// Runs the execution suite. `--target <id>` (repeatable, or comma-separated) narrows it to some
// targets; every other argument goes to vitest. Vitest takes no custom flags, so the choice travels
// in SNIPFORGE_EXEC_TARGETS.
import { spawnSync } from 'node:child_process';

const targets = [];
const vitestArgs = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--target') targets.push(...(args[++i] ?? '').split(','));
  else if (arg.startsWith('--target=')) targets.push(...arg.slice('--target='.length).split(','));
  else vitestArgs.push(arg);
}
if (targets.some((t) => t === '')) {
  console.error('usage: npm run test:exec -- [--target <id>[,<id>...]] [vitest options]');
  process.exit(2);
}

const env = { ...process.env };
if (targets.length > 0) env.SNIPFORGE_EXEC_TARGETS = targets.join(',');
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.exec.config.ts', ...vitestArgs], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
