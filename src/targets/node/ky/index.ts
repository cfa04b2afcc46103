import { fetchStyleOptions, fetchStyleView, type FetchStyleOptions, type FetchStyleView } from '../shared.js';
import type { TargetDefinition } from '../../types.js';

/** ky builds a fetch Request and calls Node's global fetch: the same header, body and method rules. */
export const target: TargetDefinition<FetchStyleView, FetchStyleOptions> = {
  info: {
    id: 'node-ky',
    label: 'ky',
    language: 'javascript',
    client: 'ky',
    extension: 'mjs',
    fence: 'javascript',
    clientVersion: 'ky 1.x',
    prism: 'javascript',
    highlightjs: 'javascript',
    executedWith: 'Node 20.20.2, ky 1.14.3 (npm)',
  },
  options: fetchStyleOptions,
  view: (request, warnings, options) => fetchStyleView(request, warnings, options, 'ky', false),
};
