import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { hasHeader, isPhpIntegerKey, phpBasicAuth, phpBodyText, phpFormFields, phpHeaderMap, phpOptions, withoutHeadBody, type PhpHeaderEntry } from '../shared.js';
import type { TargetDefinition } from '../../types.js';

/** Symfony HttpClient follows up to 20 redirects by default (max_redirects). */
const options = z.object(phpOptions(true));
type Options = z.infer<typeof options>;

/** A FormDataPart field: a string, a DataPart typed text, or a DataPart::fromPath() file. */
interface FormField {
  key: RequestText;
  value: RequestText | undefined;
  /** A text part with a type of its own, as `new DataPart(value, null, type)`. */
  typedValue: { value: RequestText; contentType: RequestText } | undefined;
  file: { src: RequestText; fileName: RequestText; contentType: RequestText | undefined } | undefined;
}

/** A header by name, or as a whole `Name: value` line (a list entry) when PHP would read its name as an integer key. */
type SymfonyHeader = PhpHeaderEntry & { line: RequestText | undefined };

interface SymfonyView {
  method: RequestText;
  url: RequestText;
  headers: SymfonyHeader[];
  basicAuth: ReturnType<typeof phpBasicAuth>;
  /** An empty body other than POST's: curl sends no Content-Length for it unless the header says so. */
  emptyBodyLength: boolean;
  /** A `headers` option without a multipart body. */
  sendsHeaders: boolean;
  bodyText: RequestText | undefined;
  formFields: ReturnType<typeof phpFormFields>;
  bodyFile: RequestText | undefined;
  /** FormDataPart fields; `list`: each field in an array of its own, which keeps a repeated name. */
  form: { fields: FormField[]; list: boolean; usesDataPart: boolean } | undefined;
  followRedirects: boolean;
  timeout: number;
  hasOptions: boolean;
}

export const target: TargetDefinition<SymfonyView, Options> = {
  info: {
    id: 'php-symfony-http-client',
    label: 'PHP (Symfony HttpClient)',
    language: 'php',
    client: 'Symfony HttpClient',
    extension: 'php',
    fence: 'php',
    clientVersion: 'Symfony HttpClient 5.4 to 7.x (multipart with symfony/mime; Composer autoloader)',
    prism: 'php',
    highlightjs: 'php',
    executedWith: 'PHP 8.2.36, Symfony HttpClient 5.4.53 (CurlHttpClient) and Mime 5.4.53 (Debian 12)',
  },
  options,
  view(modelRequest, warnings, { followRedirects, timeout }) {
    const request = withoutHeadBody(modelRequest, 'Symfony HttpClient', warnings);
    const { body, headers, method } = request;
    if (body.mode === 'formdata' && body.params.some((p) => p.key === '' || p.key === '0')) {
      warnings.push('Symfony Mime writes no name for a form field named "" or "0" (PHP reads both as false).');
    }
    const emptyBody = body.mode === 'raw' && body.text === '';
    if (emptyBody && method === 'POST' && !hasHeader(headers, 'content-type')) {
      warnings.push('Symfony HttpClient (through curl) gives an empty POST body the type application/x-www-form-urlencoded.');
    }
    if (body.mode === 'file' && !hasHeader(headers, 'content-type')) warnings.push('Symfony HttpClient gives a body without a Content-Type header the type application/x-www-form-urlencoded.');
    const form =
      body.mode === 'formdata'
        ? {
            fields: body.params.map(
              (p): FormField =>
                p.type === 'file'
                  ? { key: t(p.key), value: undefined, typedValue: undefined, file: { src: t(p.src), fileName: t(p.fileName), contentType: p.contentType === undefined ? undefined : t(p.contentType) } }
                  : p.contentType !== undefined
                    ? { key: t(p.key), value: undefined, typedValue: { value: t(p.value), contentType: t(p.contentType) }, file: undefined }
                    : { key: t(p.key), value: t(p.value), typedValue: undefined, file: undefined },
            ),
            list: body.hasRepeatedKeys,
            usesDataPart: body.params.some((p) => p.type === 'file' || p.contentType !== undefined),
          }
        : undefined;
    const view = {
      method: t(method),
      url: t(request.fullUrl),
      headers: phpHeaderMap(headers).map((entry) => (isPhpIntegerKey(entry.name.text) ? headerLine(entry, warnings) : { ...entry, line: undefined })),
      basicAuth: phpBasicAuth(request),
      emptyBodyLength: emptyBody && method !== 'POST',
      bodyText: phpBodyText(request),
      formFields: phpFormFields(request),
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      form,
      followRedirects,
      timeout,
    };
    const hasOptions =
      view.headers.length > 0 || view.basicAuth !== undefined || view.bodyText !== undefined || view.formFields !== undefined || view.bodyFile !== undefined || form !== undefined || !followRedirects || timeout > 0;
    return { ...view, sendsHeaders: view.headers.length > 0 || view.emptyBodyLength, hasOptions };
  },
};

/**
 * Symfony reads an integer key as a list entry holding a whole `Name: value` line, so a header named
 * `123` goes as that line; a list entry keeps one value per name, so repeats are joined.
 */
function headerLine(entry: PhpHeaderEntry, warnings: string[]): SymfonyHeader {
  const name = entry.name.text;
  if (entry.values !== undefined) warnings.push(`Symfony HttpClient keeps one ${name} header given as a line; its repeated values are joined with ", " (equivalent under RFC 9110).`);
  const value = entry.value?.text ?? entry.values!.map((v) => v.text).join(', ');
  return { name: entry.name, value: undefined, values: undefined, line: t(`${name}: ${value}`) };
}
