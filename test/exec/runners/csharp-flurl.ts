import { csharpLanguage, dotnetRunner } from '../dotnet.js';

/**
 * Snippets built with the .NET 10 SDK against Flurl.Http 4.0.2 from NuGet, all cases of a run in one
 * build and one process. The frame (what a reader pastes into Program.cs): the snippet's using
 * directives at the top of the file, its statements as the body of `static async Task Run()` in a
 * class of their own. Flurl throws on a failed call, so no check is added.
 */
export const runner = dotnetRunner({ id: 'csharp-flurl', language: csharpLanguage(), packages: { 'Flurl.Http': '4.0.2' }, snippetFile: 'Program.cs' });
