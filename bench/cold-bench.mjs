// Cold start: one process that loads the tool and prints the seed request (examples/token-request.json) in
// the 11 docs targets, against bare `node -e 0` and the peers doing the same in one process
// (bench/cold-peer.cjs). Runs interleaved, so a busy machine slows every contender alike; the medians
// and their ratios to bare Node are what counts. Run with `npm run bench` (builds dist/ first); writes
// reports/bench-cold.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EQUIVALENTS } from './equivalents.mjs';

const root = join(import.meta.dirname, '..');
const SEED = join(root, 'examples', 'token-request.json');
const RUNS = 25;
const GOAL_RATIO = 1.5;

const scratch = mkdtempSync(join(tmpdir(), 'snipforge-cold-'));
const equivalentsPath = join(scratch, 'equivalents.json');
writeFileSync(equivalentsPath, JSON.stringify(Object.values(EQUIVALENTS)));

// The docs page's 11 targets, the ones the peers have equivalents for (snipforge alone has 40).
const DOCS_TARGETS = Object.keys(EQUIVALENTS).join(',');
const contenders = {
  'bare node (`node -e 0`)': ['-e', '0'],
  'snipforge (bundled CLI, `dist/cli.cjs`)': [join(root, 'dist', 'cli.cjs'), 'generate', SEED, '-t', DOCS_TARGETS],
  'snipforge (unbundled modules, `dist/cli/main.js`)': [join(root, 'dist', 'cli', 'main.js'), 'generate', SEED, '-t', DOCS_TARGETS],
  'postman-code-generators (one process, 11 targets)': [join(root, 'bench', 'cold-peer.cjs'), 'postman', SEED, equivalentsPath],
  'httpsnippet (one process, 11 targets)': [join(root, 'bench', 'cold-peer.cjs'), 'httpsnippet', SEED, equivalentsPath],
};

const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let run = 0; run < RUNS + 2; run++) {
  for (const [name, args] of Object.entries(contenders)) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr}`);
    // The first two rounds warm the disk cache and are not counted.
    if (run >= 2) times[name].push(ms);
  }
}
rmSync(scratch, { recursive: true, force: true });

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const bare = median(times['bare node (`node -e 0`)']);
const rows = Object.entries(times).map(([name, values]) => {
  const ms = median(values);
  return { name, ms, ratio: ms / bare };
});
const bundled = rows[1];
const lines = [
  '# Cold start: load the tool and print the seed request in 11 targets',
  '',
  `${RUNS} interleaved runs each on this machine (${process.version}); medians of wall time.`,
  '',
  '| contender | median | × bare node |',
  '|---|---:|---:|',
  ...rows.map((row) => `| ${row.name} | ${row.ms.toFixed(0)} ms | ${row.ratio.toFixed(2)} |`),
  '',
  `Goal (issue 15): the bundled CLI at most ${GOAL_RATIO}× bare node; measured ${bundled.ratio.toFixed(2)}× (${bundled.ratio <= GOAL_RATIO ? 'met' : 'not met'}).`,
  '',
];
writeFileSync(join(root, 'reports', 'bench-cold.md'), lines.join('\n'));
console.log(lines.join('\n'));
console.log('written to reports/bench-cold.md');
