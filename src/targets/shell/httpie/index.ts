import * as z from 'zod';
import { t, type RequestText } from '../../../engine/request-text.js';
import { AUTH_SEPARATOR_CHARACTERS, httpieCannotCarry, httpieItem } from './escape.js';
import { hasNul } from '../escape.js';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

/** HTTPie's defaults: redirects not followed, no timeout. */
const options = z.object({ followRedirects: sharedOptions.followRedirects(false), timeout: sharedOptions.timeout() });
type Options = z.infer<typeof options>;

const ITEM_CHARACTERS = "':', ';', '=' or '@'";

interface HttpieView {
  /** Options before the method: `--ignore-stdin` (HTTPie reads a body from stdin when it is not a terminal), `--follow`, `--multipart`. */
  flags: string;
  method: RequestText;
  url: RequestText;
  /** One argument per line after the URL: a request item, or an option and its value (`--raw '...'`). */
  args: { prefix: string; value: RequestText }[];
  /** A file sent as the body, on HTTPie's stdin. */
  stdinFile: RequestText | undefined;
}

export const target: TargetDefinition<HttpieView, Options> = {
  info: { id: 'shell-httpie', label: 'HTTPie', language: 'shell', client: 'HTTPie', extension: 'sh', fence: 'bash', clientVersion: 'HTTPie 3.0+', prism: 'bash', highlightjs: 'bash', executedWith: 'bash 5.2, HTTPie 3.2.1 (Debian 12)' },
  options,
  view(request, warnings, options) {
    const body = request.body;
    const args: HttpieView['args'] = [];
    // Options go after every request item: argparse takes no request item after an option.
    const trailingOptions: HttpieView['args'] = [];
    const item = (key: string, separator: string, value: string, what: string) => {
      if (httpieCannotCarry(key, true) || httpieCannotCarry(value, false)) warnings.push(`HTTPie reads a backslash before ${ITEM_CHARACTERS} as an escape: ${what} ${JSON.stringify(`${key}${separator}${value}`)} cannot be sent exactly.`);
      if (hasNul(key + value)) warnings.push(`No command-line argument can hold a NUL byte: ${what} ${JSON.stringify(key)} is cut short.`);
      args.push({ prefix: '', value: t(httpieItem(key, separator, value)) });
    };
    // `Name:` would remove the header; `Name;` sends it empty.
    for (const { name, value } of request.headers) item(name, value === '' ? ';' : ':', value, 'the header');
    if (request.basicAuth !== undefined) {
      const { username, password } = request.basicAuth;
      if (httpieCannotCarry(username, true, AUTH_SEPARATOR_CHARACTERS)) warnings.push(`HTTPie reads a backslash before ':' as an escape: the user name ${JSON.stringify(username)} cannot be sent exactly.`);
      trailingOptions.push(optionWithValue('--auth', httpieItem(username, ':', password, AUTH_SEPARATOR_CHARACTERS)));
    }
    if (body.mode === 'raw' || body.mode === 'urlencoded') {
      // --raw sends the text as it is (HTTPie 3.0+); the model's Content-Type header says what it is.
      const text = body.mode === 'raw' ? body.text : body.encoded;
      if (hasNul(text)) warnings.push('No command-line argument can hold a NUL byte: the body is cut short; send it from a file (http ... < body.bin).');
      trailingOptions.push(optionWithValue('--raw', text));
    } else if (body.mode === 'formdata') {
      for (const field of body.params) {
        if (field.type === 'text') {
          if (field.contentType !== undefined) warnings.push(`HTTPie gives a text field no Content-Type of its own: ${JSON.stringify(field.key)} goes without ${JSON.stringify(field.contentType)}.`);
          item(field.key, '=', field.value, 'the form field');
        } else {
          // HTTPie names the part after the file's base name; `;type=` ends the path.
          if (field.src.includes(';type=')) warnings.push(`HTTPie reads ';type=' in a file path as the part's type: ${JSON.stringify(field.src)} cannot be sent.`);
          item(field.key, '@', field.contentType === undefined ? field.src : `${field.src};type=${field.contentType}`, 'the file field');
        }
      }
    }
    const flags = [
      ...(body.mode === 'file' ? [] : ['--ignore-stdin']),
      ...(body.mode === 'formdata' ? ['--multipart'] : []),
      ...(options.followRedirects ? ['--follow'] : []),
      ...(options.timeout > 0 ? [`--timeout=${options.timeout}`] : []),
    ];
    return { flags: flags.join(' '), method: t(request.method), url: t(request.fullUrl), args: [...args, ...trailingOptions], stdinFile: body.mode === 'file' ? t(body.src) : undefined };
  },
};

/** `--raw 'text'`, or `--raw='-text'` for a value argparse would take for an option. */
function optionWithValue(option: string, value: string): HttpieView['args'][number] {
  return { prefix: value.startsWith('-') ? `${option}=` : `${option} `, value: t(value) };
}
