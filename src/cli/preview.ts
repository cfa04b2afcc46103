import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../errors.js';
import { DEFAULT_TITLE } from '../site/preview/title.js';
import type { CommandContext } from './build.js';
import { runSettings } from './config.js';
import { idFlag, loadEnvFile, optionFlags, secretFlags, parseSecretOptions, parseSpecOptions, parseVars, specFlags, variablesLoader, type ClientOptionArgs, type IdArgs, type SecretArgs, type SpecArgs } from './options.js';

interface PreviewArgs extends SpecArgs, ClientOptionArgs, SecretArgs, IdArgs {
  input: string[];
  port: number;
  targets?: string[];
  labels: string[];
  var: string[];
  env?: string;
  title?: string;
  resolve: boolean;
}

const EXIT_OK = 0;

export function previewCommand(context: CommandContext): CommandModule<object, PreviewArgs> {
  return {
    command: 'preview <input...>',
    describe: 'Serve a page with every request in language tabs, to check the snippets before publishing',
    builder: (y: Argv) =>
      idFlag(secretFlags(optionFlags(specFlags(y))))
        .positional('input', { type: 'string', array: true, demandOption: true, describe: 'Postman collections, request model files, HAR files, OpenAPI/Swagger specs, or directories of them (searched for *.json)' })
        .option('port', { alias: 'p', type: 'number', default: 0, describe: 'Port on 127.0.0.1 (0: any free port)' })
        .option('targets', { alias: 't', type: 'string', array: true, describe: 'Target ids in tab order (repeat or comma-separate); "all" = every target not named (default: the config file\'s targets, else all)' })
        .option('labels', { type: 'string', array: true, default: [], describe: 'Tab labels: --labels python-requests=Python,curl=Shell (repeatable)' })
        .option('var', { type: 'string', array: true, default: [], describe: 'Substitute a {{placeholder}}: --var name=value (repeatable)' })
        .option('env', { type: 'string', describe: 'Variables file: a JSON object, or a Postman environment export' })
        .option('title', { type: 'string', describe: `Title of the page (default: the collection's or spec's name, else ${DEFAULT_TITLE})` })
        .option('resolve', { type: 'boolean', default: false, describe: "Substitute each collection's own variable values" })
        .example('$0 preview api.postman_collection.json', 'Serve on any free port; the URL is printed')
        .example('$0 preview requests/ --port 8080 -t python-requests,curl', 'Every *.json below requests/, two tabs, a fixed port')
        .epilog('Every page load reads the inputs again, so edits show on reload. Ctrl-C stops the server.') as unknown as Argv<PreviewArgs>,
    handler: async (args) => {
      context.setExitCode(await previewCommandHandler(args, context));
    },
  };
}

async function previewCommandHandler(args: PreviewArgs, { io }: CommandContext): Promise<number> {
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new UsageError(`--port ${String(args.port)}: expected a port number from 0 to 65535`);
  const cliVars = parseVars(args.var);
  // Options are checked now, so a typo fails at once instead of on the first page load.
  const { targets, labels, clientOptions } = await runSettings({ targets: args.targets, labels: args.labels, option: args.option, ...(args.config !== undefined && { config: args.config }) });
  const specOptions = parseSpecOptions(args);
  if (args.env !== undefined) loadEnvFile(args.env);

  // The server and the page (highlight.js) load only when this command runs.
  const { startPreviewServer } = await import('../site/preview/server.js');
  const server = await startPreviewServer({
    inputs: args.input,
    targets,
    labels,
    clientOptions,
    resolve: args.resolve,
    idFrom: args.idFrom,
    ...parseSecretOptions(args),
    ...specOptions,
    ...(args.title !== undefined && { title: args.title }),
    port: args.port,
    loadVars: variablesLoader(args.env, cliVars),
    log: (line) => io.stderr(line + '\n'),
  });
  io.stdout(`Preview at ${server.url} (Ctrl-C to stop)\n`);

  await new Promise<void>((stop) => {
    const onSignal = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      stop();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  await server.close();
  return EXIT_OK;
}
