/**
 * Known limitations of the OpenAPI execution mode: an operation a target's client truly cannot send as the spec
 * wants. Each case still runs; the matrix shows LIMIT with the reason (or XPASS when it passes, so the entry can go).
 * Only for what the client or language cannot express, never for a generator bug.
 */
export interface OpenApiLimitation {
  target: string;
  /** The case name: `<spec file> <operationId or METHOD path>`. */
  operation: string;
  reason: string;
}

export const openApiLimitations: OpenApiLimitation[] = [
  { target: 'java-httpurlconnection', operation: 'feature-v3.0-bodies.yaml patchSettings', reason: 'HttpURLConnection.setRequestMethod refuses PATCH; the snippet sends POST with X-HTTP-Method-Override: PATCH and says so.' },
];
