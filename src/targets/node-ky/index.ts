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

interface KyView extends NodeRequestView {
  /** `await` the response (top-level, the module is a program), or a `.then()` chain. */
  async: boolean;
  /** `redirect: 'manual'`, passed on to fetch, which follows redirects by default. */
  manualRedirect: boolean;
  /** ky's own timeout (10 s when not given). */
  timeoutMs: number | undefined;
  /** Anything besides the URL: the options object is printed. */
  init: boolean;
}

/** ky builds a fetch Request and calls Node's global fetch: the same header, body and method rules. */
export const target: TargetDefinition<KyView, Options> = {
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
  options,
  view(request, warnings, options) {
    const common = nodeRequestView(request, warnings, { client: 'ky', fetchBased: true, undiciBased: true, refusesBodyWith: ['GET', 'HEAD'], upperCasesMethod: false, urlencoded: 'pairs', formData: 'spec', typesEmptyBody: true, basicAuthOption: false });
    const view = { ...common, manualRedirect: !options.followRedirects, timeoutMs: timeoutMs(options.timeout), async: options.async };
    return { ...view, init: view.method !== undefined || view.headerBlock || view.sendsBody || view.manualRedirect || view.timeoutMs !== undefined };
  },
};
