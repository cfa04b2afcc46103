import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Runner } from '../runner.js';

const JQUERY = readFileSync(join(import.meta.dirname, '..', '..', '..', 'node_modules', 'jquery', 'dist', 'jquery.js'), 'utf8');

/**
 * Runs the snippet in a jsdom page with jQuery, as a browser would: the page is served from the
 * recording server's origin (the snippet's URL), so the request is same-origin and needs no CORS.
 * jsdom follows the XHR standard (forbidden headers, ByteString values). The page has one
 * `<input type=file>` per `fileInputs[i]` the snippet reads, holding the work-dir file the snippet
 * names right after it (the FormData file name, or the comment after a file body).
 */
export const runner: Runner = {
  requires: [],
  async run(code, workDir) {
    writeFileSync(join(workDir, 'snippet.js'), code);
    const origin = /https?:\/\/[^/'"]+/.exec(code)?.[0];
    if (origin === undefined) throw new Error('no http URL in the snippet');

    const problems: string[] = [];
    const virtualConsole = new VirtualConsole();
    virtualConsole.on('jsdomError', (error) => problems.push(error.message));
    const fileNames = pickedFiles(code, workDir);
    const dom = new JSDOM(`<!DOCTYPE html><body>${'<input type="file">'.repeat(fileNames.length)}</body>`, { url: `${origin}/`, runScripts: 'outside-only', virtualConsole });
    const { window } = dom;
    try {
      window.eval(JQUERY);
      window.document.querySelectorAll('input[type=file]').forEach((input, i) => {
        const name = fileNames[i]!;
        Object.defineProperty(input, 'files', { value: [new window.File([readFileSync(join(workDir, name))], name)] });
      });
      const completed = new Promise<void>((resolve, reject) => {
        window.$(window.document).on('ajaxComplete', (_event: unknown, xhr: { status: number }) => {
          if (xhr.status === 0) reject(new Error(`the request failed (status 0): ${problems.join('; ')}`));
          else resolve();
        });
      });
      window.eval(code);
      await completed;
    } finally {
      window.close();
    }
  },
};

/**
 * The file each `fileInputs[i]` holds: the string literal that follows `fileInputs[i].files[0]` on its
 * line. A part's file name is WHATWG-encoded (`"` as %22): the user picked the file it stands for.
 */
function pickedFiles(code: string, workDir: string): string[] {
  const names: string[] = [];
  for (const [, index, literal] of code.matchAll(/fileInputs\[(\d+)\]\.files\[0\][^"'\n]*("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/g)) {
    const name = runInNewContext(literal!) as string;
    names[Number(index)] = existsSync(join(workDir, name)) ? name : name.replace(/%22|%0D|%0A/g, (code) => String.fromCharCode(parseInt(code.slice(1), 16)));
  }
  return names;
}
