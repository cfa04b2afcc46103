import { z } from 'zod';
import { t, type RequestText } from '../../engine/request-text.js';
import { browserBody, browserHeaders, browserMethodWarnings, type BrowserBody, type BrowserHeader } from '../browser.js';
import { sharedOptions } from '../options.js';
import type { TargetDefinition } from '../types.js';

/** XMLHttpRequest always follows redirects (no followRedirects) and has only its event style (no async). */
const options = z.object({
  indent: sharedOptions.indent(2),
  timeout: sharedOptions.timeout(),
});
type XhrOptions = z.infer<typeof options>;

interface XhrView extends BrowserBody {
  droppedHeaders: string[];
  cookies: RequestText[];
  /** Statements before the request (cookies, files, a form): a blank line separates them from it. */
  preamble: boolean;
  url: RequestText;
  method: RequestText;
  headers: BrowserHeader[];
  /** `xhr.timeout` in milliseconds. */
  timeoutMs: number | undefined;
}

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
    browserMethodWarnings(request.method, false, warnings);
    const { droppedHeaders, cookies, headers, sent } = browserHeaders(request, 'XMLHttpRequest', warnings);
    const body = browserBody(request, sent.find((h) => h.name.toLowerCase() === 'content-type')?.value, warnings);
    return {
      ...body,
      droppedHeaders,
      cookies,
      preamble: cookies.length > 0 || body.fileInputs || body.formParts !== undefined || body.formFields !== undefined,
      url: t(request.fullUrl),
      method: t(request.method),
      headers,
      timeoutMs: options.timeout > 0 ? Math.round(options.timeout * 1000) : undefined,
    };
  },
};
