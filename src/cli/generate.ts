import { join } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { render, runPreparer } from '../generate.js';
import { maskedMessage } from '../model/secrets.js';
import { loadInput } from '../importers/load.js';
import { findTarget } from '../targets/registry.js';
import { terminalLines, terminalText } from '../text.js';
import { describeWriteError, displayPath, outputWriter, requestDirectories } from '../site/writers/files.js';
import type { Io } from './io.js';
import { runSettings } from './config.js';
import { checkOutDirectory, loadEnvFile, parseSecretOptions, parseSpecOptions, parseVars, type ClientOptionArgs, type IdArgs, type SecretArgs, type SpecArgs } from './options.js';

export interface GenerateArgs extends SpecArgs, ClientOptionArgs, SecretArgs, IdArgs {
  input: string;
  target?: string[];
  out?: string;
  var: string[];
  env?: string;
  resolve: boolean;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;

/**
 * `snipforge generate`. Problems with the command line or the input file as a whole throw (and
 * nothing is written); a problem with one request, its validation or writing its files, is reported
 * on one line naming the request, and the other requests are still generated. Exit code 1 then.
 */
export async function generateCommand(args: GenerateArgs, io: Io, debug: boolean): Promise<number> {
  const inputPath = pathOption('<input>', args.input)!;
  const out = pathOption('--out', args.out);
  const envPath = pathOption('--env', args.env);
  const { targets, clientOptions } = await runSettings({ targets: args.target, option: args.option, ...(args.config !== undefined && { config: args.config }) });
  const cliVars = parseVars(args.var);
  const specOptions = parseSpecOptions(args);
  if (out !== undefined) checkOutDirectory(out);
  const envVars = envPath === undefined ? {} : loadEnvFile(envPath);

  const secretOptions = parseSecretOptions(args);
  const input = await loadInput(inputPath, { ...specOptions, vars: { ...envVars, ...cliVars } });
  const unmatched = specOptions.operations?.find((selector) => !input.matchedOperations?.has(selector));
  if (unmatched !== undefined) throw new InputError(`${inputPath}: --operation ${JSON.stringify(unmatched)}: no operation has this operationId or method and path (write it as an operationId or as METHOD /path, e.g. "GET /pets/{petId}")`);
  const prepareItem = runPreparer({ ...envVars, ...cliVars }, secretOptions);
  for (const warning of input.warnings) io.stderr(`warning: ${terminalText(warning)}\n`);

  // Snippets go to stdout in blocks of about 64 KB (a write per snippet was a tenth of a 1,000-request run); what goes
  // to stderr first lets out the snippets before it, so a terminal shows both in order.
  let pending = '';
  const flush = () => {
    if (pending !== '') io.stdout(pending);
    pending = '';
  };
  const print = (text: string) => {
    pending += text;
    if (pending.length >= 65_536) flush();
  };
  const report = (text: string) => {
    flush();
    io.stderr(text);
  };
  const fail = (label: string, message: string) => {
    report(terminalLines(`snipforge: ${terminalText(inputPath)}: ${label === '' ? '' : `${terminalText(label)}: `}`, message));
  };
  for (const failure of input.failures) fail(collectionLabel(failure.name, failure.folders), failure.message);

  // Named only for --out: stdout has no folders, and naming them walks every request.
  const directories = out === undefined ? [] : requestDirectories(input.requests, args.idFrom);
  const writeInside = out === undefined ? undefined : outputWriter(out);
  const several = input.requests.length * targets.length > 1;
  let failed = input.failures.length;
  let written = 0;
  input.requests.forEach((item, index) => {
    // An element of an array of request models is named by its index; a lone request model by the path alone.
    const label = input.kind !== 'request' ? collectionLabel(item.name, item.folders) : input.requests.length > 1 ? `[${index}]` : '';
    try {
      const { prepared, masked } = prepareItem(item.request, args.resolve ? input.variables : {}, item.sources);
      if (masked.length > 0) report(`${terminalText(maskedMessage(label === '' ? 'the request' : label, masked))}\n`);
      const heading = several ? `==> ${terminalText(item.name || 'request')} · ` : '';
      for (const targetId of targets) {
        const { code, warnings } = render(prepared, targetId, clientOptions[targetId]);
        for (const warning of new Set(warnings)) report(`warning: ${terminalText(`${label === '' ? '' : label + ', '}${targetId}: ${warning}`)}\n`);
        if (out === undefined) {
          print(several ? `${heading}${targetId} <==\n${code}${code.endsWith('\n') ? '' : '\n'}\n` : code);
        } else {
          writeInside!(join(directories[index]!, `${targetId}.${findTarget(targetId)!.info.extension}`), code);
          written++;
        }
      }
    } catch (error) {
      failed++;
      fail(label, describeFailure(error));
      if (debug && isUnexpected(error) && error instanceof Error) report(`${error.stack}\n`);
    }
  });
  flush();

  const total = input.requests.length + input.failures.length;
  if (out !== undefined && written > 0) {
    const ok = total - failed;
    io.stderr(`Wrote ${count(written, 'snippet')} for ${count(ok, 'request')} × ${count(targets.length, 'target')} to ${terminalText(displayPath(out))}/\n`);
  }
  if (failed === 0) return EXIT_OK;
  if (total > 1) io.stderr(`snipforge: ${failed.toLocaleString('en-US')} of ${count(total, 'request')} failed${failed < total ? '; the others were generated' : ''}.\n`);
  return EXIT_FAILED;
}

/**
 * A path option's value. yargs gives an array when the option is repeated, and an empty string for
 * `--out ''`, which would otherwise mean the current directory.
 */
function pathOption(option: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) throw new UsageError(`${option}: given ${value.length} times; give one path`);
  if (typeof value !== 'string' || value === '') throw new UsageError(`${option}: the path is empty`);
  return value;
}

/** A collection's request, by its folder path and name: `request "Orders / Create an order"`. */
function collectionLabel(name: string, folders: readonly string[]): string {
  return `request ${JSON.stringify([...folders, name].join(' / '))}`;
}

/** One line per problem: the model's fields, the file that could not be written, or an unexpected error. */
function describeFailure(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const writeProblem = describeWriteError(error);
  if (writeProblem !== undefined) return writeProblem;
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

/** A bug rather than bad input or a full disk: --debug shows its stack trace. */
function isUnexpected(error: unknown): boolean {
  return !(error instanceof InputError) && describeWriteError(error) === undefined;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
