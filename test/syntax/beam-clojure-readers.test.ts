import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { runCommand } from '../exec/runner.js';
import { fixtures } from '../fixtures.js';
import { runtimeGate } from '../fuzz/decoders/run-literals.js';
import { clojureProblems } from './clojure.js';
import { erlangProblems } from './erlang.js';

/**
 * The Clojure and Erlang lexers (test/syntax/clojure.ts, erlang.ts) check syntax without a runtime; here
 * the real ones read every fixture's snippet: Clojure's reader reads every form (nothing evaluated),
 * and the Erlang compiler compiles each escript as a module (its shebang line made blank), which also
 * refuses an unbound or unused-and-unsafe variable. Each test is skipped only when its runtime is missing.
 */
const clojureGate = runtimeGate('java', ['-version']);
const erlangGate = runtimeGate('erl', ['-noshell', '-eval', 'halt().']);

const READ_FORMS = `(doseq [path *command-line-args*]
  (try
    (with-open [reader (java.io.PushbackReader. (clojure.java.io/reader path))]
      (binding [*read-eval* false]
        (loop [] (when-not (= ::end (read {:eof ::end} reader)) (recur)))))
    (println "ok" path)
    (catch Exception error (println "fail" path (.getMessage error) (some-> error .getCause .getMessage)))))
`;

const COMPILE_MODULES = `[begin
     {ok, Forms} = epp:parse_file(Path, []),
     Module = list_to_atom(filename:basename(Path, ".erl")),
     Result = compile:forms([{attribute, 1, module, Module}, {attribute, 1, export, [{main, 1}]} | Forms], [return_errors, binary]),
     io:format("~ts ~ts~n", [case Result of {ok, _, _} -> "ok"; _ -> "fail" end, Path]),
     case Result of {ok, _, _} -> ok; Errors -> io:format("~tp~n", [Errors]) end
 end || Path <- filelib:wildcard("*.erl")],
halt().`;

describe('real readers', () => {
  it.skipIf(clojureGate.skip)(`Clojure's reader reads every clojure-clj-http snippet${clojureGate.note}`, { timeout: 120_000 }, async () => {
    clojureGate.check();
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-clojure-reader-'));
    const files = fixtures.map((fixture) => {
      const file = join(dir, `${fixture.name}.clj`);
      writeFileSync(file, generate(fixture.request, 'clojure-clj-http'));
      return file;
    });
    writeFileSync(join(dir, 'read-forms.clj'), READ_FORMS);
    const { stdout } = await runCommand('java', ['-cp', '/usr/share/java/clojure.jar', 'clojure.main', 'read-forms.clj', ...files], { cwd: dir, timeoutMs: 110_000 });
    expect(stdout.split('\n').filter((line) => line !== '' && !line.startsWith('ok '))).toEqual([]);
    expect(stdout.split('\n').filter((line) => line.startsWith('ok '))).toHaveLength(files.length);
  });

  it.skipIf(erlangGate.skip)(`the Erlang compiler compiles every erlang-httpc snippet${erlangGate.note}`, { timeout: 120_000 }, async () => {
    erlangGate.check();
    const dir = mkdtempSync(join(tmpdir(), 'snipforge-erlang-compile-'));
    for (const [index, fixture] of fixtures.entries()) {
      const code = generate(fixture.request, 'erlang-httpc');
      expect(code.startsWith('#!/usr/bin/env escript\n')).toBe(true);
      writeFileSync(join(dir, `snippet_${index}.erl`), code.replace(/^#!.*/, ''));
    }
    const { stdout } = await runCommand('erl', ['-noshell', '-eval', COMPILE_MODULES], { cwd: dir, timeoutMs: 110_000 });
    expect(stdout.split('\n').filter((line) => line !== '' && !line.startsWith('ok '))).toEqual([]);
    expect(stdout.split('\n').filter((line) => line.startsWith('ok '))).toHaveLength(fixtures.length);
  });

  it('the lexers report an unterminated string and unbalanced brackets', async () => {
    expect((await clojureProblems('(println "a)\n')).map((p) => p.message)).toEqual(['a string that never ends', 'never closed (expected ))']);
    expect((await clojureProblems('(def x {"a" "b"])\n')).map((p) => [p.line, p.message])).toEqual([[1, '] where } was expected']]);
    expect((await erlangProblems('main(_) ->\n    X = <<"a"/utf8),\n    X.\n')).map((p) => [p.line, p.message])).toEqual([[2, ') where >> was expected']]);
  });
});
