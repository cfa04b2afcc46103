import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { handWrittenMultipart, hasHeader, phpBasicAuth, phpBodyText, phpFormFields, phpHeaderLines, phpOptions, type PhpPart } from '../shared.js';
import type { TargetDefinition } from '../../types.js';

/** The http stream wrapper follows redirects by default (follow_location). */
const options = z.object(phpOptions(true));
type Options = z.infer<typeof options>;

interface StreamsView {
  url: RequestText;
  method: RequestText;
  headerLines: RequestText[];
  basicAuth: ReturnType<typeof phpBasicAuth>;
  /** The wrapper sends Content-Length only for a non-empty `content`: an empty body needs it written. */
  emptyBody: boolean;
  sendsHeaders: boolean;
  bodyText: RequestText | undefined;
  formFields: ReturnType<typeof phpFormFields>;
  bodyFile: RequestText | undefined;
  multipart: { boundary: string; parts: PhpPart[] } | undefined;
  followRedirects: boolean;
  timeout: number;
}

export const target: TargetDefinition<StreamsView, Options> = {
  info: {
    id: 'php-streams',
    label: 'PHP (streams)',
    language: 'php',
    client: 'file_get_contents + stream_context_create',
    extension: 'php',
    fence: 'php',
    clientVersion: 'PHP 8.0+ (the http stream wrapper, no extension)',
    prism: 'php',
    highlightjs: 'php',
    executedWith: 'PHP 8.2.36 (Debian 12)',
  },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const { body, headers } = request;
    const bodyText = phpBodyText(request);
    const multipart = handWrittenMultipart(request);
    if ((body.mode === 'raw' || body.mode === 'file') && !hasHeader(headers, 'content-type') && !(body.mode === 'raw' && body.text === '')) {
      warnings.push('The http stream wrapper gives a body without a Content-Type header the type application/x-www-form-urlencoded (with a notice).');
    }
    const emptyBody = body.mode === 'raw' && body.text === '';
    const headerLines = phpHeaderLines(headers);
    const basicAuth = phpBasicAuth(request);
    return {
      url: t(request.fullUrl),
      method: t(request.method),
      headerLines,
      basicAuth,
      emptyBody,
      sendsHeaders: headerLines.length > 0 || basicAuth !== undefined || emptyBody || multipart !== undefined,
      bodyText: emptyBody ? undefined : bodyText,
      formFields: phpFormFields(request),
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      multipart,
      followRedirects,
      timeout,
    };
  },
};
