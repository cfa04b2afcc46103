import * as z from 'zod';

/**
 * The option names clients share, so `--option timeout=10` means the same thing in every client that
 * has it. A client builds its schema from these (each with the default that reproduces its output
 * without options) plus its own. Values come from the CLI as strings and from config files as JSON,
 * so numbers and booleans accept both.
 */

/**
 * The schema `make` builds, made once for each `key`: zod schemas cannot change once made, so the clients sharing an
 * option with the same default share one, and a run using 11 clients builds a few instead of some 40 (building zod
 * schemas was a large part of a cold start).
 */
const built = new Map<string, z.ZodType>();
function shared<T extends z.ZodType>(key: string, make: () => T): T {
  let schema = built.get(key) as T | undefined;
  if (schema === undefined) built.set(key, (schema = make()));
  return schema;
}

/** `true`/`false` from JSON, or the same words from `--option name=value` (built when a client first asks: every command loads this module). */
const booleanValue = () => shared('boolean', () => z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean()));
/** A number from JSON, or its digits from `--option name=value`. */
const numberValue = () => shared('number', () => z.preprocess((value) => (typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : value), z.number()));

export const sharedOptions = {
  /** Indentation of the code the template writes: a number of spaces or `tab`; request data is never re-indented. */
  indent: (byDefault: number | 'tab') =>
    shared(`indent ${byDefault}`, () =>
      z
        .union([z.literal('tab'), z.preprocess((value) => (typeof value === 'string' && /^\d$/.test(value) ? Number(value) : value), z.number().int().min(1).max(8))])
        .default(byDefault)
        .describe('indentation: a number of spaces (1-8) or tab'),
    ),
  /** Whether the client follows 3xx redirects. */
  followRedirects: (byDefault: boolean) => shared(`followRedirects ${byDefault}`, () => booleanValue().default(byDefault).describe('follow 3xx redirects')),
  /** Seconds before the request is abandoned; 0 waits as long as the client does by default. */
  timeout: () => shared('timeout', () => numberValue().pipe(z.number().min(0)).default(0).describe('request timeout in seconds, 0 for none')),
  /** `fragment`: the statements a reader pastes into their code; `program`: a complete runnable file with imports and main. */
  boilerplate: (byDefault: 'fragment' | 'program') =>
    shared(`boilerplate ${byDefault}`, () => z.enum(['fragment', 'program']).default(byDefault).describe('fragment (statements) or program (a complete file with imports and main)')),
  /** The client's async style where it has both. */
  async: (byDefault: boolean) => shared(`async ${byDefault}`, () => booleanValue().default(byDefault).describe('use the async API')),
  /** A client's own yes/no option, read like the shared ones (`--option curl.silent=true`). */
  flag: (byDefault: boolean, description: string) => booleanValue().default(byDefault).describe(description),
  /** Trim leading and trailing white space of a raw body. */
  trimBody: () => shared('trimBody', () => booleanValue().default(false).describe('trim white space around a raw body')),
} as const;

/** The option fields of a client's schema by name; none when it has no options. */
export function optionFields(schema: z.ZodType | undefined): Readonly<Record<string, z.ZodType>> {
  if (schema === undefined) return {};
  if (!(schema instanceof z.ZodObject)) throw new Error('a client options schema must be a zod object');
  return schema.shape as Record<string, z.ZodType>;
}

/** A JSON Schema object as `z.toJSONSchema` writes one (the parts read here). */
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  description?: string;
  properties?: Record<string, JsonSchema>;
  [keyword: string]: unknown;
}

/**
 * A client's options as JSON Schema (`snipforge targets --json`): each field with its type, allowed
 * values, default and description. The schema of what a reader may give: every field is optional (its
 * default applies), no other field is allowed. Values are described after preprocessing, as parsed.
 */
export function optionsJsonSchema(schema: z.ZodType | undefined): JsonSchema {
  const json = (schema === undefined ? { type: 'object', properties: {} } : z.toJSONSchema(schema, { io: 'output' })) as JsonSchema;
  const { $schema: _dialect, required: _everyFieldHasADefault, ...rest } = json;
  return { ...rest, additionalProperties: false };
}

/** What a field accepts, for error messages and the targets table: `one of: long, short`, `true or false`, `tab or an integer from 1 to 8`. */
export function describeAllowed(field: JsonSchema): string {
  if (field.enum !== undefined) return `one of: ${field.enum.map(String).join(', ')}`;
  if (field.const !== undefined) return String(field.const);
  if (field.anyOf !== undefined) return field.anyOf.map(describeAllowed).join(' or ');
  if (field.type === 'boolean') return 'true or false';
  if (field.type === 'integer' || field.type === 'number') {
    const noun = field.type === 'integer' ? 'an integer' : 'a number';
    if (field.minimum !== undefined && field.maximum !== undefined) return `${noun} from ${field.minimum} to ${field.maximum}`;
    if (field.minimum !== undefined) return `${noun} from ${field.minimum}`;
    if (field.maximum !== undefined) return `${noun} up to ${field.maximum}`;
    return noun;
  }
  return field.type ?? 'a value';
}
