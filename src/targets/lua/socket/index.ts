import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { sharedOptions } from '../../options.js';
import { multipartFields, type PartFields } from '../../hand-written-multipart.js';
import { joinRepeatedHeaders } from '../../shared.js';
import type { TargetDefinition } from '../../types.js';

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});
type Options = z.infer<typeof options>;

interface LuaView {
  url: RequestText;
  /** Undefined for GET, LuaSocket's default. */
  method: RequestText | undefined;
  headers: { name: RequestText; value: RequestText }[];
  /** `user:password` holding placeholders, Base64-encoded with `mime.b64` when the snippet runs. */
  basic: RequestText | undefined;
  /** The body text (`local body = ...`), sent with `ltn12.source.string`. */
  text: RequestText | undefined;
  multipart: { boundary: string; parts: PartFields[] } | undefined;
  /** A file sent as the whole body, with `ltn12.source.file`. */
  file: RequestText | undefined;
  /** A `read_file` helper is printed: a file part's content is read into the body. */
  readsFile: boolean;
  /** `local body` holds the body (text or multipart): sent from a string with its length. */
  stringBody: boolean;
  /** Any body: a Content-Length and a source are given. */
  sendsBody: boolean;
  /** `redirect = false`: LuaSocket follows redirects of a GET or HEAD by default. */
  noRedirect: boolean;
  /** `http.TIMEOUT`, in seconds (LuaSocket's default is 60). */
  timeout: number | undefined;
  /** A headers table is printed. */
  headerBlock: boolean;
}

/**
 * LuaSocket 3 `socket.http.request{...}` (the generic form), Lua 5.3+: the body goes through an ltn12 source with an
 * explicit Content-Length (without one LuaSocket sends it chunked), the response into an ltn12 table sink. Headers
 * are one table (LuaSocket lower-cases the names and keys them once, so repeated headers are joined with ", "),
 * written with Lua's byte strings as the UTF-8 of the source. There is no multipart encoder: the snippet writes the
 * body itself. LuaSocket adds User-Agent, Host, Connection and TE headers of its own.
 */
export const target: TargetDefinition<LuaView, Options> = {
  info: {
    id: 'lua-socket',
    label: 'Lua',
    language: 'lua',
    client: 'LuaSocket',
    extension: 'lua',
    fence: 'lua',
    clientVersion: 'LuaSocket 3.x, Lua 5.3+',
    prism: 'lua',
    highlightjs: 'lua',
    executedWith: 'Lua 5.4.4, LuaSocket 3.1.0 (Debian lua-socket)',
  },
  options,
  view(request, warnings, options) {
    const body = request.body;
    const view: LuaView = {
      url: t(request.fullUrl),
      method: request.method === 'GET' ? undefined : t(request.method),
      headers: joinRepeatedHeaders(request.headers, 'LuaSocket', warnings).map(({ name, value }) => ({ name: t(name), value: t(value) })),
      basic: request.basicAuth === undefined ? undefined : t(`${request.basicAuth.username}:${request.basicAuth.password}`),
      text: undefined,
      multipart: undefined,
      file: undefined,
      readsFile: false,
      stringBody: false,
      sendsBody: body.mode !== 'none',
      noRedirect: !options.followRedirects,
      timeout: options.timeout > 0 ? options.timeout : undefined,
      headerBlock: false,
    };
    if (body.mode === 'raw') view.text = t(body.text);
    else if (body.mode === 'urlencoded') view.text = t(body.encoded);
    else if (body.mode === 'file') view.file = t(body.src);
    else if (body.mode === 'formdata') {
      view.multipart = multipartFields(body);
      view.readsFile = body.params.some((field) => field.type === 'file');
    }
    view.stringBody = view.text !== undefined || view.multipart !== undefined;
    view.headerBlock = view.headers.length > 0 || view.basic !== undefined || view.sendsBody;
    return view;
  },
};
