import * as z from 'zod';
import { t } from '../../../engine/request-text.js';
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

interface SuperagentView extends NodeRequestView {
  /** `await` the response (top-level, the module is a program), or a `.then()` chain. */
  async: boolean;
  /** `superagent.post(url)`: the method's own function, for the common methods; otherwise `superagent(method, url)`. */
  shortcut: string | undefined;
  /** `.redirects(0)`: superagent follows up to 5 redirects by default. */
  noRedirects: boolean;
  timeoutMs: number | undefined;
}

const SHORTCUTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
/** Header names superagent keeps in plain objects, where `__proto__` sets the prototype: the header is lost. */
const LOST_HEADER = '__proto__';

/**
 * superagent 10 in Node: `.set(name, array)` sends one header line per value, `.send(string)` sends the text as it
 * is (typing it as a form only when the request has no Content-Type), multipart through form-data (`.field()`,
 * `.attach()`: parts in call order, a text part may carry its own Content-Type, line breaks kept), `.auth()`
 * encodes basic credentials (UTF-8, Base64) when the snippet runs.
 */
export const target: TargetDefinition<SuperagentView, Options> = {
  info: {
    id: 'node-superagent',
    label: 'SuperAgent',
    language: 'javascript',
    client: 'superagent',
    extension: 'mjs',
    fence: 'javascript',
    clientVersion: 'superagent 10',
    prism: 'javascript',
    highlightjs: 'javascript',
    executedWith: 'Node 20.20.2, superagent 10.4.2 (npm)',
  },
  options,
  view(request, warnings, options) {
    const common = nodeRequestView(request, warnings, { client: 'superagent', fetchBased: false, undiciBased: false, refusesBodyWith: ['HEAD'], upperCasesMethod: true, urlencoded: 'encoded', formData: 'own', typesEmptyBody: true, basicAuthOption: true });
    if (request.headers.some((h) => h.name === LOST_HEADER)) warnings.push(`superagent keeps headers in plain objects, where the ${LOST_HEADER} header is lost.`);
    if (common.text !== undefined && common.headers.some((h) => h.values.some((v) => v.utf8))) {
      // Node writes the header block as UTF-8 text before a string body (as Latin-1 before none or a Buffer).
      for (const header of common.headers) for (const value of header.values) value.utf8 = false;
      if (request.headers.some((h) => /[^\x00-\xff]/.test(h.value))) warnings.push('superagent sends a string body after the headers, which Node then checks as Latin-1 text: a header value with characters beyond U+00FF throws.');
    }
    const method = request.method.toUpperCase();
    const view: SuperagentView = {
      ...common,
      shortcut: request.method === method && SHORTCUTS.has(method) ? method.toLowerCase() : undefined,
      noRedirects: !options.followRedirects,
      timeoutMs: timeoutMs(options.timeout), async: options.async,
    };
    // superagent(method, url) needs the method even for GET.
    if (view.shortcut === undefined) view.method = t(request.method);
    return view;
  },
};
