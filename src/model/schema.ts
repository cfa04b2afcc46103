import * as z from 'zod';
import { wellFormed } from '../text.js';
import { RAW_LANGUAGES, type RawLanguage } from './raw-languages.js';
import { urlHost } from './url.js';

export type { RawLanguage };

/** RFC 9110 token: what a method or a header name may be made of. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const token = (what: string) =>
  z.string().regex(TOKEN, { message: `must be an HTTP token (letters, digits and !#$%&'*+-.^_\`|~), got a ${what} with other characters` });

/** A header value travels on one line: CR, LF and NUL would split or truncate it on the wire. */
const headerValue = z
  .string()
  .refine((v) => !/[\r\n]/.test(v), { message: 'must not contain a line break (CR or LF)' })
  .refine((v) => !v.includes('\0'), { message: 'must not contain a NUL character' })
  // RFC 9110 5.5: HTAB is the only control a field value may hold; clients (Node, Go, OkHttp) refuse the others.
  .refine((v) => !CONTROL_IN_FIELD.test(v), { error: (issue) => `must not contain the control character ${codePointOf(CONTROL_IN_FIELD.exec(String(issue.input))?.[0])} (only tab is allowed)` });

const CONTROL_IN_FIELD = /[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const codePointOf = (ch: string | undefined) => `U+${(ch?.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A multipart field name or a file path is written into a part header or a `< path` line (and a
 * shell argument): a line break would end that line and a NUL would cut it short.
 */
const oneLine = (what: string) =>
  z.string().refine((v) => !/[\r\n\0]/.test(v), { message: `must not contain a line break (CR or LF) or NUL: a ${what} is written on one line` });

/**
 * Longest value (body text, URL, header...) a snippet is made for. No docs page shows a larger one,
 * and a snippet holds it escaped (up to 6 times longer) once per target, which would run into
 * Node's string limit for values not much larger.
 */
export const MAX_VALUE_BYTES = 10 * 1024 * 1024;
// Each UTF-16 unit is at most 3 UTF-8 bytes, so a short string skips the byte count.
const withinLimit = (s: string) => s.length <= MAX_VALUE_BYTES / 3 || Buffer.byteLength(s) <= MAX_VALUE_BYTES;
const overLimit = (issue: { input?: unknown }) =>
  `${typeof issue.input === 'string' ? Buffer.byteLength(issue.input).toLocaleString('en-US') : 'the value'} bytes is over the ${MAX_VALUE_BYTES / 1024 / 1024} MiB limit for a snippet`;

const text = z
  .string()
  .refine(withinLimit, { error: overLimit, abort: true })
  .refine(wellFormed, { message: 'must be well-formed Unicode (a lone surrogate has no UTF-8 form)' });

/** Text sent on a header line: header values, basic credentials, a part's Content-Type (one schema: building them costs every start). */
const headerText = headerValue.pipe(text);

export const KeyValueSchema = z.object({
  key: text,
  value: text.default(''),
  disabled: z.boolean().optional(),
});

export const HeaderSchema = z.object({
  name: token('header name'),
  value: headerText,
  disabled: z.boolean().optional(),
});

export const AuthSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({ type: z.literal('basic'), username: headerText, password: headerText.default('') }),
  z.object({ type: z.literal('bearer'), token: headerText }),
  z
    .object({
      type: z.literal('apikey'),
      key: text.pipe(z.string().min(1, { message: 'must not be empty' })),
      value: headerText,
      in: z.enum(['header', 'query']).default('header'),
    })
    // Sent in a header, the key is that header's name.
    .refine((auth) => auth.in !== 'header' || TOKEN.test(auth.key), {
      path: ['key'],
      message: `must be an HTTP token (letters, digits and !#$%&'*+-.^_\`|~) when "in" is "header": it is the header's name`,
    }),
]);

export const FormFieldSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), key: oneLine('part name').pipe(text), value: text.default(''), contentType: headerText.optional(), disabled: z.boolean().optional() }),
  z.object({ type: z.literal('file'), key: oneLine('part name').pipe(text), src: oneLine('file path').pipe(text).pipe(z.string().min(1, { message: 'must name a file' })), contentType: headerText.optional(), disabled: z.boolean().optional() }),
]);

export const BodySchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('none') }),
  z.object({ mode: z.literal('raw'), text, language: z.enum(RAW_LANGUAGES).default('text') }),
  z.object({ mode: z.literal('urlencoded'), params: z.array(KeyValueSchema) }),
  z.object({
    mode: z.literal('formdata'),
    params: z.array(z.preprocess((f) => (isObject(f) && f['type'] === undefined ? { ...f, type: 'text' } : f), FormFieldSchema)),
  }),
  z.object({
    mode: z.literal('graphql'),
    query: text,
    /** A JSON object, or the JSON text of one as Postman stores it. */
    variables: z.union([z.record(z.string(), z.unknown()), text]).optional(),
    operationName: text.optional(),
  }),
  z.object({ mode: z.literal('file'), src: oneLine('file path').pipe(text).pipe(z.string().min(1, { message: 'must name a file' })) }),
]);

export const RequestSchema = z
  .object({
    name: z.string().optional(),
    description: z.string().optional(),
    /** Upper-cased, as Postman does: clients disagree on lower-case methods (requests upper-cases, curl does not). */
    method: token('method')
      .default('GET')
      .transform((m) => m.toUpperCase()),
    /** May hold {{placeholders}} anywhere; the scheme may be left out. Its query part is URL text (%XX decoded). */
    url: text.pipe(z.string().min(1, { message: 'must not be empty' })).refine((url) => url === '' || urlHost(url) !== '', {
      message: 'has no host; write it as https://host/path or {{baseUrl}}/path',
    }),
    /** Extra query pairs, literal text, appended after those in the URL. */
    query: z.array(KeyValueSchema).default([]),
    headers: z.array(HeaderSchema).default([]),
    auth: AuthSchema.default({ type: 'none' }),
    body: BodySchema.default({ mode: 'none' }),
  })
  .strict();

export type RequestModel = z.infer<typeof RequestSchema>;
/** What callers may pass: defaults not yet applied. */
export type RequestInput = z.input<typeof RequestSchema>;
export type Header = z.infer<typeof HeaderSchema>;
export type KeyValue = z.infer<typeof KeyValueSchema>;
export type Auth = z.infer<typeof AuthSchema>;
export type Body = z.infer<typeof BodySchema>;
export type FormField = z.infer<typeof FormFieldSchema>;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
