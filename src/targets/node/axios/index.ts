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

interface AxiosView extends NodeRequestView {
  /** `await` the response (top-level, the module is a program), or a `.then()` chain. */
  async: boolean;
  /** `'Content-Type': false`: the request has none, and axios would add its form type. */
  noContentType: boolean;
  /** `maxRedirects: 0`: axios follows up to 21 redirects by default. */
  noRedirects: boolean;
  timeoutMs: number | undefined;
}

/** Header names axios' config merge (utils.merge) skips, against prototype pollution: such a header is never sent. */
const UNMERGED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * axios 1.x in Node (its http adapter): an array header value is sent as one header line per value, a string or
 * Buffer body as it is, URLSearchParams and a spec FormData serialised by axios; `auth` is encoded (UTF-8, Base64)
 * by Node when the snippet runs.
 */
export const target: TargetDefinition<AxiosView, Options> = {
  info: {
    id: 'node-axios',
    label: 'Axios',
    language: 'javascript',
    client: 'axios',
    extension: 'mjs',
    fence: 'javascript',
    clientVersion: 'axios 1.x',
    prism: 'javascript',
    highlightjs: 'javascript',
    executedWith: 'Node 20.20.2, axios 1.21.1 (npm)',
  },
  options,
  view(request, warnings, options) {
    const common = nodeRequestView(request, warnings, { client: 'axios', fetchBased: false, undiciBased: false, refusesBodyWith: [], upperCasesMethod: true, urlencoded: 'pairs', formData: 'spec', typesEmptyBody: true, basicAuthOption: true });
    for (const name of new Set(request.headers.map((h) => h.name).filter((name) => UNMERGED_NAMES.has(name)))) {
      warnings.push(`axios merges its config skipping the key ${name} (against prototype pollution): the ${name} header is not sent.`);
    }
    const contentType = request.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
    // axios trims a string body sent as JSON (stringifySafely): a Buffer keeps its white space.
    common.textBuffer = common.text !== undefined && contentType?.toLowerCase().includes('application/json') === true && common.text.text.trim() !== common.text.text;
    const body = request.body.mode;
    return {
      ...common,
      // axios types a POST, PUT or PATCH without a Content-Type as a form, even with no data (dispatchRequest); false removes it.
      noContentType: contentType === undefined && body !== 'formdata' && body !== 'urlencoded' && ['POST', 'PUT', 'PATCH'].includes(request.method.toUpperCase()),
      noRedirects: !options.followRedirects, timeoutMs: timeoutMs(options.timeout), async: options.async };
  },
};
