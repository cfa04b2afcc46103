import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phpRunner } from './php.js';
import { runner as guzzleRunner } from './runners/php-guzzle.js';

const phpAvailable = (() => {
  try {
    execFileSync('php', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const workDir = () => mkdtempSync(join(tmpdir(), 'snipforge-php-'));

describe.runIf(phpAvailable)('phpRunner', () => {
  it('fails a snippet that prints a notice or warning, though php exits 0', async () => {
    await expect(phpRunner({}).run('<?php\necho $undefined;\n', workDir())).rejects.toThrow(/Undefined variable \$undefined/);
  });

  it('fails a snippet whose output says its client failed', async () => {
    await expect(phpRunner({ failure: /^cURL error: / }).run("<?php\necho 'cURL error: refused';\n", workDir())).rejects.toThrow(/cURL error: refused/);
    await expect(phpRunner({ failure: /^cURL error: / }).run("<?php\necho 'fine';\n", workDir())).resolves.toBeUndefined();
  });

  it.runIf(guzzleRunner.missing?.() === undefined)("gives `require 'vendor/autoload.php'` a shim that requires Debian's autoloader, and nothing else", async () => {
    const dir = workDir();
    await guzzleRunner.run("<?php\nrequire 'vendor/autoload.php';\nnew GuzzleHttp\\Client();\n", dir);
    expect(readFileSync(join(dir, 'vendor', 'autoload.php'), 'utf8')).toBe("<?php\nrequire_once '/usr/share/php/GuzzleHttp/autoload.php';\n");
  });
});
