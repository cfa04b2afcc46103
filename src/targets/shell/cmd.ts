/**
 * Arguments of a Windows `cmd.exe` command line, as pasted at its prompt, for a program that reads its
 * arguments with the C runtime's rules (curl.exe). Two parsers read the line, so both are satisfied:
 *
 * - cmd.exe expands `%name%` (inside double quotes too) and treats `& | < > ^ ( )` as syntax outside
 *   double quotes; every `"` toggles its quoting, a `\` before it included. `^x` is a literal x and
 *   never toggles quoting.
 * - The C runtime (Microsoft's "Parsing C command-line arguments") ends an argument at white space
 *   outside double quotes; 2n backslashes before `"` are n backslashes and a delimiter, 2n+1 are n and
 *   a literal quote; other backslashes are literal; `""` inside quotes is a literal quote.
 *
 * So text goes in double quotes (cmd's syntax characters are literal there), and a quote or a percent
 * sign is written outside them: a quote as `\^"` (a literal quote for the runtime, an escaped one for
 * cmd, which does not toggle), a percent sign as `^%`, which no variable name can follow at the prompt
 * (the name would hold the `^` or `"` around it). A closing quote is never followed by an opening one,
 * so the runtime's `""` rule never applies. A line break cannot be passed on a command line at all: CR
 * and LF are left out (the view warns). Delayed expansion (`!name!`) is off at cmd's prompt by default.
 */

/** Backslashes doubled when a quote follows them (the runtime would otherwise read them as escapes). */
const closeQuoted = (segment: string) => `"${segment.replace(/\\+$/, (run) => run + run)}"`;

export function cmdArg(text: string): string {
  const pieces: string[] = [];
  let segment = '';
  for (const ch of text.replace(/[\r\n]/g, '')) {
    if (ch !== '"' && ch !== '%') {
      segment += ch;
      continue;
    }
    if (segment !== '') pieces.push(closeQuoted(segment));
    segment = '';
    pieces.push(ch === '"' ? '\\^"' : '^%');
  }
  if (segment !== '' || pieces.length === 0) pieces.push(closeQuoted(segment));
  return pieces.join('');
}

/** A word left bare when it is plain (`PUT`), an argument otherwise. */
export const cmdWord = (text: string) => (/^[A-Za-z0-9_.\-]+$/.test(text) ? text : cmdArg(text));

export const helpers = { cmdArg, cmdWord };
