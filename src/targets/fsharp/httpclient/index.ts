import * as z from 'zod';
import { httpClientRequest, type HttpClientRequestView } from '../../csharp/httpclient/index.js';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

/** No indent option: F# code is indentation-sensitive and refuses tabs (FS1161), so the snippet keeps four spaces. */
const options = z.object({
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});
type Options = z.infer<typeof options>;

interface FSharpView extends HttpClientRequestView {
  /** F# opens nothing by itself: every namespace the snippet uses. */
  opens: { name: string }[];
  /** The timeout as an F# float literal. */
  seconds: string | undefined;
}

/**
 * The F# snippet builds the same HttpRequestMessage as csharp-httpclient (one view), written as F#
 * top-level code, which is a complete program as it stands (the last file's code is its entry point).
 * It sends synchronously with HttpClient.Send, as F# top-level code has no await.
 */
export const target: TargetDefinition<FSharpView, Options> = {
  info: {
    id: 'fsharp-httpclient',
    label: 'F#',
    language: 'fsharp',
    client: 'HttpClient',
    extension: 'fs',
    fence: 'fsharp',
    clientVersion: '.NET 6+',
    prism: 'fsharp',
    highlightjs: 'fsharp',
    executedWith: '.NET 10 SDK (F# 10), System.Net.Http',
  },
  options,
  view(request, warnings, options) {
    const built = httpClientRequest(request, warnings, options);
    const namespaces = [
      'System.IO',
      'System.Net.Http',
      ...(built.timeout !== undefined || built.basicAuth !== undefined ? ['System'] : []),
      ...(built.formFields !== undefined ? ['System.Collections.Generic'] : []),
      ...(built.basicAuth !== undefined ? ['System.Net.Http.Headers'] : []),
      ...(built.basicAuth !== undefined || built.utf8Headers ? ['System.Text'] : []),
    ];
    return {
      ...built,
      opens: [...new Set(namespaces)].sort().map((name) => ({ name })),
      seconds: built.timeout === undefined ? undefined : Number.isInteger(built.timeout) ? `${built.timeout}.0` : String(built.timeout),
    };
  },
};
