import { t, type RequestText } from '../../../engine/request-text.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { isNonAscii, joinRepeatedHeaders } from '../../shared.js';

interface PythonView {
  method: RequestText;
  url: RequestText;
  /** `.encode()` sends UTF-8; a str header value would go out as Latin-1 or fail. */
  headers: { name: RequestText; value: RequestText; utf8: boolean }[];
  /** Text body; `utf8` when it must be encoded explicitly (requests 2.28 sends str as Latin-1). */
  payload: { text: RequestText; utf8: boolean } | undefined;
  /** Multipart parts in order, text parts as (None, value). */
  files: { key: RequestText; value: RequestText | undefined; fileName: RequestText | undefined; src: RequestText | undefined; contentType: RequestText | undefined }[] | undefined;
  /** A file sent as the whole body. */
  dataFile: RequestText | undefined;
  /** `auth=(username, password)`: credentials holding placeholders, encoded when the script runs. */
  auth: { username: RequestText; password: RequestText } | undefined;
  /** Seconds, printed as `timeout=`; 0 for none. */
  timeout: number;
  /** false: `allow_redirects=False` (requests follows by default). */
  followRedirects: boolean;
}

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<PythonView, z.infer<typeof options>> = {
  info: { id: 'python-requests', label: 'Python', language: 'python', client: 'requests', extension: 'py', fence: 'python', clientVersion: 'requests 2.28+', prism: 'python', highlightjs: 'python', executedWith: 'Python 3.11.2 (Debian 12), requests 2.28.1' },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const body = request.body;
    const text = body.mode === 'raw' ? body.text : body.mode === 'urlencoded' ? body.encoded : undefined;
    return {
      method: t(request.method),
      url: t(request.fullUrl),
      headers: joinRepeatedHeaders(request.headers, 'requests', warnings).map((h) => ({ name: t(h.name), value: t(h.value), utf8: isNonAscii(h.value) })),
      payload: text === undefined ? undefined : { text: t(text), utf8: isNonAscii(text) },
      files:
        body.mode === 'formdata'
          ? body.params.map((f) =>
              f.type === 'text'
                ? { key: t(f.key), value: t(f.value), fileName: undefined, src: undefined, contentType: f.contentType === undefined ? undefined : t(f.contentType) }
                : { key: t(f.key), value: undefined, fileName: t(f.fileName), src: t(f.src), contentType: f.contentType === undefined ? undefined : t(f.contentType) },
            )
          : undefined,
      dataFile: body.mode === 'file' ? t(body.src) : undefined,
      auth: request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) },
      timeout,
      followRedirects,
    };
  },
};
