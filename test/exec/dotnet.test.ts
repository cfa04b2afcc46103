import { describe, expect, it } from 'vitest';
import { csharpCaseSource, fsharpLanguage } from './dotnet.js';

describe('.NET frames add no import', () => {
  it('C#: the snippet\'s usings, then its statements in a method of a class of their own', () => {
    const source = csharpCaseSource('using System.Text;\n\nusing var client = new HttpClient();\n', 4);
    expect(source.match(/^using [\w.]+;$/gm)).toEqual(['using System.Text;']);
    expect(source).toContain('static class Case4\n{\n    public static async Task Run()\n    {\n        using var client = new HttpClient();\n    }\n}');
  });

  it('F#: the snippet\'s opens, then its statements as the body of run () in a module of their own', () => {
    const source = fsharpLanguage.caseSource('open System.IO\nopen System.Net.Http\n\nuse client = new HttpClient()\nlet body =\n    "a"\n', 2);
    expect(source.match(/^open .*$/gm)).toEqual(['open System.IO', 'open System.Net.Http']);
    expect(source).toContain('module Case2\n');
    expect(source).toContain('let run () =\n    use client = new HttpClient()\n    let body =\n        "a"\n');
  });

  it('F#: the project compiles the cases in order, the driver last', () => {
    expect(fsharpLanguage.projectItems!(2)).toBe('    <Compile Include="Case0.fs" />\n    <Compile Include="Case1.fs" />\n    <Compile Include="Program.fs" />\n');
  });
});
