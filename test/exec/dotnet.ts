import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PWSH, pwshEnv } from '../syntax/powershell.js';
import { batchedBuilds, processScratchDir, runCommand, splitLeadingDirectives, type BatchCase, type Runner } from './runner.js';

/**
 * The machinery the .NET runners share (C# and F# snippets built with the .NET SDK, PowerShell
 * scripts run by pwsh): one build of every case of a run, and ONE long-lived process per build that
 * runs case after case, so a run pays the runtime's start-up once instead of once per fixture.
 */

export const DOTNET_ENV = { DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1' };

/** What a driver prints on its own line after each case: `<mark>ok` or `<mark>failed`. A control character no snippet prints. */
const CASE_END_WORD = 'snipforge-case-end:';
const CASE_END_MARK = `\u0001${CASE_END_WORD}`;

/** How long one case may take in a driver before the process is killed (the next case starts a fresh one). */
const CASE_TIMEOUT_MS = 60_000;

/**
 * A long-lived process that runs cases one at a time: it reads one line per case from stdin (the case
 * and the directory to run it in, separated by a tab), runs it there, and ends its output with
 * CASE_END_MARK. Requests made while a case runs wait their turn. A case that outlives its time kills
 * the process; the next case starts a new one.
 */
export class CaseDriver {
  private child: ChildProcessWithoutNullStreams | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly command: string,
    private readonly args: readonly string[],
    private readonly env: NodeJS.ProcessEnv = {},
  ) {}

  /** Runs one case in `workDir`; rejects with the case's output when it failed. */
  run(caseName: string, workDir: string): Promise<void> {
    const turn = this.queue.then(() => this.runNow(caseName, workDir));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn(this.command, [...this.args], { env: { ...process.env, ...this.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    child.on('exit', () => {
      if (this.child === child) this.child = undefined;
    });
    // A driver still running when the tests end must not keep Node waiting.
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void }).unref?.();
    this.child = child;
    return child;
  }

  private runNow(caseName: string, workDir: string): Promise<void> {
    const child = this.child ?? this.start();
    return new Promise((resolve, reject) => {
      let stdout = '';
      let stderr = '';
      const onStdout = (data: Buffer) => {
        stdout += data.toString();
        const at = stdout.indexOf(CASE_END_MARK);
        if (at === -1 || !stdout.slice(at).includes('\n')) return;
        const status = stdout.slice(at + CASE_END_MARK.length).split('\n')[0]!.trim();
        finish(status === 'ok' ? undefined : `case ${caseName} failed`, stdout.slice(0, at));
      };
      const onStderr = (data: Buffer) => (stderr += data.toString());
      const onExit = (code: number | null, signal: string | null) => finish(`the driver exited with ${signal ?? code}`, stdout);
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        finish(`case ${caseName} ran longer than ${CASE_TIMEOUT_MS / 1000} s`, stdout);
      }, CASE_TIMEOUT_MS);
      const finish = (failure: string | undefined, output: string) => {
        clearTimeout(timer);
        child.stdout.off('data', onStdout);
        child.stderr.off('data', onStderr);
        child.off('exit', onExit);
        if (failure === undefined) resolve();
        else reject(new Error(`${failure}\n--- stdout\n${output.slice(-2000)}\n--- stderr\n${stderr.slice(-4000)}`));
      };
      child.stdout.on('data', onStdout);
      child.stderr.on('data', onStderr);
      child.on('exit', onExit);
      child.stdin.write(`${caseName}\t${workDir}\n`);
    });
  }
}

/** A .NET language whose snippets are compiled as cases of one console program. */
export interface DotnetLanguage {
  /** `csproj` or `fsproj`. */
  projectExtension: string;
  /** The file case i is compiled from, as compiler errors name it. */
  sourceName(caseNumber: number): string;
  /** Case i's source: the snippet in the runner's documented frame. */
  caseSource(code: string, caseNumber: number): string;
  /** The driver's file name and source: it serves cases 0..count-1 (see CaseDriver). */
  driver: { file: string; source(count: number): string };
  /** Extra project items (F# compiles only the files it lists, in order). */
  projectItems?(count: number): string;
}

/**
 * A console project (net10.0, ImplicitUsings and Nullable enabled, as `dotnet new console` makes it)
 * with the given NuGet packages. For C#, implicit usings are the only names a snippet gets without
 * showing them: System, System.Collections.Generic, System.IO, System.Linq, System.Net.Http,
 * System.Threading, System.Threading.Tasks.
 */
function project(language: DotnetLanguage, packages: Readonly<Record<string, string>>, count: number): string {
  const references = Object.entries(packages).map(([name, version]) => `    <PackageReference Include="${name}" Version="${version}" />\n`);
  return `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <AssemblyName>Snippets</AssemblyName>
  </PropertyGroup>
  <ItemGroup>
${references.join('')}${language.projectItems?.(count) ?? ''}  </ItemGroup>
</Project>
`;
}

/**
 * A runner for a compiled .NET client: every case of a run in one `dotnet build` (batchedBuilds), then
 * one driver process per build running the cases one after another. `snippetFile` is the name the
 * snippet is saved under in its work dir, for a reader of a failure.
 */
export function dotnetRunner(options: { id: string; language: DotnetLanguage; packages: Readonly<Record<string, string>>; snippetFile: string }): Runner {
  const { language } = options;
  const buildsDir = processScratchDir(join(import.meta.dirname, '.work', `${options.id}-builds`));
  const drivers = new Map<string, CaseDriver>();
  const builds = batchedBuilds({
    sourceName: language.sourceName,
    buildDir: (key) => (key.startsWith('batch-') ? join(buildsDir, key) : join(key, 'build')),
    async compile(buildDir, snippets) {
      writeFileSync(join(buildDir, `Snippets.${language.projectExtension}`), project(language, options.packages, snippets.length));
      writeFileSync(join(buildDir, language.driver.file), language.driver.source(snippets.length));
      snippets.forEach((code, i) => writeFileSync(join(buildDir, language.sourceName(i)), language.caseSource(code, i)));
      // No build servers: they would outlive the test run holding its output pipes.
      await runCommand('dotnet', ['build', '--disable-build-servers', '-nologo', '-v', 'q', '-clp:ErrorsOnly', '-o', 'out'], { cwd: buildDir, env: DOTNET_ENV, timeoutMs: 300_000 });
    },
  });
  // Cases run without a batch (e.g. an option test's pair) that arrive together are built together.
  const batched = new Map<string, string>();
  const waiting: BatchCase[] = [];
  let nextBuild: Promise<void> | undefined;
  const prepareBatch = async (cases: readonly BatchCase[]) => {
    for (const c of cases) batched.set(c.workDir, c.code);
    await builds.prepareBatch(cases);
  };
  return {
    requires: ['dotnet'],
    prepareBatch,
    async run(code, workDir) {
      writeFileSync(join(workDir, options.snippetFile), code);
      if (batched.get(workDir) !== code) {
        waiting.push({ code, workDir });
        nextBuild ??= new Promise((resolve) => setTimeout(resolve, 1000)).then(() => {
          nextBuild = undefined;
          return prepareBatch(waiting.splice(0));
        });
        await nextBuild;
      }
      const { buildDir, caseNumber } = await builds.compiled(code, workDir);
      let driver = drivers.get(buildDir);
      if (driver === undefined) {
        driver = new CaseDriver('dotnet', [join(buildDir, 'out', 'Snippets.dll')], DOTNET_ENV);
        drivers.set(buildDir, driver);
      }
      await driver.run(String(caseNumber), workDir);
    },
  };
}

/**
 * The C# frame: the snippet's using directives stay at the top of its file, its statements become
 * the body of `static async Task Run()` in a class of their own (`CaseN`), followed by `after` (a
 * check the client needs, e.g. RestSharp's ErrorException). Program.cs is the driver.
 */
export function csharpLanguage(after = ''): DotnetLanguage {
  return {
    projectExtension: 'csproj',
    sourceName: (caseNumber) => `Case${caseNumber}.cs`,
    caseSource: (code, caseNumber) => csharpCaseSource(code, caseNumber, after),
    driver: { file: 'Program.cs', source: csharpDriver },
  };
}

export function csharpCaseSource(code: string, caseNumber: number, after = ''): string {
  const { directives, statements } = splitLeadingDirectives(code, /^using [\w.]+;$/);
  return `${directives}
static class Case${caseNumber}
{
    public static async Task Run()
    {
${[statements.trimEnd(), after].join('\n').trimEnd().replace(/^(?=.)/gm, '        ')}
    }
}
`;
}

function csharpDriver(count: number): string {
  const arms = Array.from({ length: count }, (_, i) => `                    "${i}" => Case${i}.Run(),`);
  return `static class Program
{
    static async Task Main()
    {
        while (Console.ReadLine() is string line)
        {
            var tab = line.IndexOf('\\t');
            Environment.CurrentDirectory = line[(tab + 1)..];
            try
            {
                await (line[..tab] switch
                {
${arms.join('\n')}
                    _ => throw new ArgumentException("no case " + line[..tab]),
                });
                Console.WriteLine(${JSON.stringify(CASE_END_MARK)} + "ok");
            }
            catch (Exception e)
            {
                Console.WriteLine(e);
                Console.WriteLine(${JSON.stringify(CASE_END_MARK)} + "failed");
            }
        }
    }
}
`;
}

/**
 * The driver pwsh runs: each snippet script with `&` (a scope of its own) from its work dir, with
 * $ErrorActionPreference = 'Stop' so a failed request ends the case, and no progress bar. Its output
 * is dropped; an error is printed before the case's end mark.
 */
const POWERSHELL_DRIVER = `$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
while ($null -ne ($line = [Console]::In.ReadLine())) {
    $name, $dir = $line -split "\`t", 2
    Set-Location -LiteralPath $dir
    [Environment]::CurrentDirectory = $dir
    try {
        & (Join-Path $dir $name) | Out-Null
        $status = 'ok'
    } catch {
        [Console]::Out.WriteLine(($_ | Out-String))
        $status = 'failed'
    }
    [Console]::Out.WriteLine([char]1 + '${CASE_END_WORD}' + $status)
}
`;

/**
 * Snippets run as scripts (snippet.ps1 in the case's work dir, exactly as generated) by ONE pwsh
 * process per target (POWERSHELL_DRIVER above is the whole frame): pwsh takes seconds to start.
 */
export function powershellRunner(id: string): Runner {
  const driverFile = join(processScratchDir(join(import.meta.dirname, '.work', `${id}-driver`)), 'driver.ps1');
  let driver: CaseDriver | undefined;
  return {
    requires: [PWSH],
    async run(code, workDir) {
      writeFileSync(join(workDir, 'snippet.ps1'), code);
      if (driver === undefined) {
        mkdirSync(dirname(driverFile), { recursive: true });
        writeFileSync(driverFile, POWERSHELL_DRIVER);
        driver = new CaseDriver(PWSH, ['-NoProfile', '-NonInteractive', '-File', driverFile], { ...DOTNET_ENV, ...pwshEnv() });
      }
      await driver.run('snippet.ps1', workDir);
    },
  };
}

/**
 * The F# frame: each snippet becomes module `CaseN` (file CaseN.fs) holding its `open` lines and its
 * statements as the body of `let run () =`; Program.fs, compiled last, is the driver.
 */
export const fsharpLanguage: DotnetLanguage = {
  projectExtension: 'fsproj',
  sourceName: (caseNumber) => `Case${caseNumber}.fs`,
  caseSource(code, caseNumber) {
    const { directives, statements } = splitLeadingDirectives(code, /^open [\w.]+$/);
    return `module Case${caseNumber}\n\n${directives}\nlet run () =\n${statements.trimEnd().replace(/^(?=.)/gm, '    ')}\n`;
  },
  driver: {
    file: 'Program.fs',
    source(count) {
      const arms = Array.from({ length: count }, (_, i) => `            | "${i}" -> Case${i}.run ()`);
      return `module Program

open System

[<EntryPoint>]
let main _ =
    let mutable line = Console.ReadLine()
    while not (isNull line) do
        let tab = line.IndexOf('\\t')
        Environment.CurrentDirectory <- line.Substring(tab + 1)
        try
            match line.Substring(0, tab) with
${arms.join('\n')}
            | other -> failwithf "no case %s" other
            Console.WriteLine(${JSON.stringify(CASE_END_MARK)} + "ok")
        with error ->
            Console.WriteLine(string error)
            Console.WriteLine(${JSON.stringify(CASE_END_MARK)} + "failed")
        line <- Console.ReadLine()
    0
`;
    },
  },
  projectItems: (count) => [...Array.from({ length: count }, (_, i) => `Case${i}.fs`), 'Program.fs'].map((file) => `    <Compile Include="${file}" />\n`).join(''),
};
