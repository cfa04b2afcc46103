import type { ZodError } from 'zod';
import { terminalText } from './text.js';

/** Bad input: the file, model or collection is wrong. Exit code 1. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The command line itself is wrong. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * `headers[2].value: must not contain a line break (CR or LF)`, one line per problem. `sourcePath` names a
 * field as the input file has it, when an importer recorded where it came from.
 */
export function formatZodError(error: ZodError, prefix = '', sourcePath?: (path: readonly PropertyKey[]) => string | undefined): string {
  return error.issues
    .flatMap((issue) => {
      const fromSource = sourcePath?.(issue.path);
      const path = fromSource !== undefined ? prefix + terminalText(fromSource) : issue.path.reduce<string>(appendPath, prefix);
      // Named by the field itself (`extra: unknown field`) rather than `(root): Unrecognized key: "extra"`.
      if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${appendPath(path, key)}: unknown field`);
      return [`${path === '' ? '(root)' : path}: ${issueMessage(issue)}`];
    })
    .join('\n');
}

function appendPath(path: string, part: PropertyKey): string {
  // A key is input: its controls shown as escapes, so one problem stays one line.
  const key = terminalText(String(part));
  return typeof part === 'number' ? `${path}[${part}]` : path === '' ? key : `${path}.${key}`;
}

/**
 * Zod's message, except for an unknown discriminator (`auth.type`, `body.mode`), where its "Invalid
 * discriminator value" does not say what was given: that value is shown when the parse reported
 * its input.
 */
function issueMessage(issue: ZodError['issues'][number]): string {
  if (issue.code !== 'invalid_union' || issue.discriminator === undefined || !('options' in issue) || issue.options === undefined) return issue.message;
  const expected = `expected one of: ${issue.options.map(String).join(', ')}`;
  const input = issue.input;
  if (typeof input !== 'object' || input === null) return `unknown value; ${expected}`;
  const given = (input as Record<string, unknown>)[issue.discriminator];
  if (given === undefined) return `missing; ${expected}`;
  const shown = JSON.stringify(given) ?? String(given);
  return `${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown} is not supported; ${expected}`;
}
