import * as z from 'zod';
import { RequestText, t } from '../../../engine/request-text.js';
import { encodeFormComponent } from '../../../model/encoding/percent.js';
import { hasNul } from '../escape.js';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

interface CurlView {
  /** Which shell the command line is written for: its quoting, line continuation and program name. */
  bash: boolean;
  cmd: boolean;
  powershell: boolean;
  /** Options before the URL (`--location --globoff`, `--max-time 10`, `--head`): no request data. */
  flags: string[];
  /** `--request` or `-X`. */
  requestFlag: string;
  method: RequestText | undefined;
  url: RequestText;
  /** Options after the URL, one per line. */
  args: { option: string; value: RequestText }[];
}

const options = z.object({
  shell: z.enum(['bash', 'cmd', 'powershell']).default('bash').describe("the shell the command is pasted into: bash (POSIX sh quoting, \\ continuation), cmd (Windows cmd.exe: double quotes, ^ continuation) or powershell (PowerShell 7.3+: single quotes, ` continuation, curl.exe)"),
  flags: z.enum(['long', 'short']).default('long').describe('option names: long (--header) or short (-H) where curl has one'),
  silent: sharedOptions.flag(false, 'add --silent (no progress meter)'),
  followRedirects: sharedOptions.followRedirects(true),
  timeout: sharedOptions.timeout(),
});
type CurlOptions = z.infer<typeof options>;

/** Short names of the options that have one; --data-raw, --data-urlencode and --data-binary have none. */
const SHORT: Readonly<Record<string, string>> = { '--location': '-L', '--globoff': '-g', '--head': '-I', '--request': '-X', '--header': '-H', '--user': '-u', '--form': '-F', '--silent': '-s', '--max-time': '-m' };

export const target: TargetDefinition<CurlView, CurlOptions> = {
  info: { id: 'curl', label: 'cURL', language: 'shell', client: 'curl', extension: 'sh', fence: 'bash', clientVersion: 'curl 7.68+', prism: 'bash', highlightjs: 'bash', executedWith: 'bash 5.2, curl 7.88.1 (Debian 12); the powershell profile: PowerShell 7.6 (Linux, curl.exe linked to curl 7.88.1)' },
  options,
  view(request, warnings, { shell, flags: names, silent, followRedirects, timeout }) {
    const name = (option: string) => (names === 'short' ? (SHORT[option] ?? option) : option);
    const args: CurlView['args'] = [];
    for (const { name: header, value } of request.headers) {
      // `-H 'X:'` would remove the header; `-H 'X;'` sends it empty.
      args.push({ option: '--header', value: t(value === '' ? `${header};` : `${header}: ${value}`) });
    }
    if (request.basicAuth !== undefined) {
      // curl encodes user:password itself, so the placeholders can be filled in where they stand.
      const { username, password } = request.basicAuth;
      if (username.includes(':')) warnings.push(`curl's --user ends the user name at its first ':': ${JSON.stringify(username)} cannot be sent.`);
      args.push({ option: '--user', value: t(`${username}:${password}`) });
    }
    const body = request.body;
    // --data* adds Content-Type: application/x-www-form-urlencoded; an empty 'Content-Type:' removes it when the model has none.
    if ((body.mode === 'raw' || body.mode === 'file') && !request.headers.some((h) => h.name.toLowerCase() === 'content-type')) {
      args.push({ option: '--header', value: t('Content-Type:') });
    }
    if (body.mode === 'raw') {
      if (hasNul(body.text)) warnings.push('curl cannot take a NUL byte in an argument; save the body to a file and use --data-binary @file.');
      args.push({ option: '--data-raw', value: t(body.text) });
    } else if (body.mode === 'urlencoded') {
      for (const { key, value } of body.params) {
        // curl encodes only what follows the first '=', so the name goes in already encoded; an empty
        // name or a NUL (which no argument can hold) needs the pair fully encoded by us.
        const encodedKey = encodeFormComponent(key);
        if (key === '' || hasNul(value)) args.push({ option: '--data-raw', value: t(`${encodedKey}=${encodeFormComponent(value)}`) });
        else args.push({ option: '--data-urlencode', value: t(`${encodedKey}=${value}`) });
      }
    } else if (body.mode === 'formdata') {
      for (const field of body.params) {
        if (field.key.includes('=')) warnings.push(`curl's --form cannot send a field name with '=': ${JSON.stringify(field.key)}`);
        const type = field.contentType !== undefined ? `;type=${field.contentType}` : '';
        // curl names a file part after its path; a name the model encoded (a quote in it) is given explicitly.
        const fileName = field.type === 'file' && field.fileName !== baseName(field.src) ? `;filename=${quoteFormValue(field.fileName)}` : '';
        const content = field.type === 'text' ? quoteFormValue(field.value) : `@${quoteFormValue(field.src)}${fileName}`;
        if (field.type === 'text' && hasNul(field.value)) warnings.push('curl cannot take a NUL byte in a --form value.');
        args.push({ option: '--form', value: t(`${field.key}=${content}${type}`) });
      }
    } else if (body.mode === 'file') {
      args.push({ option: '--data-binary', value: t(`@${body.src}`) });
    }
    const head = request.method === 'HEAD';
    const sendsBody = body.mode !== 'none';
    // curl picks GET, or POST when there is a body; any other method is named.
    const impliedMethod = head || request.method === (sendsBody ? 'POST' : 'GET');
    const flags = [...(silent ? ['--silent'] : []), ...(followRedirects ? ['--location'] : []), '--globoff', ...(timeout > 0 ? [`--max-time ${timeout}`] : []), ...(head ? ['--head'] : [])];
    const words = [request.method, request.fullUrl, ...args.map((arg) => arg.value.text)];
    if (shell === 'cmd' && words.some((word) => /[\r\n]/.test(word))) {
      warnings.push('Windows cmd cannot pass a line break in an argument: CR and LF are left out; use --option curl.shell=powershell or bash, or send the body from a file (--data-binary @file).');
    }
    if (shell === 'powershell' && words.some((word) => word.includes('"'))) {
      warnings.push('An argument holds a double quote: PowerShell 7.3+ passes it to curl.exe as written, Windows PowerShell 5.1 and PowerShell 7.0-7.2 drop it.');
    }
    return {
      bash: shell === 'bash',
      cmd: shell === 'cmd',
      powershell: shell === 'powershell',
      // Long names are how the flags are written: only short ones need a rewrite.
      flags: names === 'long' ? flags : flags.map((flag) => flag.replace(/^--[a-z-]+/, name)),
      requestFlag: name('--request'),
      method: impliedMethod ? undefined : t(request.method),
      url: t(request.fullUrl),
      args: args.map((arg) => ({ ...arg, option: name(arg.option) })),
    };
  },
};

const baseName = (path: string) => path.split(/[/\\]/).pop() ?? path;

/** curl's --form reads a double-quoted value literally, but for `\"` and `\\`; unquoted, `;` `@` `<` mean things. */
function quoteFormValue(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => '\\' + c)}"`;
}
