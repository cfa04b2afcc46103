import * as z from 'zod';
import { browserRequestView, type BrowserRequestView } from '../browser.js';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

const options = z.object({
  indent: sharedOptions.indent(2),
  async: sharedOptions.async(false),
  timeout: sharedOptions.timeout(),
  followRedirects: sharedOptions.followRedirects(true),
});
type FetchOptions = z.infer<typeof options>;

/** `timeoutMs` is `signal: AbortSignal.timeout(ms)`. */
interface FetchView extends BrowserRequestView {
  /** `redirect: "manual"`: a 3xx is not followed (the script then sees an opaque response). */
  manualRedirect: boolean;
  /** `await` inside an async function, instead of a `.then()` chain. */
  async: boolean;
}

export const target: TargetDefinition<FetchView, FetchOptions> = {
  info: {
    id: 'javascript-fetch',
    label: 'JavaScript',
    language: 'javascript',
    client: 'fetch',
    extension: 'js',
    fence: 'javascript',
    clientVersion: 'the Fetch standard (every current browser)',
    prism: 'javascript',
    highlightjs: 'javascript',
    executedWith: 'Chromium 156 (headless, playwright-core 1.65)',
  },
  options,
  view(request, warnings, options) {
    const { view } = browserRequestView(request, 'fetch', { upperCasesMethod: false, timeoutSeconds: options.timeout }, warnings);
    return { ...view, manualRedirect: !options.followRedirects, async: options.async };
  },
};
