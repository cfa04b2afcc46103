/**
 * PASS: the snippet sent the request the model describes. FAIL: it did not (or did not run).
 * LIMIT: a known limitation (limitations.ts) that fails as expected. XPASS: a listed limitation that
 * passed, so its entry should go. SKIP: the runtime is not installed (a FAIL in CI). STATIC: a client no
 * runtime on Linux can run (its info's `staticOnly`), checked by parse and escaping tests instead.
 */
export type Status = 'PASS' | 'FAIL' | 'LIMIT' | 'XPASS' | 'STATIC' | 'SKIP';

export interface CaseResult {
  target: string;
  fixture: string;
  status: Status;
  /** Why it failed, is limited or skipped. */
  reason?: string | undefined;
  /** For a LIMIT: how the case really failed. */
  observed?: string | undefined;
  /** Accepted variations (repeated headers joined, ...). */
  notes?: string[];
}

const ORDER: Status[] = ['PASS', 'LIMIT', 'XPASS', 'STATIC', 'SKIP', 'FAIL'];
/** Enough of a failure to act on; the vitest output has it all. */
const MAX_REASON_LINES = 12;

/** The conformance report: fixtures down, targets across, then every reason. */
export function formatMatrix(targets: readonly string[], fixtureNames: readonly string[], results: readonly CaseResult[]): string {
  const byCase = new Map(results.map((r) => [`${r.target}\0${r.fixture}`, r]));
  const cell = (target: string, fixture: string) => byCase.get(`${target}\0${fixture}`)?.status ?? '—';
  const lines = [
    '# Execution matrix',
    '',
    'Each snippet was generated for a raw-TCP recording server, run in its real runtime, and the request it sent',
    'compared with the model (`npm run test:exec`). ' + ORDER.map((s) => `**${s}**`).join(' / ') + ' (XPASS: a listed limitation that now passes).',
    '',
    `| fixture | ${targets.join(' | ')} |`,
    `|---|${targets.map(() => '---').join('|')}|`,
    ...fixtureNames.map((fixture) => `| ${fixture} | ${targets.map((target) => cell(target, fixture)).join(' | ')} |`),
    `| **total** | ${targets.map((target) => summary(results.filter((r) => r.target === target))).join(' | ')} |`,
  ];

  const section = (title: string, status: Status, describe: (r: CaseResult) => string) => {
    const matching = results.filter((r) => r.status === status);
    if (matching.length === 0) return;
    lines.push('', `## ${title}`, '');
    for (const result of sortCases(matching)) lines.push(describe(result));
  };
  section('Failures', 'FAIL', (r) => `- **${r.target} × ${r.fixture}**\n\n${indentedBlock(r.reason ?? '')}\n`);
  section('Known limitations', 'LIMIT', (r) => `- **${r.target} × ${r.fixture}**: ${r.reason}\n\n${indentedBlock(r.observed ?? '')}\n`);
  section('Limitations that now pass (remove them from test/exec/limitations.ts)', 'XPASS', (r) => `- **${r.target} × ${r.fixture}**: ${r.reason}`);

  lines.push(...targetReasons(results, 'SKIP', 'Skipped (runtime not installed here; run scripts/install-runtimes.sh)'));
  lines.push(...targetReasons(results, 'STATIC', 'Static (not run: no runtime on Linux; each checked statically as it says)'));

  const noted = sortCases(results.filter((r) => (r.notes ?? []).length > 0));
  if (noted.length > 0) {
    lines.push('', '## Accepted variations', '');
    for (const r of noted) lines.push(`- **${r.target} × ${r.fixture}**: ${r.notes!.join('; ')}`);
  }
  return lines.join('\n') + '\n';
}

/** A section listing each target whose cells have `status` once, with its reason (the same for all its cells). */
export function targetReasons(results: readonly { target: string; status: Status; reason?: string | undefined }[], status: Status, title: string): string[] {
  const reasons = new Map<string, string>();
  for (const r of results) if (r.status === status) reasons.set(r.target, r.reason ?? '');
  if (reasons.size === 0) return [];
  return ['', `## ${title}`, '', ...[...reasons].sort().map(([target, reason]) => `- **${target}**: ${reason}`)];
}

function summary(results: readonly CaseResult[]): string {
  if (results.length === 0) return '—';
  return ORDER.map((status) => [status, results.filter((r) => r.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
}

function sortCases(results: readonly CaseResult[]): CaseResult[] {
  return [...results].sort((a, b) => a.target.localeCompare(b.target) || a.fixture.localeCompare(b.fixture));
}

function indentedBlock(text: string): string {
  const lines = text.split('\n');
  const shown = lines.length > MAX_REASON_LINES ? [...lines.slice(0, MAX_REASON_LINES), `… (${lines.length - MAX_REASON_LINES} more lines)`] : lines;
  return ['  ```text', ...shown.map((line) => `  ${line.replace(/```/g, "'''")}`), '  ```'].join('\n');
}
