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
  { target: 'ruby-http', operation: 'swagger-petstore-v3.0.yaml getPetById', reason: 'http.rb 4.x rewrites the header name api_key into Api-Key (a "_" becomes "-"), so the api_key header is not sent as named; 5.x sends a String name as written; the snippet warns.' },
  { target: 'ruby-http', operation: 'swagger-petstore-v3.0.yaml getInventory', reason: 'http.rb 4.x rewrites the header name api_key into Api-Key (a "_" becomes "-"), so the api_key header is not sent as named; 5.x sends a String name as written; the snippet warns.' },
];
