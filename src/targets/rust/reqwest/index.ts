import { t, type RequestText } from '../../../engine/request-text.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

/** A multipart part as one call on the Form builder. */
interface ReqwestPart {
  key: RequestText;
  /** `.text(key, value)`: a text part with no content type of its own. */
  text: RequestText | undefined;
  /** `.file(key, path)?` (blocking): the file name and type come from the path. */
  file: RequestText | undefined;
  /** `.part(key, Part::…)`: a part whose file name or content type is given. */
  part:
    | {
        text: RequestText | undefined;
        /** `Part::file(path)?` (blocking). */
        open: RequestText | undefined;
        /** `Part::bytes(tokio::fs::read(path).await?)`: the async Form reads no files itself. */
        readAsync: RequestText | undefined;
        fileName: RequestText | undefined;
        contentType: RequestText | undefined;
      }
    | undefined;
}

interface ReqwestView {
  async: boolean;
  /** Only the paths the program names: rustc warns about an unused import. */
  imports: string[];
  /** `Client::new()` when false; `Client::builder()…build()?` for a timeout or no redirects. */
  builder: boolean;
  followRedirects: boolean;
  /** `Duration::from_secs(10)` / `Duration::from_secs_f64(2.5)`. */
  timeout: string | undefined;
  /** `get`, `post`, … for the methods Client has a shortcut for. */
  shortcut: string | undefined;
  method: RequestText;
  url: RequestText;
  headers: { name: RequestText; value: RequestText }[];
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  text: RequestText | undefined;
  file: RequestText | undefined;
  parts: ReqwestPart[] | undefined;
  /**
   * `percent_encode_noop()`: by default reqwest writes a part name with a space, quote or non-ASCII
   * character as `name*=utf-8''…` (RFC 5987), which form parsers do not read; browsers send it raw.
   */
  rawNames: boolean;
}

const SHORTCUTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']);

const options = z.object({
  indent: sharedOptions.indent(4),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
  async: sharedOptions.async(false),
});

export const target: TargetDefinition<ReqwestView, z.infer<typeof options>> = {
  info: {
    id: 'rust-reqwest',
    label: 'Rust',
    language: 'rust',
    client: 'reqwest',
    extension: 'rs',
    fence: 'rust',
    clientVersion: 'reqwest 0.11 and 0.12 (the same blocking and async API), features blocking and multipart; tokio 1 for async',
    prism: 'rust',
    highlightjs: 'rust',
    executedWith: 'Rust 1.95.0 (rustup), reqwest 0.11.13 and tokio 1.24.2 (Debian 12 crates)',
  },
  options,
  view(request, _warnings, { followRedirects, timeout, async }) {
    const body = request.body;
    const parts = body.mode === 'formdata' ? body.params.map((field) => toPart(field, async)) : undefined;
    const builder = !followRedirects || timeout > 0;
    const imports = [async ? 'reqwest::Client' : 'reqwest::blocking::Client'];
    if (!SHORTCUTS.has(request.method)) imports.push('reqwest::Method');
    if (!followRedirects) imports.push('reqwest::redirect::Policy');
    if (parts !== undefined) {
      const multipart = async ? 'reqwest::multipart' : 'reqwest::blocking::multipart';
      imports.push(parts.some((p) => p.part !== undefined) ? `${multipart}::{Form, Part}` : `${multipart}::Form`);
    }
    if (timeout > 0) imports.push('std::time::Duration');
    return {
      async,
      imports,
      builder,
      followRedirects,
      timeout: timeout === 0 ? undefined : Number.isInteger(timeout) ? `Duration::from_secs(${timeout})` : `Duration::from_secs_f64(${timeout})`,
      shortcut: SHORTCUTS.has(request.method) ? request.method.toLowerCase() : undefined,
      method: t(request.method),
      url: t(request.fullUrl),
      // RequestBuilder::header appends: repeated headers go out as separate lines.
      headers: request.headers.map((h) => ({ name: t(h.name), value: t(h.value) })),
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      text: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      file: body.mode === 'file' ? t(body.src) : undefined,
      parts,
      rawNames: parts !== undefined && body.mode === 'formdata' && body.params.some((p) => /[^A-Za-z0-9_.~-]/.test(p.key)),
    };
  },
};

function toPart(field: PreparedFormField, async: boolean): ReqwestPart {
  const key = t(field.key);
  const contentType = field.contentType === undefined ? undefined : t(field.contentType);
  if (field.type === 'text') {
    if (contentType === undefined) return { key, text: t(field.value), file: undefined, part: undefined };
    return { key, text: undefined, file: undefined, part: { text: t(field.value), open: undefined, readAsync: undefined, fileName: undefined, contentType } };
  }
  // The blocking Form::file and Part::file name the part after the path's last segment; the async Form reads no files.
  const baseName = field.src.split(/[/\\]/).pop();
  if (!async && contentType === undefined && baseName === field.fileName) return { key, text: undefined, file: t(field.src), part: undefined };
  return { key, text: undefined, file: undefined, part: { text: undefined, open: async ? undefined : t(field.src), readAsync: async ? t(field.src) : undefined, fileName: async || baseName !== field.fileName ? t(field.fileName) : undefined, contentType } };
}
