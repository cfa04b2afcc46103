import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { sharedOptions } from '../../options.js';
import { multipartFields, type PartFields } from '../../hand-written-multipart.js';
import { joinRepeatedHeaders } from '../../shared.js';
import type { TargetDefinition } from '../../types.js';

const options = z.object({
  indent: sharedOptions.indent(2),
  timeout: sharedOptions.timeout(),
});
type Options = z.infer<typeof options>;

interface OcamlView {
  url: RequestText;
  /** A polymorphic variant of Cohttp.Code.meth (`` `POST ``), or undefined for `` `Other "..." `` (`otherMethod`). */
  methodTag: string | undefined;
  /** A method without a variant, or one whose variant cohttp sends without a body (`` `GET ``), as `` `Other "..." ``. */
  otherMethod: RequestText | undefined;
  /** The variant (GET, HEAD, CONNECT, TRACE) written as `` `Other `` because cohttp writes no body for it: said in a comment. */
  bodyless: string | undefined;
  headers: { name: RequestText; value: RequestText }[];
  /** Basic credentials holding placeholders, given to `Header.add_authorization` (cohttp encodes them when it runs). */
  auth: { username: RequestText; password: RequestText } | undefined;
  /** `Content-Length: 0`: cohttp writes no length for an empty fixed-length body. */
  emptyLength: boolean;
  headerBlock: boolean;
  /** No header list, but credentials or the multipart type are added to `Header.init ()`. */
  newHeaders: boolean;
  /** `~headers` is passed. */
  sendsHeaders: boolean;
  text: RequestText | undefined;
  multipart: { boundary: string; parts: PartFields[] } | undefined;
  file: RequestText | undefined;
  /** A `read_file` function is printed (a file body or a file part). */
  readsFile: boolean;
  sendsBody: boolean;
  /** `Lwt_unix.with_timeout`, as an OCaml float literal. */
  timeout: string | undefined;
}

/** The methods Cohttp.Code.meth names by a variant (cohttp 4 to 6). */
const METHOD_TAGS = new Set(['GET', 'POST', 'HEAD', 'DELETE', 'PATCH', 'PUT', 'OPTIONS', 'TRACE', 'CONNECT']);
/** The variants whose requests cohttp frames as bodiless (Request.has_body). */
const BODYLESS_TAGS = new Set(['GET', 'HEAD', 'CONNECT', 'TRACE']);

/**
 * cohttp-lwt-unix `Client.call ?headers ?body ?chunked meth uri`, which cohttp 4, 5 and 6 all have, in an Lwt program
 * (`Lwt_main.run`, `let*` from Lwt.Syntax). A body is sent with `~chunked:false`, so cohttp writes its Content-Length
 * (it would send a POST body chunked). cohttp 4 writes repeated header lines in reverse order, so repeated headers are
 * joined with ", "; header names go out lower-cased (cohttp 4). cohttp has no multipart encoder (the snippet writes the
 * body) and follows no redirect. cohttp adds Host and User-Agent headers of its own.
 */
export const target: TargetDefinition<OcamlView, Options> = {
  info: {
    id: 'ocaml-cohttp',
    label: 'OCaml',
    language: 'ocaml',
    client: 'cohttp-lwt-unix',
    extension: 'ml',
    fence: 'ocaml',
    clientVersion: 'cohttp-lwt-unix 4.x to 6.x (Client.call), lwt 5.3+, OCaml 4.08+',
    prism: 'ocaml',
    highlightjs: 'ocaml',
    executedWith: 'OCaml 4.13.1, cohttp-lwt-unix 4.0.0, lwt 5.6.1 (Debian)',
  },
  options,
  view(request, warnings, options) {
    const body = request.body;
    // cohttp's Request.has_body is `No for these variants, so it would write no Content-Length and the server no body.
    const bodyless = body.mode !== 'none' && BODYLESS_TAGS.has(request.method) ? request.method : undefined;
    const tagged = METHOD_TAGS.has(request.method) && bodyless === undefined;
    const view: OcamlView = {
      url: t(request.fullUrl),
      methodTag: tagged ? request.method : undefined,
      otherMethod: tagged ? undefined : t(request.method),
      bodyless,
      headers: joinRepeatedHeaders(request.headers, 'cohttp', warnings).map(({ name, value }) => ({ name: t(name), value: t(value) })),
      auth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      emptyLength: body.mode === 'raw' && body.text === '',
      headerBlock: false,
      newHeaders: false,
      sendsHeaders: false,
      text: undefined,
      multipart: undefined,
      file: undefined,
      readsFile: false,
      sendsBody: body.mode !== 'none',
      timeout: options.timeout > 0 ? (Number.isInteger(options.timeout) ? `${options.timeout}.` : String(options.timeout)) : undefined,
    };
    if (body.mode === 'raw') view.text = t(body.text);
    else if (body.mode === 'urlencoded') view.text = t(body.encoded);
    else if (body.mode === 'file') view.file = t(body.src);
    else if (body.mode === 'formdata') {
      view.multipart = multipartFields(body);
    }
    view.readsFile = view.file !== undefined || body.mode === 'formdata' && body.params.some((field) => field.type === 'file');
    view.headerBlock = view.headers.length > 0 || view.emptyLength;
    view.newHeaders = !view.headerBlock && (view.auth !== undefined || view.multipart !== undefined);
    view.sendsHeaders = view.headerBlock || view.newHeaders;
    return view;
  },
};
