import { t, type RequestText } from '../../../engine/request-text.js';
import { isReorderedObjectKey } from '../../javascript/escape.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { isNonAscii } from '../../shared.js';

/** One header value; `utf8` when it must be given as the Latin-1 string of its UTF-8 bytes. */
interface HeaderValue {
  text: RequestText;
  utf8: boolean;
}

/** A formData value: a string, or `{ value, options }` for a file or a part with its own Content-Type. */
interface FormValue {
  text: RequestText | undefined;
  src: RequestText | undefined;
  fileName: RequestText | undefined;
  contentType: RequestText | undefined;
  /** Needs the `{ value, options }` form. */
  options: boolean;
}

interface NodeHeader {
  name: RequestText;
  values: HeaderValue[];
  list: boolean;
}

interface NodeView {
  /** `require('fs')`: a file is read. */
  fs: boolean;
  method: RequestText;
  url: RequestText;
  /** One entry per header name; `list` when the name repeats (an array: Node writes one line per value). */
  headers: NodeHeader[];
  /**
   * A header named `__proto__`: request keeps headers in a plain object, where that name sets the prototype and the
   * header is lost. Set on Node's own request (whose header map has no prototype) when request creates it.
   */
  nodeHeaders: NodeHeader[];
  /** A text body or a pre-encoded form. */
  body: RequestText | undefined;
  /** `Buffer.from(body)`: keeps Node writing the headers as Latin-1 (see `latin1Headers`). */
  bodyBuffer: boolean;
  /** A form `request` encodes itself (qs): unique keys only. */
  form: { key: RequestText; value: RequestText }[] | undefined;
  /** Multipart fields by name; `list` when the name repeats (form-data sends an array's values in turn). */
  formData: { key: RequestText; values: FormValue[]; list: boolean; objects: boolean }[] | undefined;
  /** A file streamed as the whole body. */
  bodyFile: RequestText | undefined;
  /** `auth: { user, pass }`: credentials holding placeholders, which request encodes (UTF-8) when it runs. */
  auth: { username: RequestText; password: RequestText } | undefined;
  /** request's `timeout` in milliseconds; 0 for none. */
  timeoutMs: number;
}

/** Groups values by key (case-insensitively when asked) at the key's first position. */
function groupByKey<T>(items: readonly T[], keyOf: (item: T) => string, fold: (key: string) => string = (k) => k): { key: string; items: T[] }[] {
  const groups = new Map<string, { key: string; items: T[] }>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(fold(key));
    if (group === undefined) groups.set(fold(key), { key, items: [item] });
    else group.items.push(item);
  }
  return [...groups.values()];
}

function formValue(field: PreparedFormField): FormValue {
  const contentType = field.contentType === undefined ? undefined : t(field.contentType);
  if (field.type === 'text') return { text: t(field.value), src: undefined, fileName: undefined, contentType, options: contentType !== undefined };
  return { text: undefined, src: t(field.src), fileName: t(field.fileName), contentType, options: true };
}

const options = z.object({
  indent: sharedOptions.indent(2),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<NodeView, z.infer<typeof options>> = {
  info: { id: 'nodejs-request', label: 'NodeJS', language: 'javascript', client: 'request', extension: 'js', fence: 'javascript', clientVersion: 'request 2.88 (deprecated upstream since 2020)', prism: 'javascript', highlightjs: 'javascript', executedWith: 'Node 20, request 2.88.2 (npm)', deprecated: 'request is deprecated upstream since 2020; prefer node-fetch or node-axios' },
  options,
  view(request, warnings, { timeout }) {
    if (request.method !== request.method.toUpperCase()) warnings.push(`Node upper-cases the method: ${request.method} is sent as ${request.method.toUpperCase()}.`);
    const body = request.body;
    const nonAsciiHeaders = request.headers.some((h) => isNonAscii(h.value));
    // Node sends the header block with the first body chunk: as Latin-1 before a Buffer (or at end()),
    // but as UTF-8 before a string. request writes `body`/`form` strings and the formData parts as
    // strings, so a text body becomes a Buffer when a header value is non-ASCII; formData cannot.
    const latin1Headers = body.mode !== 'formdata';
    if (!latin1Headers && request.headers.some((h) => /[^\x00-\xff]/.test(h.value))) {
      warnings.push("Node sends the headers of a formData request as UTF-8 text and rejects a header value with characters beyond U+00FF; such a value cannot be sent with this body.");
    }
    // Node's setHeader is case-insensitive: every value of one name goes in one array.
    const allHeaders = groupByKey(request.headers, (h) => h.name, (name) => name.toLowerCase()).map(({ key, items }) => ({
      name: t(key),
      values: items.map((h) => ({ text: t(h.value), utf8: latin1Headers && isNonAscii(h.value) })),
      list: items.length > 1,
    }));

    const auth = request.basicAuth === undefined ? undefined : { username: t(request.basicAuth.username), password: t(request.basicAuth.password) };
    const headers = allHeaders.filter((h) => h.name.text !== '__proto__');
    const nodeHeaders = allHeaders.filter((h) => h.name.text === '__proto__');
    const view: NodeView = { fs: false, method: t(request.method), url: t(request.fullUrl), timeoutMs: Math.round(timeout * 1000), headers, nodeHeaders, body: undefined, bodyBuffer: false, form: undefined, formData: undefined, bodyFile: undefined, auth };
    switch (body.mode) {
      case 'raw':
        view.body = t(body.text);
        view.bodyBuffer = nonAsciiHeaders;
        break;
      case 'urlencoded':
        if (!nonAsciiHeaders && !body.hasRepeatedKeys && !body.params.some((p) => isReorderedObjectKey(p.key))) {
          view.form = body.params.map((p) => ({ key: t(p.key), value: t(p.value) }));
        } else {
          view.body = t(body.encoded);
          view.bodyBuffer = nonAsciiHeaders;
        }
        break;
      case 'formdata': {
        const groups = groupByKey(body.params, (f) => f.key);
        const inOrder = groups.flatMap((g) => g.items);
        if (inOrder.some((field, i) => field !== body.params[i]) || groups.some((g) => isReorderedObjectKey(g.key))) {
          warnings.push("request's formData object sends the fields grouped by name (and numeric names first): the parts go in another order than the model's.");
        }
        view.formData = groups.map(({ key, items }) => {
          const values = items.map(formValue);
          return { key: t(key), values, list: values.length > 1, objects: values.some((v) => v.options) };
        });
        view.fs = body.params.some((f) => f.type === 'file');
        break;
      }
      case 'file':
        view.bodyFile = t(body.src);
        view.fs = true;
        break;
    }
    return view;
  },
};
