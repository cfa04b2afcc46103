import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchedBuilds, processScratchDir, runCommand, splitLeadingDirectives, type Runner } from '../runner.js';

/** The RestSharp the snippets are written for (README: execution matrix), restored from NuGet. */
const RESTSHARP_VERSION = '112.1.0';
const BUILDS_DIR = processScratchDir(join(import.meta.dirname, '..', '.work', 'csharp-restsharp-builds'));
const DOTNET_ENV = { DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1' };

/**
 * A `dotnet new console` project (net10.0, ImplicitUsings and Nullable enabled) that references
 * RestSharp. Its implicit usings are the only names a snippet gets without showing them: System,
 * System.Collections.Generic, System.IO, System.Linq, System.Net.Http, System.Threading,
 * System.Threading.Tasks.
 */
const PROJECT = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <AssemblyName>Snippets</AssemblyName>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="RestSharp" Version="${RESTSHARP_VERSION}" />
  </ItemGroup>
</Project>
`;

/**
 * The frame around a snippet (what a reader pastes into Program.cs): its using directives stay at the
 * top of the file, its statements become the body of `static async Task Run()` in a class of their
 * own. RestSharp does not throw on a failed request (it sets ErrorException), so the frame rethrows it.
 */
export function caseSource(code: string, caseNumber: number): string {
  const { directives, statements } = splitLeadingDirectives(code, /^using [\w.]+;$/);
  return `${directives}
static class Case${caseNumber}
{
    public static async Task Run()
    {
${statements.trimEnd().replace(/^(?=.)/gm, '        ')}
        if (response.ErrorException != null) throw response.ErrorException;
    }
}
`;
}

/** Program.cs: `Snippets <case number>` runs that case. */
function dispatcher(count: number): string {
  const arms = Array.from({ length: count }, (_, i) => `            "${i}" => Case${i}.Run(),`);
  return `static class Program
{
    static Task Main(string[] args) =>
        args[0] switch
        {
${arms.join('\n')}
            _ => throw new ArgumentException("no case " + args[0]),
        };
}
`;
}

const builds = batchedBuilds({
  sourceName: (caseNumber) => `Case${caseNumber}.cs`,
  buildDir: (key) => (key.startsWith('batch-') ? join(BUILDS_DIR, key) : join(key, 'build')),
  async compile(buildDir, snippets) {
    writeFileSync(join(buildDir, 'Snippets.csproj'), PROJECT);
    writeFileSync(join(buildDir, 'Program.cs'), dispatcher(snippets.length));
    snippets.forEach((code, i) => writeFileSync(join(buildDir, `Case${i}.cs`), caseSource(code, i)));
    // No build servers: they would outlive the test run holding its output pipes.
    await runCommand('dotnet', ['build', '--disable-build-servers', '-nologo', '-v', 'q', '-clp:ErrorsOnly', '-o', 'out'], { cwd: buildDir, env: DOTNET_ENV, timeoutMs: 300_000 });
  },
});

/** Snippets built with the .NET SDK against RestSharp from NuGet, all cases of a run in one `dotnet build`. */
export const runner: Runner = {
  requires: ['dotnet'],
  prepareBatch: builds.prepareBatch,
  async run(code, workDir) {
    const { buildDir, caseNumber } = await builds.compiled(code, workDir);
    writeFileSync(join(workDir, 'Program.cs'), code);
    await runCommand('dotnet', [join(buildDir, 'out', 'Snippets.dll'), String(caseNumber)], { cwd: workDir, env: DOTNET_ENV });
  },
};
