import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { build, DEFAULT_LOCK_WAIT_MS } from '../site/build/build.js';
import { BuildMemory } from '../site/build/memory.js';
import { BUILD_FORMATS, normalizeFormats } from '../site/build/options.js';
import { MD_FLAVORS, type BuildFailure, type BuildOptions, type BuildResult, type MdFlavor } from '../site/build/types.js';
import { UsageError } from '../errors.js';
import { terminalJson, terminalLines, terminalText } from '../text.js';
import type { Io } from './io.js';
import { displayPath } from '../site/writers/files.js';
import { runSettings } from './config.js';
import { checkOutDirectory, idFlag, optionFlags, secretFlags, parseSecretOptions, parseSpecOptions, parseVars, specFlags, variablesLoader, type ClientOptionArgs, type IdArgs, type SecretArgs, type SpecArgs } from './options.js';
import { maskedMessage } from '../model/secrets.js';
import { progressReporter } from './progress.js';
import { watchInputs } from './watch.js';
import { interruptOnSignals } from './interrupt.js';

/** What a command needs from the CLI around it. */
export interface CommandContext {
  io: Io;
  setExitCode: (code: number) => void;
  /** Prints an error the way the CLI does (one line, no stack trace) and returns its exit code. */
  reportError: (error: unknown) => number;
}

interface BuildArgs extends SpecArgs, ClientOptionArgs, SecretArgs, IdArgs {
  input: string[];
  out: string;
  format: string[];
  targets?: string[];
  labels: string[];
  var: string[];
  env?: string;
  title?: string;
  resolve: boolean;
  files: boolean;
  replaceSamples: boolean;
  watch: boolean;
  quiet: boolean;
  json: boolean;
  progressAfter: number;
  lockTimeout: number;
  mdFlavor: MdFlavor;
  requestTitles: boolean;
  withResponse: boolean;
}

/** An editor's save is a burst of events; one rebuild after it settles. */
const WATCH_DEBOUNCE_MS = 150;
const EXIT_OK = 0;
const EXIT_FAILED = 1;

const EPILOG = [
  'Writes DIR/<folders>/<request-slug>/<target>.<ext> for every request and target (not with --no-files), the chosen documents next to them',
  '(<request-slug>/snippets.md, snippets.mdx, snippets.json; index.html for html; the spec under its own name for',
  'x-codesamples and x-readme), and DIR/manifest.json listing every',
  'request with its snippets, labels and content hashes. Unchanged files are not rewritten (their mtime stays); files',
  'of removed requests are deleted (only files listed in the previous manifest.json).',
  'One build at a time per DIR (DIR/.snipforge.lock; a second one waits --lock-timeout seconds); manifest.json is written',
  'only once every file it lists is in place, so a build killed or interrupted part-way leaves the previous one, and the',
  'next build completes the output.',
  'Exit code: 0 built; 1 bad input, a request failed (the others are still written), or DIR locked by another build; 2 usage',
  'error; 130 interrupted (Ctrl-C).',
].join(' ');

export function buildCommand(context: CommandContext): CommandModule<object, BuildArgs> {
  return {
    command: 'build <input...>',
    describe: 'Build snippets, Markdown/MDX/JSON documents and a manifest for a doc site',
    builder: (y: Argv) =>
      idFlag(secretFlags(optionFlags(specFlags(y))))
        // No default: yargs would show `[default: []]` for a required list.
        .positional('input', { type: 'string', array: true, default: undefined, describe: 'Postman collections, request model files, HAR files, OpenAPI 3.0/3.1 or Swagger 2.0 specs (JSON or YAML), or directories of them (searched for *.json)' })
        .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'Output directory (created if missing)' })
        .option('format', { alias: 'f', type: 'string', array: true, default: [], describe: `Documents per request besides the snippet files: ${BUILD_FORMATS.join(', ')} (repeat or comma-separate; html is one site-wide page; x-codesamples or x-readme writes each input spec back into DIR with the snippets in it); ${FILES_FORMAT} names the per-target snippet files, which are written unless --no-files` })
        .option('files', { type: 'boolean', default: true, describe: 'Write the per-target snippet files (--no-files: only the --format documents and manifest.json, for a site that includes the md/mdx only)' })
        .option('targets', { alias: 't', type: 'string', array: true, describe: 'Target ids in tab order (repeat or comma-separate); "all" = every target not named, e.g. python-requests,all (default: the config file\'s targets, else all)' })
        .option('labels', { type: 'string', array: true, default: [], describe: 'Tab labels: --labels python-requests=Python,curl=Shell (repeatable)' })
        .option('var', { type: 'string', array: true, default: [], describe: 'Substitute a {{placeholder}}: --var name=value (repeatable)' })
        .option('env', { type: 'string', describe: 'Variables file: a JSON object, or a Postman environment export' })
        .option('title', { type: 'string', describe: "Title of the --format html page (default: the collection's or spec's name, else API snippets)" })
        .option('resolve', { type: 'boolean', default: false, describe: "Substitute each collection's own variable values" })
        .option('replace-samples', { type: 'boolean', default: false, describe: 'With --format x-codesamples or x-readme: replace the code samples a spec already has (default: keep them, add ours)' })
        .option('watch', { alias: 'w', type: 'boolean', default: false, describe: 'Rebuild whenever an input changes, until Ctrl-C' })
        .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print only errors' })
        .option('json', { type: 'boolean', default: false, describe: 'Print the summary as one JSON object on stdout (one per build with --watch), nothing else' })
        .option('progress-after', { type: 'number', default: 1000, describe: 'Show progress once a build has run this many ms (0: always)' })
        .option('md-flavor', { type: 'string', choices: MD_FLAVORS, default: 'mkdocs' as MdFlavor, describe: 'The site generator the md documents are for: each runs its own syntax inside code blocks, and request data holding it is escaped its way (mkdocs: pymdownx.snippets --8<-- lines; jekyll: Liquid {% %}, {{ }}; hugo: shortcodes {{< >}}, {{% %}}; plain: none)' })
        .option('with-response', { type: 'boolean', default: false, describe: "Show each request's example responses (a Postman item's saved examples, a spec's response example) under its snippets, collapsed" })
        .option('request-titles', { type: 'boolean', default: true, describe: "Start each md/mdx document with the request's title as a ## heading (--no-request-titles: the page that includes it has its own)" })
        .option('lock-timeout', { type: 'number', default: DEFAULT_LOCK_WAIT_MS / 1000, describe: 'Seconds to wait while another build writes to the same --out (it holds DIR/.snipforge.lock) before failing with exit 1 (0: fail at once)' })
        .example('$0 build collection.json --out docs/snippets --format mdx', 'Docusaurus: per request a snippets.mdx of <Tabs groupId="language">')
        .example('$0 build requests/ -o docs/snippets -f md -t python-requests,curl,all', 'Plain Markdown for every *.json below requests/, Python and cURL first')
        .example('$0 build collection.json -o docs/snippets -f mdx --labels csharp-restsharp=C#', 'Rename a tab')
        .example('$0 build collection.json -o docs/snippets -f mdx --env prod.json', 'Fill {{placeholders}} from a Postman environment')
        .example('$0 build collection.json -o docs/snippets -f mdx --config snipforge.config.json', 'Targets, tab labels and client options from a config file (read from the current directory by default)')
        .example('$0 build collection.json -o docs/snippets -f mdx --option followRedirects=false --option curl.flags=short', 'Client options: every client that has the option, or one client')
        .example('$0 build collection.json -o docs/snippets -f md --no-files', 'Only the snippets.md documents and the manifest, no file per target')
        .example('$0 build collection.json -o docs/snippets -f mdx --watch', 'Rebuild on every change while the doc site dev server runs')
        .example('$0 build collection.json -o public/api -f html', 'A static page with language tabs and copy buttons')
        .example('$0 build collection.json -o out --json | jq .files.written', 'What a build changed, for a script')
        .example('$0 build openapi.yaml -o site -f x-codesamples', 'site/openapi.yaml: the spec with x-codeSamples on every operation, for Redocly, Scalar, Stoplight or Mintlify')
        .example('$0 build openapi.yaml -o docs/snippets -f mdx --tag pets', 'Every operation tagged "pets" of a spec; ids and files follow the operationId')
        .example('$0 build openapi.yaml -o out -f json --server http://127.0.0.1:8080', 'Every operation against a local server (the manifest maps files to operations)')
        .epilog(EPILOG) as unknown as Argv<BuildArgs>,
    handler: async (args) => {
      context.setExitCode(await buildCommandHandler(args, context));
    },
  };
}

/** `--format files` names the per-target snippet files: the default output, which `--no-files` leaves out. */
const FILES_FORMAT = 'files';

/** The documents `--format` asks for, and whether the per-target files are written (`--files`, or `files` among the formats). */
function buildOutputs(args: Pick<BuildArgs, 'format' | 'files'>): Pick<BuildOptions, 'formats' | 'files'> {
  const named = args.format.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  if (!args.files && named.includes(FILES_FORMAT)) throw new UsageError(`--format ${FILES_FORMAT} and --no-files ask for opposite things; give one`);
  const formats = normalizeFormats(named.filter((v) => v !== FILES_FORMAT));
  if (!args.files && formats.length === 0) throw new UsageError(`--no-files writes only the --format documents, and none is chosen; add --format with one of: ${BUILD_FORMATS.join(', ')}`);
  return { formats, files: args.files };
}

async function buildCommandHandler(args: BuildArgs, context: CommandContext): Promise<number> {
  const { io } = context;
  checkOutDirectory(args.out);
  if (!Number.isFinite(args.progressAfter) || args.progressAfter < 0) throw new UsageError(`--progress-after ${String(args.progressAfter)}: expected a number of milliseconds, 0 or more`);
  if (!Number.isFinite(args.lockTimeout) || args.lockTimeout < 0) throw new UsageError(`--lock-timeout ${String(args.lockTimeout)}: expected a number of seconds, 0 or more`);
  const { targets, labels, clientOptions } = await runSettings({ targets: args.targets, labels: args.labels, option: args.option, ...(args.config !== undefined && { config: args.config }) });
  const options: BuildOptions = {
    inputs: args.input,
    outDir: args.out,
    targets,
    labels,
    clientOptions,
    ...buildOutputs(args),
    resolve: args.resolve,
    replaceSamples: args.replaceSamples,
    mdFlavor: args.mdFlavor,
    requestTitles: args.requestTitles,
    withResponses: args.withResponse,
    idFrom: args.idFrom,
    ...parseSecretOptions(args),
    ...parseSpecOptions(args),
    ...(args.title === undefined ? {} : { title: args.title }),
  };
  const cliVars = parseVars(args.var);
  const loadVars = variablesLoader(args.env, cliVars);
  const showProgress = !args.quiet && !args.json;
  // Each rebuild of --watch takes what the one before left from memory rather than reading it back.
  const memory = args.watch ? new BuildMemory() : undefined;

  const buildOnce = async (): Promise<number> => {
    const progress = showProgress ? progressReporter({ write: io.stderr, tty: io.stderrIsTTY === true, delayMs: args.progressAfter }) : undefined;
    const interruption = interruptOnSignals();
    const onLockWait = (holder: string) => {
      if (!args.quiet && !args.json) io.stderr(`snipforge: waiting up to ${args.lockTimeout} s for another build writing to ${terminalText(displayPath(args.out))} (${terminalText(holder)})\n`);
    };
    let result: BuildResult;
    try {
      result = await build({ ...options, vars: loadVars(), onProgress: progress?.update, signal: interruption.signal, lockWaitMs: args.lockTimeout * 1000, onLockWait, ...(memory && { memory }) });
    } catch (error) {
      const interrupted = interruption.exitCode();
      if (interrupted === undefined) throw error;
      progress?.clear();
      io.stderr(`snipforge: interrupted; ${terminalText(join(displayPath(args.out), 'manifest.json'))} still describes the previous build, and the next build completes the output\n`);
      return interrupted;
    } finally {
      progress?.clear();
      interruption.dispose();
    }
    if (args.json) io.stdout(terminalJson(jsonSummary(result)) + '\n');
    else if (args.quiet) for (const failure of result.failures) io.stderr(failureLines(failure, 'error: '));
    else io.stderr(result.warnings.map((warning) => `warning: ${terminalText(warning)}\n`).join('') + maskedLines(result) + summaryText(result, targets.length, args.out));
    return result.failures.length > 0 ? EXIT_FAILED : EXIT_OK;
  };

  if (!args.watch) return buildOnce();

  // In watch mode a build's errors are shown and watching goes on; only Ctrl-C ends it.
  await buildOnce().catch(context.reportError);
  return watchUntilInterrupted(args, context, async (changed) => {
    if (showProgress) io.stderr(`\n${describeChange(changed)} changed; rebuilding\n`);
    await buildOnce().catch(context.reportError);
  });
}

/** Watches until Ctrl-C (or SIGTERM); a build that is running then is finished first. */
async function watchUntilInterrupted(args: BuildArgs, context: CommandContext, rebuild: (changed: string[]) => Promise<void>): Promise<number> {
  const inputs = args.env === undefined ? args.input : [...args.input, args.env];
  let building = Promise.resolve();
  const stop = watchInputs({
    paths: inputs,
    ignoreDir: args.out,
    debounceMs: WATCH_DEBOUNCE_MS,
    onChange: (changed) => (building = rebuild(changed)),
    onError: (message) => context.io.stderr(`snipforge: ${terminalText(message)}\n`),
  });
  // Said once the watches are set up: an edit made after reading it is seen.
  if (!args.quiet && !args.json) context.io.stderr(`Watching ${inputs.length} input${inputs.length === 1 ? '' : 's'} for changes (Ctrl-C to stop)\n`);
  await new Promise<void>((done) => {
    const onSignal = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      done();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  stop();
  await building;
  return EXIT_OK;
}

/**
 * `Built 1000 requests × 11 targets in 1.23 s: 120 files written, 10882 unchanged, 11 removed; 1 request failed:`
 * then a line per problem of each failed request.
 */
function summaryText(result: BuildResult, targetCount: number, outDir: string): string {
  const { written, unchanged, removed } = result.files;
  const failed = result.failures.length;
  let text =
    `Built ${count(result.outline.requests, 'request')} × ${count(targetCount, 'target')} in ${(result.durationMs / 1000).toFixed(2)} s: ` +
    `${count(written.length, 'file')} written, ${unchanged.length} unchanged, ${removed.length} removed` +
    (failed === 0 ? '.\n' : `; ${count(failed, 'request')} failed:\n`);
  for (const failure of result.failures) text += failureLines(failure, '  ');
  const warnings = result.outline.warnings.length;
  if (warnings > 0) text += `${count(warnings, 'warning')} about what a client cannot send exactly: see "warnings" in ${terminalText(join(displayPath(outDir), 'manifest.json'))}\n`;
  return text;
}

/** `<folders / name> (<source>): <field>: <message>`, one line per problem of the request. */
function failureLines(failure: BuildFailure, prefix: string): string {
  const where = terminalText(`${[...failure.folders, failure.name].join(' / ')} (${failure.source})`);
  return terminalLines(`${prefix}${where}: `, failure.message);
}

/** A line per request whose credentials were masked, names only. */
function maskedLines(result: BuildResult): string {
  return result.outline.masked.map((request) => `${terminalText(maskedMessage(`request ${JSON.stringify([...request.folders, request.name].join(' / '))}`, request.masked))}\n`).join('');
}

/** The --json summary: one line, so `--watch --json` is a stream of JSON lines. */
function jsonSummary(result: BuildResult) {
  return {
    requests: result.outline.requests,
    failed: result.failures.length,
    targets: result.outline.targets,
    formats: result.outline.formats,
    files: result.files,
    failures: result.failures,
    masked: result.outline.masked.map(({ id, masked }) => ({ request: id, masked })),
    warnings: [...result.warnings, ...result.outline.warnings],
    durationMs: Math.round(result.durationMs),
  };
}

function describeChange(changed: readonly string[]): string {
  const first = terminalText(displayPath(changed[0] ?? '.'));
  return changed.length === 1 ? first : `${first} and ${changed.length - 1} more`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
