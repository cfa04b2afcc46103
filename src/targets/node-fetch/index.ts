import { z } from 'zod';
import { nodeRequestView, timeoutMs, type NodeRequestView } from '../node-shared.js';
import { sharedOptions } from '../options.js';
import type { TargetDefinition } from '../types.js';

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
  async: sharedOptions.async(true),
});
type Options = z.infer<typeof options>;

interface FetchView extends NodeRequestView {
  /** `redirect: 'manual'`: fetch follows redirects by default. */
  manualRedirect: boolean;
  timeoutMs: number | undefined;
  /** Anything besides the URL: the init object is printed. */
  init: boolean;
  /** `await` the response (top-level, the module is a program), or a `.then()` chain. */
  async: boolean;
}

export const target: TargetDefinition<FetchView, Options> = {
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
  options,
  view(request, warnings, options) {
    const common = nodeRequestView(request, warnings, { client: 'fetch', fetchBased: true, undiciBased: true, refusesBodyWith: ['GET', 'HEAD'], upperCasesMethod: false, urlencoded: 'pairs', formData: 'spec', typesEmptyBody: true, basicAuthOption: false });
    const view = { ...common, manualRedirect: !options.followRedirects, timeoutMs: timeoutMs(options.timeout), async: options.async };
    return { ...view, init: view.method !== undefined || view.headerBlock || view.sendsBody || view.manualRedirect || view.timeoutMs !== undefined };
  },
};
