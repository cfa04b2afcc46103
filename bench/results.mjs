// bench/RESULTS.md: the reports of one `npm run bench` run (reports/bench-*.md, each written by its bench) in one
// file, figures and goals side by side, headings one level down under a title naming the run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const REPORTS = ['bench-cold.md', 'bench-warm.md', 'bench-throughput.md', 'bench-build.md', 'bench-openapi.md'];
const missing = REPORTS.filter((file) => !existsSync(join(root, 'reports', file)));
if (missing.length > 0) throw new Error(`bench/results.mjs: no ${missing.map((file) => `reports/${file}`).join(', ')}: run npm run bench`);

const sections = REPORTS.map((file) => readFileSync(join(root, 'reports', file), 'utf8').trim().replace(/^#/gm, '##'));
writeFileSync(
  join(root, 'bench', 'RESULTS.md'),
  [
    '# snipforge: `npm run bench` results',
    '',
    `One run of every bench on this machine: node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}); load average (1 min) at the end ${loadavg()[0].toFixed(1)}. Each bench runs the peers in the same run, interleaved, so the ratios are what counts. The goals are issue 15's; a goal not met is reported, never a failure of the bench.`,
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n'),
);
console.log('wrote bench/RESULTS.md');
