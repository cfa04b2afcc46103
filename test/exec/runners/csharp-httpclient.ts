import { csharpLanguage, dotnetRunner } from '../dotnet.js';

/**
 * Snippets built with the .NET 10 SDK (System.Net.Http is part of it), all cases of a run in one build
 * and one process. The frame (what a reader pastes into Program.cs): the snippet's using directives at
 * the top of the file, its statements as the body of `static async Task Run()` in a class of their own.
 */
export const runner = dotnetRunner({ id: 'csharp-httpclient', language: csharpLanguage(), packages: {}, snippetFile: 'Program.cs' });
