import { escapers } from './escapers.js';
import { RequestText } from './request-text.js';

type Helper = (value: unknown) => string;
type Escape = (text: string) => string;

/** What a template may escape: the literal escapers, and `wire` for the raw HTTP target, which prints the bytes themselves (there is no literal to escape into). */
const helperEscapes: Readonly<Record<string, Escape>> = { ...escapers, wire: (text) => text };

/** An escaper helper's argument: RequestText from the view model or a string literal written in the template. */
function helperText(value: unknown): string {
  if (value instanceof RequestText) return value.text;
  if (typeof value === 'string') return value;
  throw new Error(`escaper helper called with ${value === undefined ? 'a missing value' : typeof value}`);
}

/** Every helper a template may call; the test comparing with Handlebars' own runtime uses them too. */
export const helpers: Readonly<Record<string, Helper>> = Object.fromEntries(Object.entries(helperEscapes).map(([name, escape]) => [name, (value: unknown) => escape(helperText(value))]));

/** The options Handlebars would compile our templates with (the reference the compiled form matches). */
export const HANDLEBARS_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries([...Object.keys(helpers), 'nest'].map((h) => [h, true])),
  preventIndent: true,
} as const;

export type CompiledTemplate = (view: object) => string;

/** An indentation unit: a number of spaces, or one tab. */
export type IndentUnit = number | 'tab';

/** The indent unit the template text is written with, and the one the output should use. */
export interface Reindent {
  from: IndentUnit;
  to: IndentUnit;
}

/**
 * What compiled template code calls: a helper as its escaper applied to helperText of the argument (each call site
 * then calls one escaper, which the JIT can inline, where a shared wrapper's call would see them all), and the strict
 * lookup of a field the fast path did not find.
 */
export interface TemplateRuntime {
  escapes: Readonly<Record<string, Escape>>;
  /** The usual helper argument, unwrapped in the generated code: a large template's calls are often not inlined. */
  RequestText: typeof RequestText;
  text: (value: unknown) => string;
  field: (scope: unknown, key: string, where: string, path: string) => unknown;
}

/** The body of a function of `runtime` returning the render function (see compileToSource). */
export type TemplateFactory = (runtime: TemplateRuntime) => CompiledTemplate;

export const templateRuntime: TemplateRuntime = {
  escapes: helperEscapes,
  RequestText,
  text: helperText,
  field(scope, key, where, path) {
    if (typeof scope !== 'object' || scope === null || !Object.hasOwn(scope, key)) throw new Error(`${where}: "${key}" is not defined on the view (${path})`);
    return (scope as Record<string, unknown>)[key];
  },
};

/**
 * Compiles a template, as Handlebars parsed it, into JavaScript source: one function per template (and per
 * inline partial) of string concatenation and direct property reads. The Handlebars runtime re-wraps every
 * helper on each call, and a tree of closures walking frames cost several times the text it built.
 * Whitespace control and standalone lines are Handlebars' own (its parser did them), and the guarantees
 * hold: a field missing from the view throws naming file:line:col (strict), no HTML escaping (noEscape),
 * only our helpers (knownHelpersOnly), and request data printed without a helper throws (RequestText).
 * Only the subset our templates use compiles; anything else throws here. `file` names the template in errors.
 *
 * The source is the body of a function of a TemplateRuntime that returns the render function: `npm run build`
 * writes it into a module per client (scripts/bundle.mjs), compileParsed makes it a function at run time.
 *
 * With `reindent`, the leading white space of every line the template text starts is rewritten from
 * one indent unit to the other at compile time; what helpers print (request data, multi-line literals, bodies) is never touched. `reindent` also gives the
 * unit `{{#nest condition}}` indents by: when the condition holds, every line inside that starts with
 * template text gets one more level (a complete program wrapping a fragment's statements in `main`);
 * a line that starts with a helper's output is left as it is.
 */
export function compileToSource(file: string, program: hbs.AST.Program, reindent?: Reindent): string {
  return new Compiler(file, reindent).module(program);
}

/** The template as a CommonJS module exporting its TemplateFactory: what `npm run build` writes, loaded with require() on first use. */
export function templateModule(file: string, program: hbs.AST.Program, reindent?: Reindent): string {
  return `// Compiled from ${file} by npm run build.\nmodule.exports = function (runtime) {\n${compileToSource(file, program, reindent)}\n};\n`;
}

/** A template compiled at run time (tests, the library's sources); the bundle loads the same code precompiled. */
export function compileParsed(file: string, program: hbs.AST.Program, reindent?: Reindent): CompiledTemplate {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- our own generated code, from our own templates
  const factory = new Function('runtime', compileToSource(file, program, reindent)) as TemplateFactory;
  return factory(templateRuntime);
}

/**
 * Whether a ContentStatement's text starts a line of output: at the top of the template, or right after
 * a standalone tag (`{{#each}}` alone on its line), whose line break Handlebars moved out of this text.
 * A `~` strip takes every white space, so the text then starts with code and there is nothing to rewrite.
 */
function startsLine(node: hbs.AST.ContentStatement): boolean {
  if (node.loc.start.line === 1 && node.loc.start.column === 0) return true;
  // Handlebars' typings miss these fields: `original` is the text before stripping.
  const { rightStripped, original } = node as unknown as { rightStripped?: boolean; original: string };
  if (rightStripped !== true) return false;
  const leading = (text: string) => /^\s*/.exec(text)![0].length;
  return original.slice(0, leading(original) - leading(node.value)).includes('\n');
}

/** `white` (a line's leading spaces and tabs) in levels of `from`, written in `to`; spaces short of a level stay as they are. */
function reindentWhiteSpace(white: string, { from, to }: Reindent): string {
  let levels: number;
  let rest: string;
  if (from === 'tab') {
    levels = /^\t*/.exec(white)![0].length;
    rest = white.slice(levels);
  } else {
    const columns = [...white].reduce((sum, c) => sum + (c === '\t' ? from : 1), 0);
    levels = Math.floor(columns / from);
    rest = ' '.repeat(columns % from);
  }
  return (to === 'tab' ? '\t' : ' '.repeat(to)).repeat(levels) + rest;
}

/** A level of the render: `this`, and the innermost `#each` item's data, as JavaScript expressions of the generated code. */
interface Scope {
  context: string;
  /** `@index` and the list's length; undefined outside any `#each`, or the partial's parameters (undefined outside one at run time). */
  data: { index: string; length: string; maybeUndefined: boolean } | undefined;
}

/** A generated function being written: the main render or an inline partial. */
interface Fn {
  scopes: Scope[];
  /** In a partial, `up` holds the contexts of the frames that called it, nearest first (what `../` reaches past its own levels). */
  isPartial: boolean;
  usesUp: boolean;
}

/** An inline partial: its name in the generated code, and whether it reads `up`; `needsUp` is true while it compiles (a recursive call passes it). */
interface Partial {
  node: hbs.AST.DecoratorBlock;
  fn: string;
  code: string | undefined;
  needsUp: boolean;
}

const DATA_NAMES = new Set(['index', 'first', 'last']);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Field names a view's objects (plain objects, arrays, RequestText) can only have as own properties: for them the
 * generated code reads `scope.name` directly, and `in` (own, then) tells an undefined field from a missing one.
 * An array's `length` is read directly too; any other name is looked up strictly by `runtime.field`.
 */
const isOwnOnly = (key: string) => !(key in Object.prototype) && !(key in Array.prototype) && !(key in RequestText.prototype) && !/^\d/.test(key);

const literal = (text: string) => JSON.stringify(text);

class Compiler {
  constructor(
    private readonly file: string,
    private readonly reindent: Reindent | undefined,
  ) {}

  /** Levels `{{#nest}}` adds to the template text being compiled. */
  private nesting = 0;
  /** Numbers the generated variables, so nested loops never share one. */
  private counter = 0;
  private readonly helperNames = new Map<string, string>();
  private readonly partials = new Map<string, Partial>();
  private fn!: Fn;

  module(program: hbs.AST.Program): string {
    for (const statement of program.body) if (statement.type === 'DecoratorBlock') this.declarePartial(statement as hbs.AST.DecoratorBlock);
    this.fn = { scopes: [{ context: 'c0', data: undefined }], isPartial: false, usesUp: false };
    const main = this.program(program, true);
    for (const partial of this.partials.values()) this.compilePartial(partial);
    return [
      "'use strict';",
      'const field = runtime.field;',
      'const text = runtime.text;',
      'const RequestText = runtime.RequestText;',
      ...[...this.helperNames].map(([name, variable]) => `const ${variable} = runtime.escapes[${literal(name)}];`),
      'const truthy = (v) => Boolean(v) && !(Array.isArray(v) && v.length === 0);',
      ...[...this.partials.values()].map((partial) => partial.code!),
      `return function render(c0) {\nlet out = '', v, w;\n${main}\nreturn out;\n};`,
    ].join('\n');
  }

  /** Statements appending the program's output to `out`. */
  private program(program: hbs.AST.Program, topLevel = false): string {
    const parts: string[] = [];
    program.body.forEach((statement, index) => {
      if (statement.type === 'DecoratorBlock' && topLevel) return;
      parts.push(this.statement(statement, program.body[index + 1]));
    });
    return parts.join('\n');
  }

  private statement(node: hbs.AST.Statement, next: hbs.AST.Statement | undefined): string {
    switch (node.type) {
      case 'ContentStatement': {
        const text = this.contentText(node as hbs.AST.ContentStatement, next?.type === 'MustacheStatement');
        return text === '' ? '' : `out += ${literal(text)};`;
      }
      case 'CommentStatement':
        return '';
      case 'MustacheStatement':
        return this.mustache(node as hbs.AST.MustacheStatement);
      case 'BlockStatement':
        return this.block(node as hbs.AST.BlockStatement);
      case 'PartialStatement':
        return this.partial(node as hbs.AST.PartialStatement);
      default:
        throw this.unsupported(node, node.type);
    }
  }

  /**
   * Template text, its lines re-indented when asked. A line counts when the text has something on it,
   * or when it ends the text and a helper's output follows on the same line.
   */
  private contentText(node: hbs.AST.ContentStatement, helperFollows: boolean): string {
    const reindent = this.reindent;
    if (reindent === undefined || (reindent.from === reindent.to && this.nesting === 0)) return node.value;
    const nest = (reindent.to === 'tab' ? '\t' : ' '.repeat(reindent.to)).repeat(this.nesting);
    const lines = startsLine(node) ? /(^|\n)([ \t]*)(?=[^ \t\n]|$)/g : /(\n)([ \t]*)(?=[^ \t\n]|$)/g;
    return node.value.replace(lines, (match, lineBreak: string, white: string, offset: number) => {
      const endsText = offset + match.length === node.value.length;
      if (endsText && white === '' && !helperFollows) return match;
      return lineBreak + nest + reindentWhiteSpace(white, reindent);
    });
  }

  private mustache(node: hbs.AST.MustacheStatement): string {
    if (node.hash !== undefined) throw this.unsupported(node, 'hash arguments');
    if (node.params.length === 0) {
      const path = node.path as hbs.AST.PathExpression;
      if (path.original in helpers) throw this.unsupported(node, `helper ${path.original} without an argument`);
      // As Handlebars appends it: nothing for null/undefined, else string conversion (RequestText throws).
      return `${this.value(path)}\nif (v != null) out += '' + v;`;
    }
    const name = this.pathName(node);
    if (helpers[name] === undefined) throw this.unsupported(node, `helper ${name}`);
    if (node.params.length !== 1) throw this.unsupported(node, `${name} with ${node.params.length} arguments`);
    return `${this.value(node.params[0]!)}\nout += ${this.helper(name)}(v instanceof RequestText ? v.text : text(v));`;
  }

  private helper(name: string): string {
    let variable = this.helperNames.get(name);
    if (variable === undefined) {
      variable = `h${this.helperNames.size}`;
      this.helperNames.set(name, variable);
    }
    return variable;
  }

  private block(node: hbs.AST.BlockStatement): string {
    const name = this.pathName(node);
    if (node.params.length !== 1 || node.hash !== undefined || (node.program.blockParams?.length ?? 0) > 0) throw this.unsupported(node, `{{#${name}}} form`);
    const condition = this.value(node.params[0]!);
    if (name === 'each') return this.each(node, condition);
    const fn = this.program(node.program);
    const inverse = node.inverse === undefined ? '' : this.program(node.inverse);
    switch (name) {
      case 'if':
        return `${condition}\nif (truthy(v)) {\n${fn}\n} else {\n${inverse}\n}`;
      case 'unless':
        return `${condition}\nif (truthy(v)) {\n${inverse}\n} else {\n${fn}\n}`;
      case 'nest': {
        if (node.inverse !== undefined) throw this.unsupported(node, '{{else}} in {{#nest}}');
        if (this.reindent === undefined) {
          // Compiled without the target's indent unit (a test of the template alone): only the plain form can print.
          const message = this.message(node, "{{#nest}} needs the template's indent unit (the target's indent option)");
          return `${condition}\nif (truthy(v)) throw new Error(${literal(message)});\n${fn}`;
        }
        this.nesting++;
        const nested = this.program(node.program);
        this.nesting--;
        return `${condition}\nif (truthy(v)) {\n${nested}\n} else {\n${fn}\n}`;
      }
      default:
        throw this.unsupported(node, `block helper ${name}`);
    }
  }

  /** `{{#each list}}`: arrays only; `{{else}}` when the list is missing, false or empty. */
  private each(node: hbs.AST.BlockStatement, condition: string): string {
    const n = ++this.counter;
    const [list, index, item, empty] = [`l${n}`, `i${n}`, `c${n}`, `e${n}`];
    this.fn.scopes.push({ context: item, data: { index, length: `${list}.length`, maybeUndefined: false } });
    const fn = this.program(node.program);
    this.fn.scopes.pop();
    const inverse = node.inverse === undefined ? '' : this.program(node.inverse);
    const notArray = `${literal(this.message(node, '{{#each}} over '))} + typeof v + ': only arrays are supported'`;
    return [
      condition,
      `let ${empty} = v == null || v === false;`,
      `if (!${empty}) {`,
      `if (!Array.isArray(v)) throw new Error(${notArray});`,
      `if (v.length === 0) ${empty} = true;`,
      `else for (let ${list} = v, ${index} = 0; ${index} < ${list}.length; ${index}++) {\nconst ${item} = ${list}[${index}];\n${fn}\n}`,
      '}',
      ...(inverse === '' ? [] : [`if (${empty}) {\n${inverse}\n}`]),
    ].join('\n');
  }

  /** `{{#*inline "name"}}`: a partial for the whole template (compiled when first called, or at the end). */
  private declarePartial(node: hbs.AST.DecoratorBlock): void {
    const [nameNode] = node.params;
    if (this.pathName(node) !== 'inline' || node.params.length !== 1 || nameNode?.type !== 'StringLiteral' || node.hash !== undefined) throw this.unsupported(node, 'decorator');
    this.partials.set((nameNode as hbs.AST.StringLiteral).value, { node, fn: `p${this.partials.size}`, code: undefined, needsUp: false });
  }

  /** A partial's function `(context, index, length, up)`, written once; the function being written before is restored after. */
  private compilePartial(partial: Partial): void {
    if (partial.code !== undefined || partial.needsUp) return;
    partial.needsUp = true;
    const [outer, nesting] = [this.fn, this.nesting];
    this.fn = { scopes: [{ context: 'c0', data: { index: 'i0', length: 'n0', maybeUndefined: true } }], isPartial: true, usesUp: false };
    this.nesting = 0;
    const body = this.program(partial.node.program);
    partial.needsUp = this.fn.usesUp;
    partial.code = `function ${partial.fn}(c0, i0, n0, up) {\nlet out = '', v, w;\n${body}\nreturn out;\n}`;
    [this.fn, this.nesting] = [outer, nesting];
  }

  /** `{{> name key="literal"}}`: the partial renders the current context with the hash fields added, as Handlebars does. */
  private partial(node: hbs.AST.PartialStatement): string {
    if (node.name.type !== 'PathExpression' || node.params.length > 0) throw this.unsupported(node, 'partial form');
    const name = (node.name as hbs.AST.PathExpression).original;
    const hash = (node.hash?.pairs ?? []).map((pair) => {
      if (pair.value.type !== 'StringLiteral') throw this.unsupported(node, 'partial argument other than a string literal');
      return `${literal(pair.key)}: ${literal(this.indentArgument((pair.value as hbs.AST.StringLiteral).value))}`;
    });
    const partial = this.partials.get(name);
    if (partial === undefined) return `throw new Error(${literal(this.message(node, `the partial ${name} is not defined`))});`;
    this.compilePartial(partial);
    const scopes = this.fn.scopes;
    const here = scopes[scopes.length - 1]!;
    const context = hash.length === 0 ? here.context : `{ ...${here.context}, ${hash.join(', ')} }`;
    const data = here.data === undefined ? 'undefined, undefined' : `${here.data.index}, ${here.data.length}`;
    let up = 'undefined';
    if (partial.needsUp) {
      // The frames the partial is called from, nearest first: its own `../`.
      const contexts = scopes.map((scope) => scope.context).reverse();
      if (this.fn.isPartial) this.fn.usesUp = true;
      up = `[${[...contexts, ...(this.fn.isPartial ? ['...up'] : [])].join(', ')}]`;
    }
    return `out += ${partial.fn}(${context}, ${data}, ${up});`;
  }

  /** A partial argument of spaces and tabs is indentation the template passes on: re-indented like template text. */
  private indentArgument(text: string): string {
    const reindent = this.reindent;
    if (reindent === undefined || !/^[ \t]+$/.test(text)) return text;
    return (reindent.to === 'tab' ? '\t' : ' '.repeat(reindent.to)).repeat(this.nesting) + reindentWhiteSpace(text, reindent);
  }

  /** Statements setting `v` to a value: a string literal, `this`, `@data`, or a path looked up strictly (own fields only). */
  private value(node: hbs.AST.Expression): string {
    if (node.type === 'StringLiteral') return `v = ${literal((node as hbs.AST.StringLiteral).value)};`;
    if (node.type !== 'PathExpression') throw this.unsupported(node, node.type);
    const path = node as hbs.AST.PathExpression;
    const scopes = this.fn.scopes;
    if (path.data) {
      const [name] = path.parts;
      if (path.parts.length !== 1 || name === undefined || !DATA_NAMES.has(name)) throw this.unsupported(node, `@${path.parts.join('.')}`);
      const data = scopes[scopes.length - 1]!.data;
      if (data === undefined) return 'v = undefined;';
      const read = name === 'index' ? data.index : name === 'first' ? `${data.index} === 0` : `${data.index} === ${data.length} - 1`;
      return data.maybeUndefined ? `v = ${data.index} === undefined ? undefined : ${read};` : `v = ${read};`;
    }
    const level = scopes.length - 1 - path.depth;
    const lines: string[] = [];
    if (level >= 0) lines.push(`v = ${scopes[level]!.context};`);
    else {
      const above = literal(this.message(node, `${path.original} goes above the top of the view`));
      if (!this.fn.isPartial) return `throw new Error(${above});`;
      this.fn.usesUp = true;
      lines.push(`if (up.length <= ${-level - 1}) throw new Error(${above});`, `v = up[${-level - 1}];`);
    }
    const where = literal(this.message(node, '').slice(0, -2));
    for (const part of path.parts) {
      const strict = `field(v, ${literal(part)}, ${where}, ${literal(path.original)})`;
      const read = IDENTIFIER.test(part) ? `v.${part}` : `v[${literal(part)}]`;
      if (isOwnOnly(part)) lines.push(`v = v !== null && typeof v === 'object' && ((w = ${read}) !== undefined || ${literal(part)} in v) ? w : ${strict};`);
      else if (part === 'length') lines.push(`v = Array.isArray(v) ? v.length : ${strict};`);
      else lines.push(`v = ${strict};`);
    }
    return lines.join('\n');
  }

  private pathName(node: hbs.AST.Node & { path: hbs.AST.PathExpression | hbs.AST.Expression }): string {
    const path = node.path as hbs.AST.PathExpression;
    if (path.type !== 'PathExpression' || path.data || path.depth > 0 || path.parts.length !== 1) throw this.unsupported(node, 'helper name');
    return path.original;
  }

  private message(node: hbs.AST.Node, message: string): string {
    return `${this.file}:${node.loc.start.line}:${node.loc.start.column + 1}: ${message}`;
  }

  private unsupported(node: hbs.AST.Node, what: string): Error {
    return new Error(this.message(node, `unsupported in our template compiler: ${what}`));
  }
}
