import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchedBuilds, splitLeadingDirectives } from './runner.js';
import { caseSource as csharpCase } from './runners/csharp-restsharp.js';
import { caseSource as swiftCase } from './runners/swift-urlsession.js';

/** A fake compiler: records each build's snippets, fails naming the source file of every snippet that says `broken`. */
function fakeCompiler() {
  const builds: { dir: string; snippets: readonly string[] }[] = [];
  const root = mkdtempSync(join(tmpdir(), 'snipforge-batch-'));
  const builder = batchedBuilds({
    sourceName: (caseNumber) => `case${caseNumber}.src`,
    buildDir: (key) => join(root, key.startsWith('batch-') ? key : `alone-${key.split('/').pop()}`),
    async compile(dir, snippets) {
      builds.push({ dir, snippets });
      const errors = snippets.flatMap((code, i) => (code.includes('broken') ? [`case${i}.src:1: error`] : []));
      if (errors.length > 0) throw new Error(errors.join('\n'));
    },
  });
  return { builder, builds };
}

describe('batchedBuilds', () => {
  it('builds a batch once and finds each case in it by its work dir', async () => {
    const { builder, builds } = fakeCompiler();
    await builder.prepareBatch([
      { code: 'a', workDir: '/w/a' },
      { code: 'b', workDir: '/w/b' },
    ]);
    const b = await builder.compiled('b', '/w/b');
    expect(builds.map((x) => x.snippets)).toEqual([['a', 'b']]);
    expect(b).toEqual({ buildDir: builds[0]!.dir, caseNumber: 1 });
  });

  it('leaves out the cases the compiler names, rebuilds the rest once, and builds a left-out case alone', async () => {
    const { builder, builds } = fakeCompiler();
    await builder.prepareBatch([
      { code: 'a', workDir: '/w/a' },
      { code: 'broken', workDir: '/w/x' },
      { code: 'c', workDir: '/w/c' },
    ]);
    expect(builds.map((x) => x.snippets)).toEqual([['a', 'broken', 'c'], ['a', 'c']]);
    expect(await builder.compiled('c', '/w/c')).toEqual({ buildDir: builds[1]!.dir, caseNumber: 1 });
    await expect(builder.compiled('broken', '/w/x')).rejects.toThrow('case0.src:1: error');
    expect(builds.at(-1)!.snippets).toEqual(['broken']);
  });

  it('builds a case alone when its code is not the code that was batched', async () => {
    const { builder, builds } = fakeCompiler();
    await builder.prepareBatch([{ code: 'a', workDir: '/w/a' }]);
    expect(await builder.compiled('a changed', '/w/a')).toEqual({ buildDir: builds[1]!.dir, caseNumber: 0 });
  });
});

describe('splitLeadingDirectives', () => {
  it('keeps the leading directive and blank lines at file level and the rest as statements', () => {
    const code = 'import Foundation\n#if canImport(FoundationNetworking)\nimport FoundationNetworking\n#endif\n\nlet x = 1\nimport Later\n';
    expect(splitLeadingDirectives(code, /^(import \w+|#if .*|#endif)$/)).toEqual({
      directives: 'import Foundation\n#if canImport(FoundationNetworking)\nimport FoundationNetworking\n#endif\n',
      statements: 'let x = 1\nimport Later\n',
    });
  });
});

describe('compiled frames add no import', () => {
  it('csharp-restsharp: the snippet\'s usings, then its statements in a method of a class of their own', () => {
    const source = csharpCase('using RestSharp;\n\nvar x = 1;\nRestResponse response = null!;\n', 3);
    expect(source.match(/^using .*;$/gm)).toEqual(['using RestSharp;']);
    expect(source).toContain('static class Case3\n{\n    public static async Task Run()\n    {\n        var x = 1;\n');
  });

  it('swift-urlsession: the snippet\'s imports, then its statements in a function', () => {
    const source = swiftCase('import Foundation\n#if canImport(FoundationNetworking)\nimport FoundationNetworking\n#endif\n\nlet x = 1\n', 2);
    expect(source.match(/^(import|#if|#endif).*$/gm)).toEqual(['import Foundation', '#if canImport(FoundationNetworking)', 'import FoundationNetworking', '#endif']);
    expect(source).toContain('func snippet2() throws {\nlet x = 1\n}');
  });
});
