#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { InputError, UsageError } from '../errors.js';
import { optionsJsonSchema } from '../targets/options.js';
import { findTarget, targetIds } from '../targets/registry.js';
import { terminalLines, terminalText } from '../text.js';
import { packageVersion } from '../version.js';
import { buildCommand } from './build.js';
import type { Io } from './io.js';
import { idFlag, optionFlags, parseTargets, secretFlags, specFlags } from './options.js';
import { previewCommand } from './preview.js';
import { docusaurusAdditionalLanguages } from './prism.js';
import { descriptorWriter, mayBeTerminal } from './standard-streams.js';

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 1;
const EXIT_USAGE = 2;

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let exitCode = EXIT_OK;
  const debug = argv.includes('--debug');
  const parser = yargs(argv)
    .scriptName('snipforge')
    .usage('$0 <command> [options]\n\nTurns HTTP request descriptions into code snippets that send exactly that request.')
    .command(
      'generate <input>',
      'Generate snippets for a request model, a Postman collection, a HAR file or an OpenAPI/Swagger spec',
      (y) =>
        idFlag(secretFlags(optionFlags(specFlags(y))))
          .positional('input', { type: 'string', demandOption: true, describe: 'A request model JSON file, a Postman Collection v2.1 export, a HAR file, or an OpenAPI 3.0/3.1 or Swagger 2.0 spec (JSON or YAML)' })
          .option('target', {
            alias: 't',
            type: 'string',
            array: true,
            describe: `Target ids (repeat or comma-separate), or "all" (the default, unless the config file lists targets). See \`snipforge targets\`.`,
          })
          .option('out', { alias: 'o', type: 'string', describe: 'Write DIR/<folders>/<request-slug>/<target>.<ext> instead of printing' })
          .option('var', { type: 'string', array: true, default: [], describe: 'Substitute a {{placeholder}}: --var name=value (repeatable)' })
          .option('env', { type: 'string', describe: 'Variables file: a JSON object, or a Postman environment export' })
          .option('resolve', { type: 'boolean', default: false, describe: "Substitute the collection's own variable values (otherwise they stay as {{placeholders}})" })
          .example('$0 generate request.json --target curl', 'Print the cURL snippet')
          .example('$0 generate collection.json --out docs/snippets', 'Every request of a Postman collection, all 11 targets')
          .example('$0 generate request.json -t python-requests -t go-native --var baseUrl=https://api.example.com', 'Two targets, one variable filled in')
          .example('$0 generate collection.json --env staging.postman_environment.json -o out', 'Variables from a Postman environment')
          .example('$0 generate openapi.yaml --operation getPetById -t curl', 'One operation of a spec, by operationId')
          .example('$0 generate openapi.yaml --operation "POST /pets" --server http://localhost:8080 --var api_key=secret', 'By method and path, against a local server, a credential filled in')
          .example('$0 generate request.json -t python-requests --option indent=4 --option timeout=10', 'Client options (each client\'s: snipforge targets)')
          .example('$0 generate request.json -t curl --option curl.shell=powershell', 'cURL for PowerShell: curl.exe, single quotes, backtick line continuation'),
      async (args) => {
        // Loaded by the command that prints snippets: it brings the request schema, the clients and their templates.
        const { generateCommand } = await import('./generate.js');
        exitCode = await generateCommand(args, io, debug);
      },
    )
    .command(
      'targets',
      'List the clients: id, tab label, client library, what the tests execute it with, and its options',
      (y) =>
        y
          .option('json', { type: 'boolean', default: false, describe: 'Print every client as JSON, its options as JSON Schema (type, allowed values, default, description)' })
          .option('prism', { type: 'boolean', default: false, describe: "Print the JSON array a Docusaurus 3 site's prism.additionalLanguages needs for the --target clients" })
          .option('target', { alias: 't', type: 'string', array: true, describe: 'With --prism: the target ids built (repeat or comma-separate; default all)' })
          .example('$0 targets', 'A table of the clients and their option names')
          .example('$0 targets --json | jq \'.[] | select(.id == "curl") | .options\'', "curl's options as JSON Schema")
          .example('$0 targets --prism -t curl,python-requests,php-guzzle', 'prism.additionalLanguages for those tabs: ["bash","php"]'),
      (args) => {
        if (args.prism && args.json) throw new UsageError('--prism and --json print different things: give one');
        if (args.prism) io.stdout(JSON.stringify(docusaurusAdditionalLanguages(parseTargets(args.target ?? []))) + '\n');
        else if (args.target !== undefined) throw new UsageError('--target is only read with --prism');
        else if (args.json) io.stdout(JSON.stringify(describeTargets(), null, 2) + '\n');
        else io.stdout(targetsTable());
      },
    )
    .command(buildCommand({ io, setExitCode: (code) => (exitCode = code), reportError: (error) => reportError(error, io, debug) }))
    .command(previewCommand({ io, setExitCode: (code) => (exitCode = code), reportError: (error) => reportError(error, io, debug) }))
    .option('debug', { type: 'boolean', default: false, describe: 'Show stack traces of unexpected errors' })
    .demandCommand(1, 'Name a command: generate, build, preview or targets.')
    .strict()
    .recommendCommands()
    .help()
    .alias('help', 'h')
    .version(packageVersion)
    // A pipe or a file has no width: its columns are undefined, and asking would build the stream (standard-streams.ts).
    .wrap(Math.min(110, (mayBeTerminal(1) ? process.stdout.columns : undefined) || 100))
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(usageMessage(message, argv[0]));
    });

  try {
    await parser.parseAsync(argv, {}, (_err, _argv, output) => {
      if (output) io.stdout(output + '\n');
    });
    return exitCode;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

/** yargs's message, reworded where it does not say what is wrong ("Did you mean generate?"). */
function usageMessage(message: string, command: string | undefined): string {
  if (message.startsWith('Did you mean')) return `unknown command ${JSON.stringify(command)}; ${message.replace(/^D/, 'd')}`;
  return message;
}

function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof UsageError) {
    io.stderr(`${terminalLines('snipforge: ', error.message)}Run 'snipforge --help' for usage.\n`);
    return EXIT_USAGE;
  }
  if (error instanceof InputError) {
    io.stderr(terminalLines('snipforge: ', error.message));
    return EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`snipforge: unexpected error: ${terminalText(message)}\n${debug && error instanceof Error ? error.stack + '\n' : 'Run again with --debug for details.\n'}`);
  return EXIT_BAD_INPUT;
}

/** `snipforge targets --json`: each client as the registry describes it, options as JSON Schema. */
export function describeTargets() {
  return targetIds.map((id) => {
    const { info, options } = findTarget(id)!;
    return {
      id: info.id,
      label: info.label,
      language: info.language,
      client: info.client,
      extension: info.extension,
      fence: info.fence,
      prism: info.prism,
      highlightjs: info.highlightjs,
      shiki: info.shiki ?? info.fence,
      clientVersion: info.clientVersion,
      executedWith: info.executedWith,
      staticOnly: info.staticOnly ?? null,
      deprecated: info.deprecated ?? null,
      aliases: [...(info.aliases ?? [])],
      options: optionsJsonSchema(options),
    };
  });
}

function targetsTable(): string {
  const rows = describeTargets().map((t) => [t.id + (t.deprecated === null ? '' : ' (deprecated)'), t.label, t.client, t.executedWith, Object.keys(t.options.properties ?? {}).join(', ')]);
  return formatTable(['id', 'label', 'client', 'executed with', 'options'], rows) + "\nSet an option with --option name=value (every client that has it) or --option <id>.name=value; 'snipforge targets --json' shows each option's values and default.\n";
}

function formatTable(headings: string[], rows: string[][]): string {
  const widths = headings.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd() + '\n';
  return line(headings) + rows.map(line).join('');
}

/** Runs the CLI as this process: its arguments, stdout and stderr, and its exit code. */
export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: descriptorWriter(1, () => process.stdout, (error) => {
      // A reader that stops early (`snipforge generate ... | head`) closes the pipe: stop quietly, as other
      // command-line tools do, instead of dying on EPIPE with a stack trace.
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
      process.stderr.write(`snipforge: cannot write to standard output: ${error.message}\n`);
      process.exit(EXIT_BAD_INPUT);
    }),
    // Standard error failing leaves nowhere to say so.
    stderr: descriptorWriter(2, () => process.stderr, () => undefined),
    stderrIsTTY: mayBeTerminal(2) && process.stderr.isTTY === true,
  });
}

// The bundle (scripts/bundle.mjs) calls main() from its own entry; this runs the per-module build (dist/cli/main.js).
const isMain = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) void main();
