import * as z from 'zod';

/**
 * The option names clients share, so `--option timeout=10` means the same thing in every client that
 * has it. A client builds its schema from these (each with the default that reproduces its output
 * without options) plus its own. Values come from the CLI as strings and from config files as JSON,
 * so numbers and booleans accept both.
 */

/** `true`/`false` from JSON, or the same words from `--option name=value`. */
const booleanValue = z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean());
/** A number from JSON, or its digits from `--option name=value`. */
const numberValue = z.preprocess((value) => (typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : value), z.number());

export const sharedOptions = {
  /** Indentation of the code the template writes: a number of spaces or `tab`; request data is never re-indented. */
  indent: (byDefault: number | 'tab') =>
    z
      .union([z.literal('tab'), z.preprocess((value) => (typeof value === 'string' && /^\d$/.test(value) ? Number(value) : value), z.number().int().min(1).max(8))])
      .default(byDefault)
      .describe('indentation: a number of spaces (1-8) or tab'),
  /** Whether the client follows 3xx redirects. */
  followRedirects: (byDefault: boolean) => booleanValue.default(byDefault).describe('follow 3xx redirects'),
  /** Seconds before the request is abandoned; 0 waits as long as the client does by default. */
  timeout: () => numberValue.pipe(z.number().min(0)).default(0).describe('request timeout in seconds, 0 for none'),
  /** `fragment`: the statements a reader pastes into their code; `program`: a complete runnable file with imports and main. */
  boilerplate: (byDefault: 'fragment' | 'program') => z.enum(['fragment', 'program']).default(byDefault).describe('fragment (statements) or program (a complete file with imports and main)'),
  /** The client's async style where it has both. */
  async: (byDefault: boolean) => booleanValue.default(byDefault).describe('use the async API'),
  /** Trim leading and trailing white space of a raw body. */
  trimBody: () => booleanValue.default(false).describe('trim white space around a raw body'),
} as const;
