import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { needsNoContentType, rBodyText, rNamedHeaders, rParts, type RPart } from '../shared.js';

/** httr's functions named after a method (`POST(...)`); others, and GET or HEAD with a body, go through VERB. */
const VERB_FUNCTIONS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** One argument after the URL; exactly one field is set. */
interface HttrArgument {
  /** add_headers(...); `removesType` marks the `"Content-Type" = ""` that keeps libcurl from adding a form type. */
  headers: { name: RequestText; value: RequestText; removesType: boolean }[] | undefined;
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  timeout: number | undefined;
  noRedirects: boolean;
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  parts: RPart[] | undefined;
  multipart: boolean;
  /** `config(customrequest = "GET")` on a GET built as a POST (see HttrView). */
  getWithBody: boolean;
}

/** The template reads every field of an argument (strict): an argument is one of them set on this. */
const NO_ARGUMENT: HttrArgument = { headers: undefined, basicAuth: undefined, timeout: undefined, noRedirects: false, body: undefined, bodyFile: undefined, parts: undefined, multipart: false, getWithBody: false };
const argument = (set: Partial<HttrArgument>): HttrArgument => ({ ...NO_ARGUMENT, ...set });

interface HttrView {
  /** `POST`, or undefined for `VERB("PROPFIND", ...)`. */
  verbFunction: string | undefined;
  method: RequestText;
  /** httr sends every GET with curl's httpget option, which drops a body: a GET with one is built as a POST and sent as `customrequest = "GET"`. */
  getWithBody: boolean;
  url: RequestText;
  args: HttrArgument[];
}

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<HttrView, z.infer<typeof options>> = {
  info: {
    id: 'r-httr',
    label: 'R',
    language: 'r',
    client: 'httr',
    extension: 'R',
    fence: 'r',
    clientVersion: 'httr 1.4',
    prism: 'r',
    highlightjs: 'r',
    executedWith: 'R 4.2.2 (Debian 12), httr 1.4.5, curl 5.0.0',
  },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const body = request.body;
    const bodyOnGetOrHead = body.mode !== 'none' && (request.method === 'GET' || request.method === 'HEAD');
    const getWithBody = body.mode !== 'none' && request.method === 'GET';
    const headers = rNamedHeaders(request.headers, 'httr', warnings).map((h) => ({ ...h, removesType: false }));
    if (needsNoContentType(request)) headers.push({ name: t('Content-Type'), value: t(''), removesType: true });
    const text = rBodyText(request, warnings);
    const parts = rParts(request, 'httr', warnings);
    const args: Partial<HttrArgument>[] = [
      ...(headers.length > 0 ? [{ headers }] : []),
      ...(request.basicAuth === undefined ? [] : [{ basicAuth: { username: t(request.basicAuth.username), password: t(request.basicAuth.password) } }]),
      ...(timeout > 0 ? [{ timeout }] : []),
      ...(followRedirects ? [] : [{ noRedirects: true }]),
      ...(getWithBody ? [{ getWithBody: true }] : []),
      ...(text === undefined ? [] : [{ body: text }]),
      ...(body.mode === 'file' ? [{ bodyFile: t(body.src) }] : []),
      ...(parts === undefined ? [] : [{ parts }, { multipart: true }]),
    ];
    return {
      verbFunction: getWithBody ? 'POST' : VERB_FUNCTIONS.has(request.method) && !bodyOnGetOrHead ? request.method : undefined,
      method: t(request.method),
      getWithBody,
      url: t(request.fullUrl),
      args: args.map(argument),
    };
  },
};
