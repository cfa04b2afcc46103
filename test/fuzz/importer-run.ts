import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { documentArbitrary, type FuzzDocument, type ImporterKind } from './importer-documents.js';

/** Longest a document may take to load and render for every target. */
export const DOCUMENT_BUDGET_MS = 1000;

/** Small valid documents read once per worker before timing starts, so that lazily loaded modules (the spec parser) do not count. */
const WARM_UP: Record<string, string> = {
  'warm-spec.json': JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: { 200: { description: 'ok' } } } } } }),
  'warm-spec.yaml': 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {/a: {get: {responses: {200: {description: ok}}}}}\n',
  'warm-collection.json': JSON.stringify({ info: { name: 'c', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [{ name: 'a', request: { url: 'https://x.test/a' } }] }),
  'warm-har.json': JSON.stringify({ log: { version: '1.2', entries: [{ request: { method: 'GET', url: 'https://x.test/a', headers: [] } }] } }),
};

/** Checks input files on a worker thread, each within a time budget; a document over it ends the worker (a new one starts). */
export class ImporterChecker {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  readonly dir = mkdtempSync(join(tmpdir(), 'snipforge-importer-fuzz-'));
  private count = 0;

  /** The problems of one document (none when the property holds), `hang` when it took longer than the budget. */
  async check(document: FuzzDocument, budgetMs = DOCUMENT_BUDGET_MS): Promise<{ problems: string[]; ms: number }> {
    const file = join(this.dir, `${document.kind}-${this.count++}.${document.extension}`);
    writeFileSync(file, document.text);
    try {
      return await this.checkFile(file, budgetMs);
    } finally {
      rmSync(file, { force: true });
    }
  }

  async checkFile(file: string, budgetMs: number): Promise<{ problems: string[]; ms: number }> {
    const worker = await this.started();
    const started = performance.now();
    const problems = await new Promise<string[]>((resolve) => {
      const timer = setTimeout(() => done([`hang: no answer within ${budgetMs} ms`]), budgetMs);
      const onMessage = (message: { problems: string[] }) => done(message.problems);
      const onError = (error: Error) => done([`the worker died: ${error.stack ?? error.message}`]);
      const done = (result: string[]) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        if (result.length > 0 && (result[0]!.startsWith('hang:') || result[0]!.startsWith('the worker died:'))) this.stop();
        resolve(result);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ file });
    });
    return { problems, ms: performance.now() - started };
  }

  private async started(): Promise<Worker> {
    if (this.worker === undefined) {
      const worker = new Worker(new URL('./importer-worker.mjs', import.meta.url));
      this.worker = worker;
      this.ready = new Promise<void>((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
      }).then(async () => {
        for (const [name, text] of Object.entries(WARM_UP)) {
          const file = join(this.dir, name);
          writeFileSync(file, text);
          await new Promise((resolve) => {
            worker.once('message', resolve);
            worker.postMessage({ file });
          });
        }
      });
    }
    await this.ready;
    return this.worker;
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.ready = undefined;
  }

  close(): void {
    this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface ImporterFuzzResult {
  kind: ImporterKind;
  runs: number;
  ms: number;
  /** The slowest document's time, in milliseconds. */
  slowestMs: number;
  failure: string | undefined;
}

/**
 * Runs the importer property on `runs` generated documents of one kind from `seed`. A document over the
 * budget is checked once more on a fresh worker (a busy machine can stall one run) before it counts as a hang.
 */
export async function fuzzImporter(kind: ImporterKind, { runs, seed, checker, onProgress, every = 500 }: { runs: number; seed: number; checker: ImporterChecker; onProgress?: (checked: number) => void; every?: number }): Promise<ImporterFuzzResult> {
  const started = performance.now();
  let slowestMs = 0;
  let checked = 0;
  let lastProblems: string[] = [];
  const property = fc.asyncProperty(documentArbitrary(kind), async (document) => {
    if (onProgress !== undefined && ++checked % every === 0) onProgress(checked);
    let { problems, ms } = await checker.check(document);
    if (problems[0]?.startsWith('hang:')) ({ problems, ms } = await checker.check(document));
    slowestMs = Math.max(slowestMs, ms);
    lastProblems = problems;
    return problems.length === 0;
  });
  // Shrinking a hang costs seconds per step: capped, the best counterexample so far is reported.
  const details = await fc.check(property, { numRuns: runs, seed, interruptAfterTimeLimit: 120_000 });
  let failure: string | undefined;
  if (details.failed && details.counterexample !== null) {
    const [document] = details.counterexample;
    const { problems } = await checker.check(document);
    failure = formatDocumentFailure(document, problems.length > 0 ? problems : lastProblems, seed, details.counterexamplePath ?? '');
  } else if (details.failed) {
    failure = `${kind}: the fuzz run failed without a counterexample (seed ${seed}): ${String(details.errorInstance)}`;
  }
  return { kind, runs: details.numRuns, ms: performance.now() - started, slowestMs, failure };
}

/** A failing document, shortened when huge, with its problems and how to replay it. */
export function formatDocumentFailure(document: FuzzDocument, problems: readonly string[], seed: number, path: string): string {
  const text = document.text.length > 4000 ? `${document.text.slice(0, 4000)}\n… (${document.text.length} characters in all)` : document.text;
  return [
    `${document.kind}: an input document breaks the importer property (replay: seed ${seed}, path "${path}").`,
    `Document (.${document.extension}):`,
    text,
    'Problems:',
    ...problems.map((p) => `  - ${p.replace(/\n/g, '\n    ')}`),
  ].join('\n');
}
