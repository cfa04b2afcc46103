/** The part of swagger2openapi (no types published) the OpenAPI execution suite uses. */
declare module 'swagger2openapi' {
  interface ConvertOptions {
    /** Fix small errors of the source document instead of refusing it. */
    patch?: boolean;
    warnOnly?: boolean;
  }
  const converter: {
    convertObj(swagger: object, options: ConvertOptions): Promise<{ openapi: Record<string, unknown> }>;
  };
  export default converter;
}
