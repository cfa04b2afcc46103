import * as z from 'zod';
import { nodeRequestView, timeoutMs, type NodeRequestView } from '../shared.js';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
  async: sharedOptions.async(true),
});
type Options = z.infer<typeof options>;

interface GotView extends NodeRequestView {
  /** `await` the response (top-level, the module is a program), or a `.then()` chain. */
  async: boolean;
  /** `allowGetBody: true`: got refuses a body with GET unless told. */
  allowGetBody: boolean;
  /** `followRedirect: false`: got follows redirects by default. */
  noRedirects: boolean;
  timeoutMs: number | undefined;
  /** Anything besides the URL: the options object is printed. */
  init: boolean;
}

/**
 * got 14 (ESM): header names lower-cased (HTTP names are case-insensitive), an array value sent as one header line
 * per value, a string or Buffer body as it is, a spec FormData through form-data-encoder; `username`/`password`
 * go into the URL, from which Node encodes the Authorization header (UTF-8, Base64).
 */
export const target: TargetDefinition<GotView, Options> = {
  info: {
    id: 'node-got',
    label: 'Got',
    language: 'javascript',
    client: 'got',
    extension: 'mjs',
    fence: 'javascript',
    clientVersion: 'got 14',
    prism: 'javascript',
    highlightjs: 'javascript',
    executedWith: 'Node 20.20.2, got 14.6.6 (npm)',
  },
  options,
  view(request, warnings, options) {
    const common = nodeRequestView(request, warnings, { client: 'got', fetchBased: false, undiciBased: false, refusesBodyWith: ['HEAD'], upperCasesMethod: true, urlencoded: 'encoded', formData: 'spec', typesEmptyBody: false, basicAuthOption: true });
    // got writes a string body with the header block in front, as UTF-8: the Latin-1 header values would be encoded twice.
    common.textBuffer = common.text !== undefined && common.headers.some((h) => h.values.some((v) => v.utf8));
    if (request.headers.some((h) => h.name === '__proto__')) warnings.push('got copies the headers into a plain object, where the __proto__ header is lost.');
    const view = {
      ...common,
      allowGetBody: common.sendsBody && request.method.toUpperCase() === 'GET',
      noRedirects: !options.followRedirects,
      timeoutMs: timeoutMs(options.timeout), async: options.async,
    };
    return { ...view, init: view.method !== undefined || view.headerBlock || view.auth !== undefined || view.sendsBody || view.noRedirects || view.timeoutMs !== undefined };
  },
};
