import { z } from 'zod';
import { t, type RequestText } from '../../engine/request-text.js';
import { browserBody, browserHeaders, browserMethodWarnings, type BrowserBody, type BrowserHeader } from '../browser.js';
import { sharedOptions } from '../options.js';
import type { TargetDefinition } from '../types.js';

const options = z.object({
  indent: sharedOptions.indent(2),
  async: sharedOptions.async(false),
  timeout: sharedOptions.timeout(),
  followRedirects: sharedOptions.followRedirects(true),
});
type FetchOptions = z.infer<typeof options>;

interface FetchView extends BrowserBody {
  droppedHeaders: string[];
  cookies: RequestText[];
  /** Statements before the call (cookies, files, a form): a blank line separates them from it. */
  preamble: boolean;
  url: RequestText;
  method: RequestText;
  headers: BrowserHeader[];
  /** `redirect: "manual"`: a 3xx is not followed (the script then sees an opaque response). */
  manualRedirect: boolean;
  /** `signal: AbortSignal.timeout(ms)`. */
  timeoutMs: number | undefined;
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
    browserMethodWarnings(request.method, false, warnings);
    const { droppedHeaders, cookies, headers, sent } = browserHeaders(request, 'fetch', warnings);
    const body = browserBody(request, sent.find((h) => h.name.toLowerCase() === 'content-type')?.value, warnings);
    return {
      ...body,
      droppedHeaders,
      cookies,
      preamble: cookies.length > 0 || body.fileInputs || body.formParts !== undefined || body.formFields !== undefined,
      url: t(request.fullUrl),
      method: t(request.method),
      headers,
      manualRedirect: !options.followRedirects,
      timeoutMs: options.timeout > 0 ? Math.round(options.timeout * 1000) : undefined,
      async: options.async,
    };
  },
};
