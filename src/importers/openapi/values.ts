import { isObject, type JsonObject } from '../json.js';
import { findMismatch, sampleSchema, withoutReadOnly } from './sample.js';

/** Where a value's example stands in the spec, for the warning when it fails its schema. */
export interface ExampleSite {
  /** The example's JSON pointer from where it stands in its holder (`['example']`, `['examples', name, 'value']`). */
  pointer: (tokens: readonly string[]) => string;
  warnings: string[];
}

/**
 * The spec's own example of a parameter or media type: `example`, else `examples[name]` (when `--example`
 * names one it has), else the first of `examples`. External examples (`externalValue`) are not fetched.
 */
export function ownExample(holder: JsonObject, exampleName: string | undefined): { value: unknown; tokens: string[] } | undefined {
  if (holder['example'] !== undefined) return { value: holder['example'], tokens: ['example'] };
  const examples = holder['examples'];
  if (!isObject(examples)) return undefined;
  const name = exampleName !== undefined && isObject(examples[exampleName]) ? exampleName : Object.keys(examples).find((key) => isObject(examples[key]) && 'value' in examples[key]);
  const chosen = name === undefined ? undefined : examples[name];
  return name !== undefined && isObject(chosen) && 'value' in chosen ? { value: chosen['value'], tokens: ['examples', name, 'value'] } : undefined;
}

/** Whether the schema gives an example (`examples` or `example`; a default is what the server assumes anyway). */
export function schemaHasExample(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  return (Array.isArray(schema['examples']) && schema['examples'].length > 0) || schema['example'] !== undefined;
}

/**
 * The value of a parameter or body: the holder's own example first, else one taken from the schema
 * (its examples/example/default/const/enum, else sampled so that it validates). readOnly properties are
 * the server's to set: a request leaves them out, of the example too. An example that fails its schema is
 * still sent (it is what the spec's authors show), with a warning naming where it stands and what fails.
 * `read` turns the value as written into the value it stands for (JSON written as text), before both.
 */
export function chooseValue(holder: JsonObject, schema: unknown, exampleName: string | undefined, site?: ExampleSite, read: (value: unknown) => unknown = (value) => value): unknown {
  const own = ownExample(holder, exampleName);
  if (own === undefined) return read(sampleSchema(schema, { omitReadOnly: true }));
  const value = withoutReadOnly(schema, read(own.value));
  const mismatch = site === undefined ? undefined : findMismatch(schema, value, { omitReadOnly: true });
  if (site !== undefined && mismatch !== undefined) {
    const where = mismatch.at === '' ? '' : ` at ${mismatch.at}`;
    site.warnings.push(`the example ${site.pointer(own.tokens)} fails its schema${where}: ${mismatch.problem}; it is sent as it is`);
  }
  return value;
}

