import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { hasHeader, phpBasicAuth, phpBodyText, phpFormFields, phpHeaderMap, phpOptions, withoutHeadBody, type PhpHeaderEntry } from '../shared.js';
import type { TargetDefinition } from '../../types.js';

/** Guzzle follows up to 5 redirects by default (allow_redirects). */
const options = z.object(phpOptions(true));
type Options = z.infer<typeof options>;

/** One entry of Guzzle's `multipart` option: a text part, or a file opened with fopen(). */
interface GuzzlePart {
  name: RequestText;
  contents: RequestText | undefined;
  src: RequestText | undefined;
  fileName: RequestText | undefined;
  contentType: RequestText | undefined;
}

interface GuzzleView {
  method: RequestText;
  url: RequestText;
  headers: PhpHeaderEntry[];
  /** An empty body other than POST's or PUT's: curl sends no Content-Length for it unless the header says so. */
  emptyBodyLength: boolean;
  sendsHeaders: boolean;
  basicAuth: ReturnType<typeof phpBasicAuth>;
  bodyText: RequestText | undefined;
  formFields: ReturnType<typeof phpFormFields>;
  bodyFile: RequestText | undefined;
  multipart: GuzzlePart[] | undefined;
  followRedirects: boolean;
  timeout: number;
  hasOptions: boolean;
}

export const target: TargetDefinition<GuzzleView, Options> = {
  info: {
    id: 'php-guzzle',
    label: 'PHP (Guzzle)',
    language: 'php',
    client: 'Guzzle',
    extension: 'php',
    fence: 'php',
    clientVersion: 'Guzzle 7 (Composer autoloader)',
    prism: 'php',
    highlightjs: 'php',
    executedWith: 'PHP 8.2.36, Guzzle 7.4.5 with guzzlehttp/psr7 2.4.5 (Debian 12)',
  },
  options,
  view(modelRequest, warnings, { followRedirects, timeout }) {
    const request = withoutHeadBody(modelRequest, 'Guzzle', warnings);
    const { body, headers, method } = request;
    const emptyBodyLength = body.mode === 'raw' && body.text === '' && method !== 'POST' && method !== 'PUT';
    if (body.mode === 'file' && !hasHeader(headers, 'content-type')) warnings.push('Guzzle gives a file body without a Content-Type header the type it guesses from the file name.');
    const multipart =
      body.mode === 'formdata'
        ? body.params.map((p) => ({
            name: t(p.key),
            contents: p.type === 'text' ? t(p.value) : undefined,
            src: p.type === 'file' ? t(p.src) : undefined,
            fileName: p.type === 'file' ? t(p.fileName) : undefined,
            contentType: p.contentType === undefined ? undefined : t(p.contentType),
          }))
        : undefined;
    const view = {
      method: t(method),
      url: t(request.fullUrl),
      headers: phpHeaderMap(headers),
      emptyBodyLength,
      basicAuth: phpBasicAuth(request),
      bodyText: phpBodyText(request),
      formFields: phpFormFields(request),
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      multipart,
      followRedirects,
      timeout,
    };
    const hasOptions =
      view.headers.length > 0 || emptyBodyLength || view.basicAuth !== undefined || view.bodyText !== undefined || view.formFields !== undefined || view.bodyFile !== undefined || multipart !== undefined || !followRedirects || timeout > 0;
    return { ...view, sendsHeaders: view.headers.length > 0 || emptyBodyLength, hasOptions };
  },
};
