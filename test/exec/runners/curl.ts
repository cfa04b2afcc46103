import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PWSH, pwshEnv } from '../../syntax/powershell.js';
import { runCommand, type Runner } from '../runner.js';

/**
 * The snippet is a command line: bash runs it as a script file, as a reader pasting it would. The
 * `--option shell=powershell` profile runs in PowerShell 7 (`pwsh -NoProfile -NonInteractive -File
 * snippet.ps1`) with a `curl.exe` link to curl first on PATH, the name Windows gives curl; `shell=cmd`
 * cannot run here (test/escape/cmd.test.ts reads its command lines as cmd.exe and curl.exe would).
 */
export const runner: Runner = {
  requires: ['bash', 'curl'],
  async run(code, workDir, options) {
    if (options?.shell === 'powershell') return runInPowerShell(code, workDir);
    if (options?.shell === 'cmd') throw new Error('the cmd profile cannot run on Linux; test/escape/cmd.test.ts checks its quoting');
    writeFileSync(join(workDir, 'snippet.sh'), code);
    // CURL_HOME points away from any ~/.curlrc, which could add options the snippet does not have.
    await runCommand('bash', ['snippet.sh'], { cwd: workDir, env: { CURL_HOME: workDir } });
  },
};

async function runInPowerShell(code: string, workDir: string): Promise<void> {
  const bin = join(workDir, 'bin');
  mkdirSync(bin, { recursive: true });
  if (!existsSync(join(bin, 'curl.exe'))) symlinkSync('/usr/bin/curl', join(bin, 'curl.exe'));
  writeFileSync(join(workDir, 'snippet.ps1'), code);
  // A failing native command does not stop a script by itself: the exit code is checked after it.
  await runCommand(PWSH, ['-NoProfile', '-NonInteractive', '-Command', '& ./snippet.ps1; exit $LASTEXITCODE'], { cwd: workDir, env: { ...pwshEnv(), CURL_HOME: workDir, PATH: `${bin}:${process.env.PATH ?? ''}`, DOTNET_CLI_TELEMETRY_OPTOUT: '1', POWERSHELL_TELEMETRY_OPTOUT: '1' } });
}
