import * as z from 'zod';
import { nodeRequestView, timeoutMs, type NodeRequestView } from '../shared.js';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

const options = z.object({
  indent: sharedOptions.indent(2),
  timeout: sharedOptions.timeout(),
});
type Options = z.infer<typeof options>;

interface NodeHttpView extends NodeRequestView {
  /** The body is built before the request (a Buffer, or a FormData encoded through a fetch Response). */
  bodyFirst: boolean;
  timeoutMs: number | undefined;
  /** Anything besides the URL: the options object is printed. */
  init: boolean;
}

/**
 * Node's own `node:http` / `node:https`, chosen by the URL's scheme when the snippet runs (the URL may be a
 * `{{baseUrl}}` placeholder). An array header value is sent as one header line per value. The body is a Buffer with
 * its Content-Length set: Node writes the header block as Latin-1 before a Buffer (as UTF-8 before a string), and
 * sends a GET's body unframed unless the length is given. Multipart has no encoder in node:http: a FormData is
 * encoded through a fetch `Response`, which gives its bytes and its boundary. No redirect is followed.
 */
export const target: TargetDefinition<NodeHttpView, Options> = {
  info: {
    id: 'node-http',
    label: 'Node.js http',
    language: 'javascript',
    client: 'http',
    extension: 'mjs',
    fence: 'javascript',
    clientVersion: 'Node.js 18+ node:http / node:https',
    prism: 'javascript',
    highlightjs: 'javascript',
    executedWith: 'Node 20.20.2 (node:http)',
  },
  options,
  view(request, warnings, options) {
    const common = nodeRequestView(request, warnings, { client: "Node's http", fetchBased: false, undiciBased: false, refusesBodyWith: [], upperCasesMethod: true, urlencoded: 'encoded', formData: 'spec', typesEmptyBody: false, basicAuthOption: false });
    const view = { ...common, headerBlock: common.headerBlock || common.sendsBody, bodyFirst: common.sendsBody, timeoutMs: timeoutMs(options.timeout) };
    return { ...view, init: view.method !== undefined || view.headerBlock || view.timeoutMs !== undefined };
  },
};
