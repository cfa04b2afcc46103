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

interface OfetchView extends NodeRequestView {
  /** `await` the response (top-level, the module is a program), or a `.then()` chain. */
  async: boolean;
  /** `redirect: 'manual'`, passed on to fetch, which follows redirects by default. */
  manualRedirect: boolean;
  timeoutMs: number | undefined;
  /** Anything besides the URL: the options object is printed. */
  init: boolean;
}

/**
 * ofetch calls Node's global fetch: the same header, body and method rules. A string body is sent as it is (ofetch
 * adds `Content-Type: application/json` and `Accept: application/json` only when the request has none), an object
 * would be serialised as JSON, so the snippet passes the body's text.
 */
export const target: TargetDefinition<OfetchView, Options> = {
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
  options,
  view(request, warnings, options) {
    const common = nodeRequestView(request, warnings, { client: 'ofetch', fetchBased: true, undiciBased: true, refusesBodyWith: ['GET', 'HEAD'], upperCasesMethod: true, urlencoded: 'pairs', formData: 'spec', typesEmptyBody: true, basicAuthOption: false });
    const view = { ...common, manualRedirect: !options.followRedirects, timeoutMs: timeoutMs(options.timeout), async: options.async };
    return { ...view, init: view.method !== undefined || view.headerBlock || view.sendsBody || view.manualRedirect || view.timeoutMs !== undefined };
  },
};
