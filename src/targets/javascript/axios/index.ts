import * as z from 'zod';
import { browserRequestView, type BrowserRequestView } from '../browser.js';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

/** In a browser axios sends through XMLHttpRequest, which always follows redirects: no followRedirects. */
const options = z.object({
  indent: sharedOptions.indent(2),
  async: sharedOptions.async(false),
  timeout: sharedOptions.timeout(),
});
type AxiosOptions = z.infer<typeof options>;

interface AxiosView extends BrowserRequestView {
  /** `transformRequest: [(data) => data]`: axios would change a text body sent as JSON (see `changesJsonText`). */
  sendTextAsWritten: boolean;
  /** `await` inside an async function, instead of a `.then()` chain. */
  async: boolean;
}

/** Keys axios's config merge (utils.merge) skips, so headers of these exact names never reach the request. */
const MERGE_SKIPPED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * axios's default transformRequest, under a Content-Type holding `application/json`, trims a text body that parses as
 * JSON and JSON-encodes one that does not (a string literal in quotes): either way not the bytes written.
 */
function changesJsonText(text: string, contentType: string | undefined): boolean {
  if (contentType?.includes('application/json') !== true) return false;
  if (text !== text.trim()) return true;
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

export const target: TargetDefinition<AxiosView, AxiosOptions> = {
  info: {
    id: 'javascript-axios',
    label: 'Axios',
    language: 'javascript',
    client: 'axios',
    extension: 'js',
    fence: 'javascript',
    clientVersion: 'axios 1.x in the browser (a page that loads axios.min.js)',
    prism: 'javascript',
    highlightjs: 'javascript',
    executedWith: 'Chromium 156 (headless, playwright-core 1.65) with axios 1.21.1 (dist/axios.min.js)',
  },
  options,
  view(request, warnings, options) {
    const { view, contentType } = browserRequestView(request, 'axios', { upperCasesMethod: true, timeoutSeconds: options.timeout }, warnings);
    for (const { name } of view.headers.filter((h) => MERGE_SKIPPED_KEYS.has(h.name.text))) {
      warnings.push(`axios cannot send a header named ${name.text}: merging its config skips the keys __proto__, constructor and prototype (against prototype pollution); it is left out.`);
    }
    return {
      ...view,
      headers: view.headers.filter((h) => !MERGE_SKIPPED_KEYS.has(h.name.text)),
      sendTextAsWritten: view.text !== undefined && changesJsonText(view.text.text, contentType),
      async: options.async,
    };
  },
};
