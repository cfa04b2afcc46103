import { isObject, type JsonObject } from '../json.js';
import { sampleSchema } from './sample.js';

/**
 * The spec's own example of a parameter or media type: `example`, else `examples[name]` (when `--example`
 * names one it has), else the first of `examples`. External examples (`externalValue`) are not fetched.
 */
export function ownExample(holder: JsonObject, exampleName: string | undefined): { value: unknown } | undefined {
  if (holder['example'] !== undefined) return { value: holder['example'] };
  const examples = holder['examples'];
  if (!isObject(examples)) return undefined;
  const named = exampleName !== undefined && isObject(examples[exampleName]) ? examples[exampleName] : undefined;
  const chosen = named ?? Object.values(examples).find((example) => isObject(example) && 'value' in example);
  return isObject(chosen) && 'value' in chosen ? { value: chosen['value'] } : undefined;
}

/** Whether the schema gives an example (`examples` or `example`; a default is what the server assumes anyway). */
export function schemaHasExample(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  return (Array.isArray(schema['examples']) && schema['examples'].length > 0) || schema['example'] !== undefined;
}

/**
 * The value of a parameter or body: the holder's own example first, else one taken from the schema
 * (its examples/example/default/const/enum, else sampled so that it validates).
 */
export function chooseValue(holder: JsonObject, schema: unknown, exampleName: string | undefined): unknown {
  const own = ownExample(holder, exampleName);
  // readOnly properties are the server's to set: a request leaves them out.
  return own !== undefined ? own.value : sampleSchema(schema, { omitReadOnly: true });
}

