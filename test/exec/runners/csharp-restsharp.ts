import { csharpCaseSource, csharpLanguage, dotnetRunner } from '../dotnet.js';

/** RestSharp does not throw on a failed request (it sets ErrorException), so the frame rethrows it. */
const RETHROW = 'if (response.ErrorException != null) throw response.ErrorException;';

/**
 * The frame around a snippet (what a reader pastes into Program.cs): its using directives stay at the
 * top of the file, its statements become the body of `static async Task Run()` in a class of their
 * own, followed by the rethrow above.
 */
export const caseSource = (code: string, caseNumber: number) => csharpCaseSource(code, caseNumber, RETHROW);

/** Snippets built with the .NET SDK against RestSharp 112.1.0 from NuGet (README: execution matrix), all cases of a run in one build and one process. */
export const runner = dotnetRunner({ id: 'csharp-restsharp', language: csharpLanguage(RETHROW), packages: { RestSharp: '112.1.0' }, snippetFile: 'Program.cs' });
