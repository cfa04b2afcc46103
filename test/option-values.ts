import type { JsonSchema } from '../src/targets/options.js';

/** The values of an option the tests try besides its default: every enum value, the other boolean, two indents, a fractional timeout. */
export function valuesToRun(field: JsonSchema): unknown[] {
  const candidates: unknown[] =
    field.enum ?? (field.type === 'boolean' ? [true, false] : field.anyOf?.some((s) => s.const === 'tab') ? [4, 'tab'] : field.type === 'number' ? [2.5] : field.type === 'integer' ? [10] : []);
  return candidates.filter((value) => value !== field.default);
}
