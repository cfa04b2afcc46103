import * as z from 'zod';
import { browserRequestView, type BrowserRequestView } from '../browser.js';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

/** XMLHttpRequest always follows redirects (no followRedirects) and has only its event style (no async). */
const options = z.object({
  indent: sharedOptions.indent(2),
  timeout: sharedOptions.timeout(),
});
type XhrOptions = z.infer<typeof options>;

/** `timeoutMs` is `xhr.timeout`. */
type XhrView = BrowserRequestView;

export const target: TargetDefinition<XhrView, XhrOptions> = {
  info: {
    id: 'javascript-xhr',
    label: 'XMLHttpRequest',
    language: 'javascript',
    client: 'XMLHttpRequest',
    extension: 'js',
    fence: 'javascript',
    clientVersion: 'the XMLHttpRequest standard (every current browser)',
    prism: 'javascript',
    highlightjs: 'javascript',
    executedWith: 'Chromium 156 (headless, playwright-core 1.65)',
  },
  options,
  view(request, warnings, options) {
    return browserRequestView(request, 'XMLHttpRequest', { upperCasesMethod: false, timeoutSeconds: options.timeout }, warnings).view;
  },
};
