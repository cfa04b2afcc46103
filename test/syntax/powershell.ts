import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LiteralScan, LiteralSpan } from '../fuzz/literals.js';
import type { SyntaxProblem } from './tree-sitter.js';

/**
 * PowerShell has no tree-sitter grammar in tree-sitter-wasms, so its snippets are checked by
 * PowerShell's own parser (System.Management.Automation.Language.Parser.ParseInput, which parses
 * without running anything): its syntax errors, and its AST read for the literal scan of the fuzz
 * property. A string expression is a single-quoted string or here-string, an expandable string with
 * no interpolation (its backtick escapes decoded by the parser), or a `+` of those, parenthesised or
 * not; barewords are code. One pwsh process serves every parse of a test file (pwsh takes seconds
 * to start).
 */

/** PowerShell 7 as the .NET global tool scripts/install-runtimes.sh installs, or a pwsh on PATH. */
const GLOBAL_TOOL_PWSH = join(homedir(), '.dotnet', 'tools', 'pwsh');
export const PWSH = existsSync(GLOBAL_TOOL_PWSH) ? GLOBAL_TOOL_PWSH : 'pwsh';

/**
 * What every pwsh the tests start runs with: a cache folder of its own. pwsh writes a JIT startup profile to
 * $XDG_CACHE_HOME/powershell when it starts; pwsh processes started together (the tests start several) can leave it
 * corrupt (PowerShell/PowerShell#26528), and every later pwsh then dies at start with "The given assembly name was
 * invalid". Starting without the shared profile costs ~0.2 s, once per pwsh process.
 */
export function pwshEnv(): { XDG_CACHE_HOME: string } {
  return { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'snipforge-pwsh-cache-')) };
}

const SERVER = String.raw`
$ErrorActionPreference = 'Stop'
$language = [System.Management.Automation.Language.StringConstantExpressionAst].Namespace
function Get-StringValue($node) {
    switch ($node.GetType().Name) {
        'StringConstantExpressionAst' { if ($node.StringConstantType -ne 'BareWord') { return $node.Value } }
        'ExpandableStringExpressionAst' { if ($node.NestedExpressions.Count -eq 0) { return $node.Value } }
        'BinaryExpressionAst' {
            if ($node.Operator -eq 'Plus') {
                $left = Get-StringValue $node.Left
                $right = Get-StringValue $node.Right
                if ($null -ne $left -and $null -ne $right) { return $left + $right }
            }
        }
        'ParenExpressionAst' {
            $elements = $node.Pipeline.PipelineElements
            if ($elements.Count -eq 1 -and $elements[0].GetType().Name -eq 'CommandExpressionAst' -and $elements[0].Redirections.Count -eq 0) { return Get-StringValue $elements[0].Expression }
        }
    }
    return $null
}
while ($null -ne ($line = [Console]::In.ReadLine())) {
    $code = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($line))
    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($code, [ref]$tokens, [ref]$errors)
    $literals = @()
    $problems = @()
    foreach ($node in $ast.FindAll({ $true }, $true)) {
        $value = Get-StringValue $node
        if ($null -ne $value) {
            $literals += @{ start = $node.Extent.StartOffset; end = $node.Extent.EndOffset; value = $value }
        } elseif ($node.GetType().Name -eq 'ExpandableStringExpressionAst') {
            $problems += @{ start = $node.Extent.StartOffset; message = 'an expandable string with an interpolation'; text = $node.Extent.Text }
        }
    }
    $comments = @($tokens | Where-Object { $_.Kind -eq 'Comment' } | ForEach-Object { @{ start = $_.Extent.StartOffset; end = $_.Extent.EndOffset } })
    $syntax = @($errors | ForEach-Object { @{ line = $_.Extent.StartLineNumber; column = $_.Extent.StartColumnNumber; message = $_.Message } })
    $reply = @{ syntax = $syntax; literals = $literals; comments = $comments; problems = $problems } | ConvertTo-Json -Compress -Depth 4
    [Console]::Out.WriteLine([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($reply)))
}
`;

interface Reply {
  syntax: SyntaxProblem[];
  literals: LiteralSpan[];
  comments: { start: number; end: number }[];
  problems: { start: number; message: string; text: string }[];
}

interface Pending {
  answer(line: string): void;
  fail(error: Error): void;
}

let server: { child: ChildProcessWithoutNullStreams; pending: Pending[]; buffer: string } | undefined;
let queue: Promise<unknown> = Promise.resolve();

function start(): NonNullable<typeof server> {
  const script = join(mkdtempSync(join(tmpdir(), 'snipforge-pwsh-')), 'parse-server.ps1');
  writeFileSync(script, SERVER);
  const child = spawn(PWSH, ['-NoProfile', '-NonInteractive', '-File', script], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...pwshEnv() } });
  const started = { child, pending: [] as Pending[], buffer: '' };
  child.stdout.on('data', (data: Buffer) => {
    started.buffer += data.toString();
    let newline: number;
    while ((newline = started.buffer.indexOf('\n')) !== -1) {
      const line = started.buffer.slice(0, newline).trim();
      started.buffer = started.buffer.slice(newline + 1);
      if (line !== '') started.pending.shift()?.answer(line);
    }
  });
  const stop = (error: Error) => {
    if (server === started) server = undefined;
    for (const pending of started.pending.splice(0)) pending.fail(error);
  };
  child.on('error', (error) => stop(new Error(`cannot start ${PWSH} (scripts/install-runtimes.sh installs PowerShell 7.6): ${error.message}`)));
  child.on('exit', (code) => stop(new Error(`pwsh exited with ${code}`)));
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void }).unref?.();
  return started;
}

/** What PowerShell's parser says about `code`: syntax errors, string expressions, comments. */
export function parsePowerShell(code: string): Promise<Reply> {
  const turn = queue.then(
    () =>
      new Promise<Reply>((resolve, reject) => {
        server ??= start();
        const timer = setTimeout(() => reject(new Error('pwsh did not answer within 60 s')), 60_000);
        server.pending.push({
          answer(line) {
            clearTimeout(timer);
            const reply = JSON.parse(Buffer.from(line, 'base64').toString('utf8')) as Partial<Reply>;
            resolve({ syntax: reply.syntax ?? [], literals: reply.literals ?? [], comments: reply.comments ?? [], problems: reply.problems ?? [] });
          },
          fail(error) {
            clearTimeout(timer);
            reject(error);
          },
        });
        server.child.stdin.write(Buffer.from(code, 'utf8').toString('base64') + '\n');
      }),
  );
  queue = turn.catch(() => undefined);
  return turn;
}

/** Starts pwsh ahead of the first parse (it takes seconds), for a test's beforeAll. */
export async function powershellReady(): Promise<void> {
  await parsePowerShell('');
}

/** The syntax errors PowerShell's parser reports. */
export async function powershellProblems(code: string): Promise<SyntaxProblem[]> {
  return (await parsePowerShell(code)).syntax;
}

/** The fuzz property's literal scan, from PowerShell's own AST: outermost string expressions first. */
export async function scanPowerShell(code: string): Promise<LiteralScan> {
  const reply = await parsePowerShell(code);
  const literals = [...reply.literals].sort((a, b) => a.start - b.start || b.end - a.end);
  const outermost: LiteralSpan[] = [];
  for (const literal of literals) if (!outermost.some((kept) => literal.start >= kept.start && literal.end <= kept.end)) outermost.push(literal);
  const lineOf = (offset: number) => code.slice(0, offset).split('\n').length;
  return {
    literals: outermost,
    comments: reply.comments,
    problems: reply.problems.map((p) => `${lineOf(p.start)} ${p.message}: ${JSON.stringify(p.text.slice(0, 80))}`),
  };
}
