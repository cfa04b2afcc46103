import type { Auth, Header, KeyValue } from '../../model/schema.js';
import { isObject, type JsonObject } from '../json.js';

/** Where an operation's credentials go: placeholders named after the security scheme, filled with --var. */
export interface MappedSecurity {
  auth?: Auth;
  headers: Header[];
  query: KeyValue[];
  cookies: string[];
  warnings: string[];
}

/** A scheme name as a placeholder name: characters a {{placeholder}} cannot hold become `_`. */
export function placeholderName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.$-]/g, '_') || 'credential';
}

/**
 * The first security requirement of the operation (else the document's), every scheme it names applied.
 * `schemes` is `components.securitySchemes` (3.x) or `securityDefinitions` (2.0).
 */
export function mapSecurity(operation: JsonObject, document: JsonObject, schemes: JsonObject): MappedSecurity {
  const mapped: MappedSecurity = { headers: [], query: [], cookies: [], warnings: [] };
  const requirements = Array.isArray(operation['security']) ? operation['security'] : Array.isArray(document['security']) ? document['security'] : [];
  const first = requirements[0];
  if (!isObject(first)) return mapped;
  for (const name of Object.keys(first)) {
    const scheme = schemes[name];
    if (!isObject(scheme)) {
      mapped.warnings.push(`the security scheme "${name}" is not defined; no credentials are sent for it`);
      continue;
    }
    const placeholder = `{{${placeholderName(name)}}}`;
    const type = String(scheme['type'] ?? '').toLowerCase();
    if (type === 'apikey') {
      const key = String(scheme['name'] ?? name);
      if (scheme['in'] === 'query') mapped.query.push({ key, value: placeholder });
      else if (scheme['in'] === 'cookie') mapped.cookies.push(`${key}=${placeholder}`);
      else mapped.headers.push({ name: key, value: placeholder });
    } else if (type === 'basic' || (type === 'http' && String(scheme['scheme']).toLowerCase() === 'basic')) {
      mapped.auth = { type: 'basic', username: `{{${placeholderName(name)}_username}}`, password: `{{${placeholderName(name)}_password}}` };
    } else if (type === 'http' && String(scheme['scheme']).toLowerCase() !== 'bearer') {
      // Digest, HOBA and the like need a challenge first: the header shows the scheme with a placeholder.
      mapped.headers.push({ name: 'Authorization', value: `${String(scheme['scheme'])} ${placeholder}` });
      mapped.warnings.push(`the security scheme "${name}" (http ${String(scheme['scheme'])}) is sent as an Authorization header with a placeholder; the client does not negotiate it`);
    } else if (type === 'http' || type === 'oauth2' || type === 'openidconnect') {
      mapped.auth = { type: 'bearer', token: placeholder };
    } else {
      mapped.warnings.push(`the security scheme "${name}" has type ${JSON.stringify(scheme['type'])}, which no snippet can send (mutualTLS needs a client certificate)`);
    }
  }
  return mapped;
}
