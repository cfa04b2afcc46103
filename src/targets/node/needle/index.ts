import * as z from 'zod';
import { t } from '../../../engine/request-text.js';
import { nodeRequestView, timeoutMs, type NodeFormPart, type NodeRequestView } from '../shared.js';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

const options = z.object({
  indent: sharedOptions.indent(2),
  followRedirects: sharedOptions.followRedirects(false),
  timeout: sharedOptions.timeout(),
  async: sharedOptions.async(true),
});
type Options = z.infer<typeof options>;

interface NeedleView extends NodeRequestView {
  /** `await` the response (top-level, the module is a program), or a `.then()` chain. */
  async: boolean;
  /** The data argument: `null` when a method other than GET or HEAD has no body (needle's verb form takes url, data, options). */
  nullData: boolean;
  /** `readFile` is imported: for a file body, or a file part (read before the call: needle would read a `file` part's
   * file while it writes the text parts, and put the file parts last). */
  readsFile: boolean;
  /** Any option besides the request itself: the options object is printed. */
  optionsObject: boolean;
  /** `follow_max: 5`: needle follows no redirect by default. */
  followMax: number | undefined;
  timeoutMs: number | undefined;
}

/** needle keeps headers and multipart fields in plain objects, where this key sets the prototype: the value is lost. */
const LOST_KEY = '__proto__';
/** What needle types a file part with when the model gives none: it needs a type to read the file at all. */
const FILE_PART_TYPE = 'application/octet-stream';
/** Object keys JavaScript orders first (array indexes), whatever the order they are written in. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

/**
 * Multipart fields as needle takes them: one object, so one part per name (at its first place, with its last value,
 * as an object literal keeps it), in the object's key order.
 */
function needleFormParts(parts: NodeFormPart[], warnings: string[]): NodeFormPart[] {
  const byName = new Map<string, NodeFormPart>();
  for (const part of parts) {
    const key = part.key.text;
    if (byName.has(key)) warnings.push(`needle takes multipart fields as an object, so one part per name: the repeated field ${JSON.stringify(key)} keeps its last value only.`);
    if (key === LOST_KEY) warnings.push(`needle copies multipart fields into a plain object, where the ${LOST_KEY} field is lost.`);
    else if (part.file === undefined && part.value?.text === '') warnings.push(`needle refuses an empty multipart text field ("value missing for multipart"): ${JSON.stringify(key)} is left out.`);
    else {
      if (part.file !== undefined && part.file.fileName.text !== encodeURIComponent(part.file.fileName.text)) warnings.push(`needle percent-encodes a part's file name (encodeURIComponent): ${JSON.stringify(part.file.fileName.text)} is sent as ${JSON.stringify(encodeURIComponent(part.file.fileName.text))}.`);
      byName.set(key, part.file !== undefined && part.contentType === undefined ? { ...part, contentType: t(FILE_PART_TYPE) } : part);
    }
  }
  const kept = [...byName.values()];
  if (kept.length > 1 && kept.some((part) => INDEX_KEY.test(part.key.text))) warnings.push('needle sends multipart fields in object key order, where names that are array indexes (0, 1, ...) come first.');
  return kept;
}

/**
 * needle 3 in Node: `needle(method, url, data, options)` returns a promise. Headers are one object (needle lower-cases
 * the names; an array value is one header line per value, Node's http writes them), a string body is sent as its UTF-8
 * bytes and a Buffer as it is (needle would move GET data into the query unless it is a Buffer), `multipart: true`
 * builds the body from an object of fields (`{ value, content_type }` for a typed text part, `{ buffer, filename, content_type }`
 * for a file read by the snippet: needle would read a `{ file }` part itself, after the text parts are written, and
 * send the file parts last), `username`/`password` encode basic credentials (UTF-8, Base64) when the snippet runs. needle adds
 * Accept, User-Agent and Connection headers of its own, follows no redirect unless `follow_max` is set, and gives a
 * body without a Content-Type the form type.
 */
export const target: TargetDefinition<NeedleView, Options> = {
  info: {
    id: 'node-needle',
    label: 'needle',
    language: 'javascript',
    client: 'needle',
    extension: 'mjs',
    fence: 'javascript',
    clientVersion: 'needle 3',
    prism: 'javascript',
    highlightjs: 'javascript',
    executedWith: 'Node 20.20.2, needle 3.5.0 (npm)',
  },
  options,
  view(request, warnings, options) {
    const common = nodeRequestView(request, warnings, { client: 'needle', fetchBased: false, undiciBased: false, refusesBodyWith: [], upperCasesMethod: true, urlencoded: 'encoded', formData: 'own', typesEmptyBody: true, basicAuthOption: true });
    if (request.headers.some((h) => h.name === LOST_KEY)) warnings.push(`needle copies the headers into a plain object, where the ${LOST_KEY} header is lost.`);
    if (common.formParts !== undefined) common.formParts = needleFormParts(common.formParts, warnings);
    if (common.text !== undefined && common.text.text === '') {
      // needle sends no body for empty data; Node's http then still frames a POST, PUT or PATCH with Content-Length: 0.
      common.text = undefined;
      common.sendsBody = false;
    }
    const method = request.method.toUpperCase();
    // needle turns GET data that is not a Buffer into a query string.
    common.textBuffer = common.text !== undefined && method === 'GET';
    const view: NeedleView = {
      ...common,
      method: t(request.method),
      nullData: !common.sendsBody && method !== 'GET' && method !== 'HEAD',
      followMax: options.followRedirects ? 5 : undefined,
      timeoutMs: timeoutMs(options.timeout),
      async: options.async,
      optionsObject: false,
      readsFile: common.file !== undefined || common.formParts?.some((part) => part.file !== undefined) === true,
    };
    view.optionsObject = view.headerBlock || view.auth !== undefined || view.formParts !== undefined || view.followMax !== undefined || view.timeoutMs !== undefined;
    return view;
  },
};
