import * as z from 'zod';
import { target as javaOkHttp } from '../../java/okhttp/index.js';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

const options = z.object({
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
  indent: sharedOptions.indent(4),
  boilerplate: sharedOptions.boilerplate('fragment'),
});
type Options = z.infer<typeof options>;

/**
 * OkHttp behaves the same whatever the language calling it, so the Kotlin snippet is drawn from the
 * Java OkHttp target's view (its warnings included) in Kotlin syntax, with the imports it needs.
 */
type OkHttpView = ReturnType<typeof javaOkHttp.view>;

interface KotlinOkHttpView extends OkHttpView {
  imports: string[];
  /** `OkHttpClient.Builder()` with settings, else `OkHttpClient()`. */
  configured: boolean;
}

export const target: TargetDefinition<KotlinOkHttpView, Options> = {
  info: {
    id: 'kotlin-okhttp',
    label: 'Kotlin',
    language: 'kotlin',
    client: 'OkHttp',
    extension: 'kt',
    fence: 'kotlin',
    clientVersion: 'OkHttp 3.x (the 3.x API: OkHttp 4 turned MediaType.parse, RequestBody.create and response.body() into Kotlin extensions and properties)',
    prism: 'kotlin',
    highlightjs: 'kotlin',
    executedWith: 'Kotlin 1.3.31 (Debian kotlin), OkHttp 3.13.1 (Debian libokhttp-java) on OpenJDK 17',
  },
  options,
  view(request, warnings, { followRedirects, timeout, boilerplate }) {
    const view = javaOkHttp.view(request, warnings, { ...javaOkHttp.options!.parse({}), followRedirects, timeout });
    const usesFile = view.fileBody !== undefined || (view.parts?.some((p) => p.src !== undefined) ?? false);
    const imports = [
      usesFile && 'java.io.File',
      view.timeout !== undefined && 'java.util.concurrent.TimeUnit',
      view.basicAuth !== undefined && 'okhttp3.Credentials',
      view.headersBuilder && 'okhttp3.Headers',
      (view.mediaType !== undefined || view.parts?.some((p) => p.contentType !== undefined)) && 'okhttp3.MediaType',
      view.parts !== undefined && 'okhttp3.MultipartBody',
      'okhttp3.OkHttpClient',
      'okhttp3.Request',
      (view.textBody !== undefined || view.fileBody !== undefined || view.emptyBody || view.parts?.some((p) => p.contentType !== undefined)) && 'okhttp3.RequestBody',
    ].filter((name): name is string => typeof name === 'string');
    // program: a complete Main.kt, the statements in `fun main()`.
    return { ...view, imports, configured: !view.followRedirects || view.timeout !== undefined, program: boilerplate === 'program' };
  },
};
