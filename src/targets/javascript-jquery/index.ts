import { t, type RequestText } from '../../engine/request-text.js';
import { isReorderedObjectKey } from '../../escape/javascript.js';
import type { Header } from '../../model/schema.js';
import type { TargetDefinition } from '../types.js';
import { bodyOnGetOrHead, joinRepeatedHeaders } from '../shared.js';

interface FormPart {
  key: RequestText;
  value: RequestText | undefined;
  /** A file part: the File the user picked in `fileInputs[input]`, sent as `fileName`. */
  file: { input: number; fileName: RequestText; contentType: RequestText | undefined } | undefined;
}

interface JqueryHeader {
  name: RequestText;
  value: RequestText;
  utf8: boolean;
  basic: boolean;
}

interface JqueryView {
  /** Forbidden headers left out, named in a comment so that the snippet says what it does not send. */
  droppedHeaders: string[];
  /**
   * The Cookie header's pairs, each set with `document.cookie` (`name=value; path=/`): a script cannot
   * set the header, the browser sends the cookies it holds for the URL's site.
   */
  cookies: RequestText[];
  /** `var fileInputs = $("input[type=file]")`: where the files come from in a browser. */
  fileInputs: boolean;
  /** The parts appended to a FormData, in order. */
  formParts: FormPart[] | undefined;
  url: RequestText;
  method: RequestText;
  /**
   * `utf8`: a header value is a ByteString, so non-ASCII text goes as its UTF-8 bytes. `basic`: the
   * value is `username:password` holding placeholders, Base64-encoded (from UTF-8) when the script runs;
   * XHR's own user/password arguments would send them only after a 401 challenge.
   */
  headers: JqueryHeader[];
  /**
   * Headers jQuery cannot set: it looks names up in plain objects, where `constructor` or `__proto__` finds an
   * Object.prototype member (the request then fails). Set on the XMLHttpRequest itself, right after it opens.
   */
  xhrHeaders: JqueryHeader[];
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
}

/** Headers a script may not set (Fetch standard, "forbidden request-header"): the browser drops them. */
const FORBIDDEN_HEADERS = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);
/** Methods XMLHttpRequest.open() refuses with a SecurityError. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
const METHOD_OVERRIDE_HEADERS = new Set(['x-http-method', 'x-http-method-override', 'x-method-override']);

const nonAscii = (text: string) => /[^\x00-\x7f]/.test(text);

function isForbidden({ name, value }: Header): boolean {
  const lower = name.toLowerCase();
  if (FORBIDDEN_HEADERS.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-')) return true;
  return METHOD_OVERRIDE_HEADERS.has(lower) && value.split(',').some((method) => FORBIDDEN_METHODS.has(method.trim().toUpperCase()));
}

/** jQuery lower-cases a header name and looks it up in a plain object: a name that is then an Object.prototype member breaks it. */
function namesObjectMember(name: string): boolean {
  return Object.hasOwn(Object.prototype, name.toLowerCase());
}

export const target: TargetDefinition<JqueryView> = {
  info: { id: 'javascript-jquery', label: 'jQuery', language: 'javascript', client: 'jQuery', extension: 'js', fence: 'javascript', clientVersion: 'jQuery 3.7 / 4.0', prism: 'javascript', highlightjs: 'javascript', executedWith: 'jsdom 29 with jQuery 4.0.0' },
  view(request, warnings) {
    const method = request.method;
    if (FORBIDDEN_METHODS.has(method.toUpperCase())) warnings.push(`Browsers refuse the ${method} method: XMLHttpRequest.open() throws a SecurityError.`);
    else if (method !== method.toUpperCase()) warnings.push(`jQuery upper-cases the method: ${method} is sent as ${method.toUpperCase()}.`);

    const cookies = request.headers.filter((h) => h.name.toLowerCase() === 'cookie').flatMap((h) => h.value.split(/;[ \t]*/).filter((pair) => pair !== ''));
    if (cookies.length > 0) {
      warnings.push("A browser does not let a script set the Cookie header: the snippet stores the cookies with document.cookie, and the browser sends them only to the page's own site.");
    }
    const allowed = request.headers.filter((header) => {
      if (!isForbidden(header)) return true;
      if (header.name.toLowerCase() === 'cookie') return false;
      warnings.push(`A browser does not let a script set the ${header.name} header; it is left out (the browser sends its own or none).`);
      return false;
    });
    const headers = joinRepeatedHeaders(allowed, 'XMLHttpRequest', warnings);
    const contentType = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;

    const view: JqueryView = {
      droppedHeaders: [...new Set(request.headers.filter((h) => isForbidden(h) && h.name.toLowerCase() !== 'cookie').map((h) => h.name))],
      cookies: cookies.map((pair) => t(`${pair}; path=/`)),
      fileInputs: false,
      formParts: undefined,
      url: t(request.fullUrl),
      method: t(method),
      headers: [
        ...headers.filter((h) => !namesObjectMember(h.name)).map((h) => ({ name: t(h.name), value: t(h.value), utf8: nonAscii(h.value), basic: false })),
        ...(request.basicAuth === undefined ? [] : [{ name: t('Authorization'), value: t(`${request.basicAuth.username}:${request.basicAuth.password}`), utf8: false, basic: true }]),
      ],
      xhrHeaders: headers.filter((h) => namesObjectMember(h.name)).map((h) => ({ name: t(h.name), value: t(h.value), utf8: nonAscii(h.value), basic: false })),
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
      warnings.push(`Browsers send no body with ${method}: the snippet sends the request without it.`);
      return view;
    }
    switch (body.mode) {
      case 'raw':
        view.dataText = t(body.text);
        break;
      case 'urlencoded':
        if (!body.hasRepeatedKeys && !body.params.some((p) => isReorderedObjectKey(p.key))) {
          view.dataFields = body.params.map((p) => ({ key: t(p.key), value: t(p.value) }));
        } else {
          view.dataText = t(body.encoded);
        }
        break;
      case 'formdata': {
        let input = 0;
        view.formParts = body.params.map((field) => {
          if (/[\r\n"]/.test(field.key) || (field.type === 'file' && /[\r\n"]/.test(field.fileName))) {
            warnings.push(`Browsers percent-encode '"', CR and LF in a multipart field name or file name (${JSON.stringify(field.key)}).`);
          }
          if (field.type === 'file') {
            return { key: t(field.key), value: undefined, file: { input: input++, fileName: t(field.fileName), contentType: field.contentType === undefined ? undefined : t(field.contentType) } };
          }
          if (field.contentType !== undefined) {
            warnings.push(`FormData cannot give a text field a Content-Type; ${JSON.stringify(field.key)} is sent without ${JSON.stringify(field.contentType)}.`);
          }
          if (/\r(?!\n)|(?<!\r)\n/.test(field.value)) {
            warnings.push(`Browsers turn every line break in a multipart text field into CRLF (${JSON.stringify(field.key)}).`);
          }
          return { key: t(field.key), value: t(field.value), file: undefined };
        });
        view.fileInputs = input > 0;
        view.browserContentType = true;
        view.dataForm = true;
        break;
      }
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
