import type { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';

/** What the OpenAPI validators check schemas with: shared by the sampler's tests and the execution mode's validator. */

/** Keywords OpenAPI adds to schemas, known to ajv so strict mode does not reject them. */
export const OPENAPI_KEYWORDS = ['example', 'discriminator', 'xml', 'externalDocs', 'x-nullable', 'x-example'];

/**
 * Every JSON Schema format checked in full mode (ajv-formats), plus OpenAPI's own: int32 range, byte as Base64;
 * int64, float, double, binary and password constrain nothing a JSON value can break.
 */
export function addOpenApiFormats(ajv: Ajv): Ajv {
  // ajv-formats is CommonJS: under ESM its plugin is the `default` of the default import.
  ajvFormats.default(ajv, { mode: 'full' });
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('byte', /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
  for (const format of ['int64', 'float', 'double', 'binary', 'password']) ajv.addFormat(format, true);
  return ajv;
}

/**
 * A Swagger 2.0 / OpenAPI 3.0 schema (or a whole document without cycles) in draft-07 terms, as a copy: a boolean
 * `exclusiveMinimum`/`exclusiveMaximum` becomes the numeric bound, `x-nullable` becomes `nullable` (which ajv knows).
 */
export function toDraft7(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toDraft7);
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(source)) {
    if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof child === 'boolean') continue;
    result[key === 'x-nullable' ? 'nullable' : key] = toDraft7(child);
  }
  for (const [exclusive, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (source[exclusive] === true && typeof source[bound] === 'number') {
      result[exclusive] = source[bound];
      delete result[bound];
    }
  }
  return result;
}

/**
 * A schema as it applies to a request, as a copy: `readOnly` properties are not required (OpenAPI 3.0: "the required
 * will take effect on the response only"). For schemas without cycles.
 */
export function requestView(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(requestView);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, requestView(child)]));
  const properties = result.properties as Record<string, { readOnly?: unknown } | undefined> | undefined;
  if (Array.isArray(result.required) && typeof properties === 'object' && properties !== null) {
    result.required = result.required.filter((name) => properties[name as string]?.readOnly !== true);
  }
  return result;
}
