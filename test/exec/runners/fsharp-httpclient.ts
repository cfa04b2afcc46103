import { dotnetRunner, fsharpLanguage } from '../dotnet.js';

/**
 * Snippets built as one F# console project (.NET 10 SDK, F# 10), all cases of a run in one build and
 * one process. The frame: a module per snippet (`module CaseN`) with the snippet's `open` lines, its
 * statements as the body of `let run () =`; the driver Program.fs calls the case it is given.
 */
export const runner = dotnetRunner({ id: 'fsharp-httpclient', language: fsharpLanguage, packages: {}, snippetFile: 'Program.fs' });
