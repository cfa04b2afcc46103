import { targetReasons, type Status } from '../matrix.js';

export interface OperationResult {
  target: string;
  operation: string;
  status: Status;
  reason?: string | undefined;
}

/** Enough of a failure to act on; the vitest output has it all. */
const MAX_REASON_LINES = 8;

/** reports/openapi-exec-matrix.md: operations down, targets across, the pass rate per target, then every reason. */
export function formatOpenApiMatrix(targets: readonly string[], operations: readonly string[], results: readonly OperationResult[], seconds: Readonly<Record<string, number>>): string {
  const byCase = new Map(results.map((r) => [`${r.target}\0${r.operation}`, r]));
  const rate = (target: string) => {
    const ran = results.filter((r) => r.target === target && r.status !== 'SKIP' && r.status !== 'STATIC');
    const valid = ran.filter((r) => r.status === 'PASS' || r.status === 'XPASS').length;
    return ran.length === 0 ? '—' : `${valid}/${ran.length} (${((100 * valid) / ran.length).toFixed(1)} %)`;
  };
  const ran = results.filter((r) => r.status !== 'SKIP' && r.status !== 'STATIC');
  const valid = ran.filter((r) => r.status === 'PASS' || r.status === 'XPASS').length;
  const lines = [
    '# OpenAPI execution matrix',
    '',
    'Every operation of the specs in test/fixtures/openapi-exec, built with `--server {{baseUrl}}` and run in every target against a',
    'raw-TCP recording server (credentials left as generated placeholders); the recorded request was validated against the spec\'s',
    'operation by two libraries, openapi-backend and openapi-request-validator (parameters deserialized by style/explode, body by',
    'media type, formats checked), plus a security-presence check (`npm run test:exec`). **PASS**: valid by both; **FAIL**: invalid',
    'or did not run; **LIMIT**: a known client',
    'limitation (test/exec/openapi/limitations.ts); **SKIP**: runtime not installed; **STATIC**: no runtime on Linux (not counted).',
    '',
    `Valid: **${valid} of ${ran.length} cells (${ran.length === 0 ? '—' : ((100 * valid) / ran.length).toFixed(1)} %)**.`,
    '',
    `| operation | ${targets.join(' | ')} |`,
    `|---|${targets.map(() => '---').join('|')}|`,
    ...operations.map((operation) => `| ${operation} | ${targets.map((target) => byCase.get(`${target}\0${operation}`)?.status ?? '—').join(' | ')} |`),
    `| **valid** | ${targets.map(rate).join(' | ')} |`,
    `| **seconds** | ${targets.map((target) => (seconds[target] === undefined ? '—' : seconds[target].toFixed(0))).join(' | ')} |`,
  ];
  for (const [title, status] of [['Failures', 'FAIL'], ['Known limitations', 'LIMIT'], ['Limitations that now pass (remove them from test/exec/openapi/limitations.ts)', 'XPASS']] as const) {
    const matching = results.filter((r) => r.status === status).sort((a, b) => a.target.localeCompare(b.target) || a.operation.localeCompare(b.operation));
    if (matching.length === 0) continue;
    lines.push('', `## ${title}`, '');
    for (const r of matching) lines.push(`- **${r.target} × ${r.operation}**`, '', block(r.reason ?? ''), '');
  }
  lines.push(...targetReasons(results, 'STATIC', 'Static (not run: no runtime on Linux; each checked statically as it says)'));
  return lines.join('\n') + '\n';
}

function block(text: string): string {
  const lines = text.split('\n');
  const shown = lines.length > MAX_REASON_LINES ? [...lines.slice(0, MAX_REASON_LINES), `… (${lines.length - MAX_REASON_LINES} more lines)`] : lines;
  return ['  ```text', ...shown.map((line) => `  ${line.replace(/```/g, "'''")}`), '  ```'].join('\n');
}
