/**
 * A reader of Windows command lines as `cmd.exe` and then the C runtime of the program read them, after
 * Microsoft's documentation ("Parsing C command-line arguments"; cmd's `^` escape, `%name%` expansion,
 * `"` toggling quoting) and the batch-parser analysis on SS64/Stack Overflow ("How does the Windows
 * Command Interpreter parse scripts?", phases 1 and 2 at the prompt). Test code: it checks the cmd
 * profile of the curl target, which cannot run here.
 */

/**
 * Phase 1 at the prompt: `%name%` is replaced when `name` is set; an unset name is left as it is. To
 * prove that no expansion can happen, `isSet` may answer yes for every name a user could set.
 */
export function expandPercents(line: string, isSet: (name: string) => boolean): { line: string; expanded: string[] } {
  const expanded: string[] = [];
  let out = '';
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    const end = ch === '%' ? line.indexOf('%', i + 1) : -1;
    if (end > i + 1 && isSet(line.slice(i + 1, end))) {
      expanded.push(line.slice(i + 1, end));
      out += `<${line.slice(i + 1, end)}>`;
      i = end + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return { line: out, expanded };
}

/**
 * Phase 2: `^` escapes the next character outside double quotes (`^` + line break continues the line,
 * the next character escaped); `"` toggles quoting unless escaped; `& | < > ( )` unescaped outside
 * quotes are command syntax, reported. Returns the command line the program gets (carets removed).
 */
export function cmdPhase2(line: string): { commandLine: string; syntax: string[] } {
  const syntax: string[] = [];
  let out = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (!quoted && ch === '^') {
      let next = line[i + 1];
      if (next === '\r' && line[i + 2] === '\n') i++;
      if (line[i + 1] === '\n') {
        i++;
        next = line[i + 1];
      }
      if (next !== undefined) out += next;
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && '&|<>()'.includes(ch)) syntax.push(ch);
    else if (ch === '\n') syntax.push('line break');
    out += ch;
  }
  return { commandLine: out, syntax };
}

/** The C runtime's argv from a command line (the program name parsed by the same rules here). */
export function crtArgv(commandLine: string): string[] {
  const args: string[] = [];
  let i = 0;
  const n = commandLine.length;
  while (i < n) {
    while (i < n && (commandLine[i] === ' ' || commandLine[i] === '\t')) i++;
    if (i >= n) break;
    let arg = '';
    let quoted = false;
    while (i < n && (quoted || (commandLine[i] !== ' ' && commandLine[i] !== '\t'))) {
      const ch = commandLine[i]!;
      if (ch === '\\') {
        let run = 0;
        while (commandLine[i] === '\\') {
          run++;
          i++;
        }
        if (commandLine[i] === '"') {
          arg += '\\'.repeat(Math.floor(run / 2));
          if (run % 2 === 1) {
            arg += '"';
            i++;
          }
        } else arg += '\\'.repeat(run);
        continue;
      }
      if (ch === '"') {
        if (quoted && commandLine[i + 1] === '"') {
          arg += '"';
          i += 2;
          continue;
        }
        quoted = !quoted;
        i++;
        continue;
      }
      arg += ch;
      i++;
    }
    args.push(arg);
  }
  return args;
}

/** Any name a user could set with `set name=value`: no quote, caret, percent or white space in it. */
export const anySettableName = (name: string) => name !== '' && !/["^%\s=]/.test(name);

/** A pasted cmd command line read all the way: argv, and what went wrong (an expansion, command syntax). */
export function readCmdLine(text: string): { argv: string[]; problems: string[] } {
  const { line, expanded } = expandPercents(text, anySettableName);
  const { commandLine, syntax } = cmdPhase2(line);
  return { argv: crtArgv(commandLine), problems: [...expanded.map((name) => `%${name}% expanded`), ...syntax.map((s) => `${s} is cmd syntax`)] };
}
