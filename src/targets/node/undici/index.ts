import * as z from 'zod';
import { t } from '../../../engine/request-text.js';
import { nodeRequestView, timeoutMs, type NodeRequestView } from '../shared.js';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(false),
  timeout: sharedOptions.timeout(),
  async: sharedOptions.async(true),
});
type Options = z.infer<typeof options>;

interface UndiciView extends NodeRequestView {
  /** `await` the response (top-level, the module is a program), or a `.then()` chain. */
  async: boolean;
  /** undici's request() follows no redirect unless its dispatcher is composed with the redirect interceptor. */
  followRedirects: boolean;
  timeoutMs: number | undefined;
  /** Anything besides the URL: the options object is printed. */
  init: boolean;
}

/**
 * undici's `request()`: headers as given (an array value is sent as one header line per value), a string body as
 * its UTF-8 bytes with no Content-Type of its own, any method and a body with any method. Multipart through undici's
 * own FormData (Node's global one comes from the undici bundled in Node, whose stream undici 7 cannot read).
 */
export const target: TargetDefinition<UndiciView, Options> = {
  info: {
    id: 'node-undici',
    label: 'undici',
    language: 'javascript',
    client: 'undici',
    extension: 'mjs',
    fence: 'javascript',
    clientVersion: 'undici 7',
    prism: 'javascript',
    highlightjs: 'javascript',
    executedWith: 'Node 20.20.2, undici 7.30.2 (npm)',
  },
  options,
  view(request, warnings, options) {
    const common = nodeRequestView(request, warnings, { client: 'undici', fetchBased: false, undiciBased: true, refusesBodyWith: [], upperCasesMethod: false, urlencoded: 'encoded', formData: 'spec', typesEmptyBody: false, basicAuthOption: false });
    // request() sends PUT when a body is given without a method.
    if (common.method === undefined && common.sendsBody) common.method = t(request.method);
    const view = { ...common, followRedirects: options.followRedirects, timeoutMs: timeoutMs(options.timeout), async: options.async };
    return { ...view, init: view.method !== undefined || view.headerBlock || view.sendsBody || view.followRedirects || view.timeoutMs !== undefined };
  },
};
