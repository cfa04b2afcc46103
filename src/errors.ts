import type { ZodError } from 'zod';

/** Bad input: the file, model or collection is wrong. Exit code 1. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The command line itself is wrong. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `headers[2].value: must not contain a line break (CR or LF)`, one line per problem. */
export function formatZodError(error: ZodError, prefix = ''): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc === '' ? String(part) : `${acc}.${String(part)}`), prefix);
      return `${path === '' ? '(root)' : path}: ${issue.message}`;
    })
    .join('\n');
}
