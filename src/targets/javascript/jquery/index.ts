import { t, type RequestText } from '../../../engine/request-text.js';
import { isReorderedObjectKey } from '../escape.js';
import * as z from 'zod';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';
import { bodyOnGetOrHeadWarning, browserFormParts, browserHeaders, browserMethodWarnings, type BrowserFormPart, type BrowserHeader } from '../browser.js';
import { bodyOnGetOrHead } from '../../shared.js';

interface JqueryView {
  droppedHeaders: string[];
  cookies: RequestText[];
  /** `var fileInputs = $("input[type=file]")`: where the files come from in a browser. */
  fileInputs: boolean;
  /** The parts appended to a FormData, in order. */
  formParts: BrowserFormPart[] | undefined;
  url: RequestText;
  method: RequestText;
  headers: BrowserHeader[];
  /**
   * Headers jQuery cannot set: it looks names up in plain objects, where `constructor` or `__proto__` finds an
   * Object.prototype member (the request then fails). Set on the XMLHttpRequest itself, right after it opens.
   */
  xhrHeaders: BrowserHeader[];
  /** `"processData": false`: jQuery must send the data as it is (FormData, a File, or a string it would rewrite). */
  keepData: boolean;
  /** `"contentType": false`: the browser writes the type (with the multipart boundary, or the file's own), not jQuery's form default. */
  browserContentType: boolean;
  /** A text body or a pre-encoded form. */
  dataText: RequestText | undefined;
  /** A form jQuery encodes itself (`jQuery.param`): unique keys only. */
  dataFields: { key: RequestText; value: RequestText }[] | undefined;
  dataForm: boolean;
  /** A file as the whole body: the File picked in `fileInputs[input]`, named in a comment. */
  dataFile: { input: number; src: RequestText } | undefined;
  /** jQuery's `timeout` in milliseconds; 0 for none. */
  timeoutMs: number;
}

/** jQuery lower-cases a header name and looks it up in a plain object: a name that is then an Object.prototype member breaks it. */
function namesObjectMember(name: string): boolean {
  return Object.hasOwn(Object.prototype, name.toLowerCase());
}

const options = z.object({
  indent: sharedOptions.indent(2),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<JqueryView, z.infer<typeof options>> = {
  info: { id: 'javascript-jquery', label: 'jQuery', language: 'javascript', client: 'jQuery', extension: 'js', fence: 'javascript', clientVersion: 'jQuery 3.7 / 4.0', prism: 'javascript', highlightjs: 'javascript', executedWith: 'Chromium 156 (headless, playwright-core 1.65) with jQuery 4.0.0' },
  options,
  view(request, warnings, { timeout }) {
    const method = request.method;
    browserMethodWarnings(method, true, warnings);
    const { droppedHeaders, cookies, headers, sent } = browserHeaders(request, 'XMLHttpRequest', warnings);
    const contentType = sent.find((h) => h.name.toLowerCase() === 'content-type')?.value;

    const view: JqueryView = {
      timeoutMs: Math.round(timeout * 1000),
      droppedHeaders,
      cookies,
      fileInputs: false,
      formParts: undefined,
      url: t(request.fullUrl),
      method: t(method),
      headers: headers.filter((h) => !namesObjectMember(h.name.text)),
      xhrHeaders: headers.filter((h) => namesObjectMember(h.name.text)),
      keepData: false,
      browserContentType: false,
      dataText: undefined,
      dataFields: undefined,
      dataForm: false,
      dataFile: undefined,
    };
    const body = request.body;
    if (body.mode === 'none') return view;
    if (bodyOnGetOrHead(request)) {
      // XMLHttpRequest.send() drops the body of a GET or HEAD, and jQuery would move string data into the query.
      bodyOnGetOrHeadWarning(method, warnings);
      return view;
    }
    switch (body.mode) {
      case 'raw':
        view.dataText = t(body.text);
        break;
      case 'urlencoded':
        // jQuery deep-copies its settings with jQuery.extend, which skips a __proto__ key (against prototype pollution).
        if (!body.hasRepeatedKeys && !body.params.some((p) => isReorderedObjectKey(p.key) || p.key === '__proto__')) {
          view.dataFields = body.params.map((p) => ({ key: t(p.key), value: t(p.value) }));
        } else {
          view.dataText = t(body.encoded);
        }
        break;
      case 'formdata':
        view.formParts = browserFormParts(body.params, warnings);
        view.fileInputs = view.formParts.some((part) => part.file !== undefined);
        view.browserContentType = true;
        view.dataForm = true;
        break;
      case 'file':
        view.fileInputs = true;
        view.dataFile = { input: 0, src: t(body.src) };
        view.browserContentType = contentType === undefined;
        break;
    }
    // jQuery rewrites %20 as + in string data sent with a form Content-Type (gh-2658) unless processData is off.
    view.keepData = view.dataText !== undefined ? contentType?.startsWith('application/x-www-form-urlencoded') === true : view.dataFields === undefined;
    return view;
  },
};
