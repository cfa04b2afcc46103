import { fetchStyleOptions, fetchStyleView, type FetchStyleOptions, type FetchStyleView } from '../shared.js';
import type { TargetDefinition } from '../../types.js';

export const target: TargetDefinition<FetchStyleView, FetchStyleOptions> = {
  info: {
    id: 'node-fetch',
    label: 'Node.js fetch',
    language: 'javascript',
    client: 'fetch',
    extension: 'mjs',
    fence: 'javascript',
    clientVersion: 'Node.js 20+ global fetch',
    prism: 'javascript',
    highlightjs: 'javascript',
    executedWith: 'Node 20.20.2 (global fetch: undici 6)',
  },
  options: fetchStyleOptions,
  view: (request, warnings, options) => fetchStyleView(request, warnings, options, 'fetch', false),
};
