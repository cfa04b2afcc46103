import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

/** The RestSharp stand-in (see its header comment), compiled once per test run. */
const STANDIN_SOURCE = join(import.meta.dirname, '..', 'standins', 'restsharp', 'RestSharp.cs');
const BUILD_DIR = join(import.meta.dirname, '..', '.work', 'restsharp-standin');
const STANDIN_DLL = join(BUILD_DIR, 'RestSharp.dll');

/**
 * The snippet is statements, as in a .NET 8 console app's Program.cs: these are its implicit usings
 * plus `using RestSharp;`. Mono's mcs is C# 7, so a sync Main waits for the async body. A failed
 * request does not throw in RestSharp (it sets ErrorException), so the wrapper rethrows it.
 */
function program(code: string): string {
  const body = code.trimEnd().replace(/^/gm, '        ');
  return `using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RestSharp;

static class Program {
    static async Task Run() {
${body}
        if (response.ErrorException != null) throw response.ErrorException;
    }

    static void Main() {
        Run().GetAwaiter().GetResult();
    }
}
`;
}

export const runner: Runner = {
  requires: ['mcs', 'mono'],
  async setup() {
    mkdirSync(BUILD_DIR, { recursive: true });
    await runCommand('mcs', ['-langversion:experimental', '-target:library', '-nowarn:1591', '-r:System.Net.Http', `-out:${STANDIN_DLL}`, STANDIN_SOURCE], { cwd: BUILD_DIR });
  },
  async run(code, workDir) {
    writeFileSync(join(workDir, 'Program.cs'), program(code));
    copyFileSync(STANDIN_DLL, join(workDir, 'RestSharp.dll'));
    await runCommand('mcs', ['-langversion:experimental', '-codepage:utf8', '-r:RestSharp.dll', '-r:System.Net.Http', '-out:Program.exe', 'Program.cs'], { cwd: workDir });
    await runCommand('mono', ['Program.exe'], { cwd: workDir });
  },
};
