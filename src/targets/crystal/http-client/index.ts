import { t, type RequestText } from '../../../engine/request-text.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

/** A multipart part as one call on HTTP::FormData::Builder. */
interface CrystalPart {
  key: RequestText;
  /** A text part's value; undefined for a file part. */
  value: RequestText | undefined;
  /** A file part's path and the file name sent. */
  src: RequestText | undefined;
  fileName: RequestText | undefined;
  contentType: RequestText | undefined;
}

interface CrystalView {
  /** An HTTP::Client instance for a timeout or basic auth; else the class methods (`HTTP::Client.post`). */
  instance: boolean;
  /** `10.seconds` / `2.5.seconds`. */
  timeout: string | undefined;
  /** `get`, `post`, … where HTTP::Client has a method of that name; else `exec` with the method. */
  shortcut: string | undefined;
  method: RequestText;
  url: RequestText;
  /** One entry per name: HTTP::Headers keeps an Array of values, each sent as its own line. */
  headers: { name: RequestText; value: RequestText | undefined; values: RequestText[] | undefined }[];
  basicAuth: { username: RequestText; password: RequestText } | undefined;
  text: RequestText | undefined;
  file: RequestText | undefined;
  parts: CrystalPart[] | undefined;
  hasBody: boolean;
}

const SHORTCUTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

const options = z.object({
  indent: sharedOptions.indent(2),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<CrystalView, z.infer<typeof options>> = {
  info: {
    id: 'crystal-http-client',
    label: 'Crystal',
    language: 'crystal',
    client: 'HTTP::Client',
    extension: 'cr',
    fence: 'crystal',
    clientVersion: 'Crystal 1.x standard library (HTTP::Client, HTTP::FormData); it follows no redirects',
    prism: 'crystal',
    highlightjs: 'crystal',
    executedWith: 'Crystal 1.6.0 (Debian 12), HTTP::Client',
  },
  options,
  view(request, _warnings, { timeout }) {
    const body = request.body;
    const byName = new Map<string, { name: string; values: string[] }>();
    for (const { name, value } of request.headers) {
      const entry = byName.get(name.toLowerCase());
      if (entry === undefined) byName.set(name.toLowerCase(), { name, values: [value] });
      else entry.values.push(value);
    }
    return {
      instance: timeout > 0 || request.basicAuth !== undefined,
      timeout: timeout === 0 ? undefined : `${timeout}.seconds`,
      shortcut: SHORTCUTS.has(request.method) ? request.method.toLowerCase() : undefined,
      method: t(request.method),
      url: t(request.fullUrl),
      headers: [...byName.values()].map(({ name, values }) =>
        values.length === 1 ? { name: t(name), value: t(values[0]!), values: undefined } : { name: t(name), value: undefined, values: values.map((v) => t(v)) },
      ),
      basicAuth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      text: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      file: body.mode === 'file' ? t(body.src) : undefined,
      parts: body.mode === 'formdata' ? body.params.map(toPart) : undefined,
      hasBody: body.mode !== 'none',
    };
  },
};

function toPart(field: PreparedFormField): CrystalPart {
  const contentType = field.contentType === undefined ? undefined : t(field.contentType);
  if (field.type === 'text') return { key: t(field.key), value: t(field.value), src: undefined, fileName: undefined, contentType };
  return { key: t(field.key), value: undefined, src: t(field.src), fileName: t(field.fileName), contentType };
}
