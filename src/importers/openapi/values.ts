import { sample } from 'openapi-sampler';
import { isObject, type JsonObject } from '../json.js';

/** A value found for a parameter or body, and whether the spec wrote it (rather than it being sampled). */
export interface ChosenValue {
  value: unknown;
  fromExample: boolean;
}

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

/** Whether the schema itself gives a value (examples, example, default, const or enum). */
export function schemaHasExample(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  return (Array.isArray(schema['examples']) && schema['examples'].length > 0) || ['example', 'default', 'const'].some((key) => schema[key] !== undefined);
}

/**
 * The value of a parameter or body: the holder's own example first, else one taken from the schema
 * (its examples/example/default/const/enum, else sampled so that it validates).
 */
export function chooseValue(holder: JsonObject, schema: unknown, exampleName: string | undefined, omit: 'readOnly' | 'writeOnly' = 'readOnly'): ChosenValue {
  const own = ownExample(holder, exampleName);
  if (own !== undefined) return { value: own.value, fromExample: true };
  return { value: sampleValue(schema, omit), fromExample: schemaHasExample(schema) };
}

// TEMPORARY until src/importers/openapi/sample.ts (sampleSchema) lands: openapi-sampler in this one place.
export function sampleValue(schema: unknown, omit: 'readOnly' | 'writeOnly' = 'readOnly'): unknown {
  if (!isObject(schema)) return '';
  return sample(schema as never, { skipReadOnly: omit === 'readOnly', skipWriteOnly: omit === 'writeOnly', quiet: true, maxSampleDepth: 8 });
}
