import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTarget, targetIds } from '../../src/index.js';
import { runCommand } from '../exec/runner.js';
import { runtimeGate } from '../fuzz/decoders/run-literals.js';

/**
 * R and Perl have no tree-sitter grammar here: the lexers in r.ts and perl.ts check structure and
 * literals, and this test parses every snapshot of the R and Perl clients with the language's own
 * parser, one process per language: R's parse() on each file, and perl compiling each file as the body
 * of a sub without running it (what `perl -c` does: `use` lines are loaded, nothing else runs).
 */
const SNAPSHOTS = join(import.meta.dirname, '..', 'snapshots');

function snapshotsOf(language: string): string[] {
  const targets = targetIds.map((id) => findTarget(id)!.info).filter((info) => info.language === language);
  return readdirSync(SNAPSHOTS).flatMap((fixture) => targets.map((info) => join(SNAPSHOTS, fixture, `${info.id}.${info.extension}`))).filter(existsSync);
}

/** Each file with what the parser said about it: '' when it parsed. */
const byFile = (stdout: string) => Object.fromEntries(stdout.split('\n').filter((line) => line !== '').map((line) => line.split('\t') as [string, string]));

describe('R snapshots', () => {
  const gate = runtimeGate('Rscript', ['--version']);
  it.skipIf(gate.skip)(`parse with R's parser${gate.note}`, { timeout: 60_000 }, async () => {
    gate.check();
    const files = snapshotsOf('r');
    expect(files.length).toBeGreaterThan(0);
    const script = 'for (f in commandArgs(TRUE)) cat(f, "\\t", tryCatch({ parse(file = f, encoding = "UTF-8"); "" }, error = function(e) gsub("\\n", " ", conditionMessage(e))), "\\n", sep = "")\n';
    const { stdout } = await runCommand('Rscript', ['--vanilla', '-e', script, ...files], { cwd: SNAPSHOTS });
    expect(byFile(stdout)).toEqual(Object.fromEntries(files.map((f) => [f, ''])));
  });

  it.skipIf(gate.skip)(`the check fails on a string closed early${gate.note}`, async () => {
    const { stdout } = await runCommand('Rscript', ['--vanilla', '-e', 'cat(tryCatch({ parse(text = "f(\\"a\\" \\"b\\")"); "parsed" }, error = function(e) "refused"))'], { cwd: SNAPSHOTS });
    expect(stdout).toBe('refused');
  });
});

describe('Perl snapshots', () => {
  const gate = runtimeGate('perl', ['-v']);
  // Each file compiled in a package of its own, as the body of a sub that is never called.
  const script = [
    'my $n = 0;',
    'for my $file (@ARGV) {',
    '  open my $fh, "<", $file or die "$file: $!";',
    '  my $code = do { local $/; <$fh> };',
    '  $n++;',
    '  eval "package SnipforgeCheck$n; sub {\\n#line 1 \\"$file\\"\\n$code\\n}" or do { (my $error = $@) =~ s/\\n/ /g; print "$file\\t$error\\n"; next };',
    '  print "$file\\t\\n";',
    '}',
  ].join('\n');

  it.skipIf(gate.skip)(`compile with perl${gate.note}`, { timeout: 60_000 }, async () => {
    gate.check();
    const files = snapshotsOf('perl');
    expect(files.length).toBeGreaterThan(0);
    const { stdout } = await runCommand('perl', ['-e', script, ...files], { cwd: SNAPSHOTS });
    expect(byFile(stdout)).toEqual(Object.fromEntries(files.map((f) => [f, ''])));
  });

  it.skipIf(gate.skip)(`the check fails on a string closed early${gate.note}`, async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'snipforge-perl-')), 'broken.pl');
    writeFileSync(broken, "use strict;\nmy $x = 'it's';\n");
    const { stdout } = await runCommand('perl', ['-e', script, broken], { cwd: SNAPSHOTS });
    expect(byFile(stdout)[broken]).toMatch(/broken\.pl line 2/);
  });
});
