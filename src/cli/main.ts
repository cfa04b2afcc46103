#!/usr/bin/env node
import { realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { InputError, UsageError } from '../errors.js';
import { prepareRequest, render } from '../generate.js';
import { loadVariables } from '../importers/environment.js';
import { loadInput, parseJsonWithPosition, readInputFile } from '../importers/load.js';
import { findTarget, targetIds, targetInfos } from '../targets/registry.js';
import { requestDirectories, writeFileAtomic } from '../writers/files.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

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
      'Generate snippets for a request model or a Postman collection',
      (y) =>
        y
          .positional('input', { type: 'string', demandOption: true, describe: 'A request model JSON file, or a Postman Collection v2.1 export' })
          .option('target', {
            alias: 't',
            type: 'string',
            array: true,
            default: ['all'],
            describe: `Target ids (repeat or comma-separate), or "all". See \`snipforge targets\`.`,
          })
          .option('out', { alias: 'o', type: 'string', describe: 'Write DIR/<folders>/<request-slug>/<target>.<ext> instead of printing' })
          .option('var', { type: 'string', array: true, default: [], describe: 'Substitute a {{placeholder}}: --var name=value (repeatable)' })
          .option('env', { type: 'string', describe: 'Variables file: a JSON object, or a Postman environment export' })
          .option('resolve', { type: 'boolean', default: false, describe: "Substitute the collection's own variable values (otherwise they stay as {{placeholders}})" })
          .example('$0 generate request.json --target curl', 'Print the cURL snippet')
          .example('$0 generate collection.json --out docs/snippets', 'Every request of a Postman collection, all 11 targets')
          .example('$0 generate request.json -t python-requests -t go-native --var baseUrl=https://api.example.com', 'Two targets, one variable filled in')
          .example('$0 generate collection.json --env staging.postman_environment.json -o out', 'Variables from a Postman environment'),
      (args) => {
        exitCode = generateCommand(args, io);
      },
    )
    .command(
      'targets',
      'List the targets: id, language, client and file extension',
      (y) => y.option('json', { type: 'boolean', default: false, describe: 'Print JSON' }),
      (args) => {
        if (args.json) io.stdout(JSON.stringify(targetInfos, null, 2) + '\n');
        else io.stdout(formatTable(['id', 'label', 'language', 'client', 'ext'], targetInfos.map((t) => [t.id, t.label, t.language, t.client, `.${t.extension}`])));
      },
    )
    .option('debug', { type: 'boolean', default: false, describe: 'Show stack traces of unexpected errors' })
    .demandCommand(1, 'Name a command: generate or targets.')
    .strict()
    .recommendCommands()
    .help()
    .alias('help', 'h')
    .version()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
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

interface GenerateArgs {
  input: string;
  target: string[];
  out?: string;
  var: string[];
  env?: string;
  resolve: boolean;
}

function generateCommand(args: GenerateArgs, io: Io): number {
  const targets = parseTargets(args.target);
  const cliVars = parseVars(args.var);
  if (args.out !== undefined && isFile(args.out)) throw new UsageError(`--out ${args.out}: is a file; it must be a directory (it is created if missing)`);
  const envVars = args.env === undefined ? {} : loadVariables(parseJsonWithPosition(readInputFile(args.env), args.env), args.env);

  const input = loadInput(args.input);
  const vars = { ...(args.resolve ? input.variables : {}), ...envVars, ...cliVars };
  for (const warning of input.warnings) io.stderr(`warning: ${warning}\n`);

  const directories = requestDirectories(input.requests);
  const printing = args.out === undefined;
  const several = input.requests.length * targets.length > 1;
  const failures: string[] = [];
  let written = 0;

  input.requests.forEach((item, index) => {
    const label = input.kind === 'collection' ? `request "${item.name}" (${[...item.folders, item.name].join(' / ')})` : '';
    let prepared;
    try {
      prepared = prepareRequest(item.request, { vars });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failures.push(label === '' ? error.message : `${label}: ${error.message.replace(/\n/g, `\n${label}: `)}`);
      return;
    }
    for (const targetId of targets) {
      const { code, warnings } = render(prepared, targetId);
      for (const warning of new Set(warnings)) io.stderr(`warning: ${label === '' ? '' : label + ', '}${targetId}: ${warning}\n`);
      if (printing) {
        io.stdout(several ? `==> ${item.name || 'request'} · ${targetId} <==\n${code}${code.endsWith('\n') ? '' : '\n'}\n` : code);
      } else {
        writeFileAtomic(join(args.out!, directories[index]!, `${targetId}.${findTarget(targetId)!.info.extension}`), code);
        written++;
      }
    }
  });

  if (!printing) {
    const fromHere = relative(process.cwd(), resolve(args.out!));
    const where = fromHere === '' ? '.' : fromHere.startsWith('..') ? resolve(args.out!) : fromHere;
    const ok = input.requests.length - failures.length;
    io.stderr(`Wrote ${written} snippet${written === 1 ? '' : 's'} for ${ok} request${ok === 1 ? '' : 's'} × ${targets.length} target${targets.length === 1 ? '' : 's'} to ${where}/\n`);
  }
  if (failures.length > 0) {
    for (const failure of failures) io.stderr(`error: ${failure}\n`);
    io.stderr(`${failures.length} of ${input.requests.length} request${input.requests.length === 1 ? '' : 's'} failed validation; the others were generated.\n`);
    return EXIT_BAD_INPUT;
  }
  return EXIT_OK;
}

function parseTargets(values: readonly string[]): string[] {
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  if (ids.length === 0 || ids.includes('all')) return [...targetIds];
  for (const id of ids) {
    if (findTarget(id) === undefined) throw new UsageError(`unknown target "${id}"; choose from: ${targetIds.join(', ')}, or all`);
  }
  return [...new Set(ids)];
}

function parseVars(values: readonly string[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const entry of values) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new UsageError(`--var ${JSON.stringify(entry)}: expected name=value, e.g. --var baseUrl=https://api.example.com`);
    vars[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return vars;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof UsageError) {
    io.stderr(`snipforge: ${error.message}\nRun 'snipforge --help' for usage.\n`);
    return EXIT_USAGE;
  }
  if (error instanceof InputError) {
    io.stderr(`snipforge: ${error.message.replace(/\n/g, '\nsnipforge: ')}\n`);
    return EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`snipforge: unexpected error: ${message}\n${debug && error instanceof Error ? error.stack + '\n' : 'Run again with --debug for details.\n'}`);
  return EXIT_BAD_INPUT;
}

function formatTable(headings: string[], rows: string[][]): string {
  const widths = headings.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd() + '\n';
  return line(headings) + rows.map(line).join('');
}

const isMain = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
