import { fetchStyleOptions, fetchStyleView, type FetchStyleOptions, type FetchStyleView } from '../shared.js';
import type { TargetDefinition } from '../../types.js';

/**
 * ofetch calls Node's global fetch: the same header, body and method rules. A string body is sent as it is (ofetch
 * adds `Content-Type: application/json` and `Accept: application/json` only when the request has none), an object
 * would be serialised as JSON, so the snippet passes the body's text.
 */
export const target: TargetDefinition<FetchStyleView, FetchStyleOptions> = {
  info: {
    id: 'node-ofetch',
    label: 'ofetch',
    language: 'javascript',
    client: 'ofetch',
    extension: 'mjs',
    fence: 'javascript',
    clientVersion: 'ofetch 1.x',
    prism: 'javascript',
    highlightjs: 'javascript',
    executedWith: 'Node 20.20.2, ofetch 1.5.1 (npm)',
  },
  options: fetchStyleOptions,
  view: (request, warnings, options) => fetchStyleView(request, warnings, options, 'ofetch', true),
};
