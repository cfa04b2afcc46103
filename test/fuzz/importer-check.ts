import { renderRequests } from '../../src/site/build/render.js';
import { InputError } from '../../src/errors.js';

/**
 * The importer fuzz property for one input file: loading it and rendering every request for every
 * target either works, or throws an InputError whose message is one line naming the file. A request
 * that fails alone gets a message of one line per problem (the CLI prefixes each with the file and the
 * request), none blank. Returns the problems (none when the property holds).
 */
export async function checkInputFile(file: string): Promise<string[]> {
  try {
    const { failures } = await renderRequests({ inputs: [file] });
    return failures.flatMap(({ name, message }) => message.split('\n').flatMap((line) => messageProblems(line, `a line of request ${JSON.stringify(name)}'s failure`)));
  } catch (error) {
    if (!(error instanceof InputError)) return [`threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
    const problems = messageProblems(error.message, 'the InputError');
    if (!error.message.startsWith(file)) problems.push(`the InputError does not start with the file name: ${JSON.stringify(error.message.slice(0, 300))}`);
    return problems;
  }
}

function messageProblems(message: string, what: string): string[] {
  const problems: string[] = [];
  if (/[\n\r]/.test(message)) problems.push(`${what} has more than one line: ${JSON.stringify(message.slice(0, 300))}`);
  if (/\n\s+at /.test(message)) problems.push(`${what} holds a stack trace`);
  if (message.trim() === '') problems.push(`${what} is empty`);
  return problems;
}
