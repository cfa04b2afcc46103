import type { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';

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
