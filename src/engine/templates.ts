import { escapers } from './escapers.js';
import { RequestText } from './request-text.js';

type Helper = (value: unknown) => string;

/** Escapers take RequestText from the view model or a string literal written in the template. */
function asHelper(escape: (text: string) => string): Helper {
  return (value) => {
    if (value instanceof RequestText) return escape(value.text);
    if (typeof value === 'string') return escape(value);
    throw new Error(`escaper helper called with ${value === undefined ? 'a missing value' : typeof value}`);
  };
}

/** Every helper a template may call; the test comparing with Handlebars' own runtime uses them too. */
export const helpers: Readonly<Record<string, Helper>> = {
  ...Object.fromEntries(Object.entries(escapers).map(([name, escape]) => [name, asHelper(escape)])),
  /** The raw HTTP target prints the bytes themselves: there is no literal to escape into. */
  wire: asHelper((text) => text),
};

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
 * Compiles a template, as Handlebars parsed it, once into plain functions (string concatenation, direct
 * helper calls): the Handlebars runtime re-wraps every helper on each call, which cost more than the
 * snippet itself. Whitespace control and standalone lines are Handlebars' own (its parser did them), and
 * the guarantees hold: a field missing from the view throws (strict), no HTML escaping (noEscape), only
 * our helpers (knownHelpersOnly), and request data printed without a helper throws (RequestText). Only
 * the subset our templates use compiles; anything else throws here. `file` names the template in errors.
 *
 * With `reindent`, the leading white space of every line the template text starts is rewritten from
 * one indent unit to the other at compile time; what helpers print (request data, multi-line literals, bodies) is never touched. `reindent` also gives the
 * unit `{{#nest condition}}` indents by: when the condition holds, every line inside that starts with
 * template text gets one more level (a complete program wrapping a fragment's statements in `main`);
 * a line that starts with a helper's output is left as it is.
 */
export function compileParsed(file: string, program: hbs.AST.Program, reindent?: Reindent): CompiledTemplate {
  const render = new Compiler(file, new Map(), reindent).program(program, true);
  return (view) => render({ context: view, data: undefined, parent: undefined });
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

/** Where a render is: the context (`this`), the innermost `#each` item's data, the enclosing context. */
interface Frame {
  context: unknown;
  data: { index: number; first: boolean; last: boolean } | undefined;
  parent: Frame | undefined;
}
type Render = (frame: Frame) => string;
type Evaluate = (frame: Frame) => unknown;

const DATA_NAMES = new Set(['index', 'first', 'last']);

class Compiler {
  constructor(
    private readonly file: string,
    /** The template's `{{#*inline}}` partials by name. */
    private readonly partials: Map<string, Render>,
    private readonly reindent: Reindent | undefined,
  ) {}

  /** Levels `{{#nest}}` adds to the template text being compiled. */
  private nesting = 0;

  program(program: hbs.AST.Program, topLevel = false): Render {
    const parts: Render[] = [];
    program.body.forEach((statement, index) => {
      if (statement.type === 'DecoratorBlock' && topLevel) this.inlinePartial(statement as hbs.AST.DecoratorBlock);
      else parts.push(this.statement(statement, program.body[index + 1]));
    });
    if (parts.length === 1) return parts[0]!;
    return (frame) => {
      let out = '';
      for (const part of parts) out += part(frame);
      return out;
    };
  }

  private statement(node: hbs.AST.Statement, next: hbs.AST.Statement | undefined): Render {
    switch (node.type) {
      case 'ContentStatement': {
        const text = this.contentText(node as hbs.AST.ContentStatement, next?.type === 'MustacheStatement');
        return () => text;
      }
      case 'CommentStatement':
        return () => '';
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

  private mustache(node: hbs.AST.MustacheStatement): Render {
    if (node.hash !== undefined) throw this.unsupported(node, 'hash arguments');
    if (node.params.length === 0) {
      const path = node.path as hbs.AST.PathExpression;
      if (path.original in helpers) throw this.unsupported(node, `helper ${path.original} without an argument`);
      const value = this.value(path);
      // As Handlebars appends it: nothing for null/undefined, else string conversion (RequestText throws).
      return (frame) => {
        const v = value(frame);
        return v == null ? '' : '' + (v as string);
      };
    }
    const name = this.pathName(node);
    const helper = helpers[name];
    if (helper === undefined) throw this.unsupported(node, `helper ${name}`);
    if (node.params.length !== 1) throw this.unsupported(node, `${name} with ${node.params.length} arguments`);
    const argument = this.value(node.params[0]!);
    return (frame) => helper(argument(frame));
  }

  private block(node: hbs.AST.BlockStatement): Render {
    const name = this.pathName(node);
    if (node.params.length !== 1 || node.hash !== undefined || (node.program.blockParams?.length ?? 0) > 0) throw this.unsupported(node, `{{#${name}}} form`);
    const condition = this.value(node.params[0]!);
    const fn = this.program(node.program);
    const inverse = node.inverse === undefined ? () => '' : this.program(node.inverse);
    switch (name) {
      case 'if':
        return (frame) => (isTruthy(condition(frame)) ? fn(frame) : inverse(frame));
      case 'unless':
        return (frame) => (isTruthy(condition(frame)) ? inverse(frame) : fn(frame));
      case 'nest': {
        if (node.inverse !== undefined) throw this.unsupported(node, '{{else}} in {{#nest}}');
        if (this.reindent === undefined) {
          // Compiled without the target's indent unit (a test of the template alone): only the plain form can print.
          return (frame) => {
            if (isTruthy(condition(frame))) throw this.error(node, "{{#nest}} needs the template's indent unit (the target's indent option)");
            return fn(frame);
          };
        }
        this.nesting++;
        const nested = this.program(node.program);
        this.nesting--;
        return (frame) => (isTruthy(condition(frame)) ? nested(frame) : fn(frame));
      }
      case 'each':
        return (frame) => {
          const list = condition(frame);
          if (list == null || list === false) return inverse(frame);
          if (!Array.isArray(list)) throw this.error(node, `{{#each}} over ${typeof list}: only arrays are supported`);
          if (list.length === 0) return inverse(frame);
          let out = '';
          for (let index = 0; index < list.length; index++) {
            out += fn({ context: list[index], data: { index, first: index === 0, last: index === list.length - 1 }, parent: frame });
          }
          return out;
        };
      default:
        throw this.unsupported(node, `block helper ${name}`);
    }
  }

  /** `{{#*inline "name"}}`: a partial for the rest of the template. */
  private inlinePartial(node: hbs.AST.DecoratorBlock): void {
    const [nameNode] = node.params;
    if (this.pathName(node) !== 'inline' || node.params.length !== 1 || nameNode?.type !== 'StringLiteral' || node.hash !== undefined) throw this.unsupported(node, 'decorator');
    this.partials.set((nameNode as hbs.AST.StringLiteral).value, this.program(node.program));
  }

  /** `{{> name key="literal"}}`: the partial renders the current context with the hash fields added, as Handlebars does. */
  private partial(node: hbs.AST.PartialStatement): Render {
    if (node.name.type !== 'PathExpression' || node.params.length > 0) throw this.unsupported(node, 'partial form');
    const name = (node.name as hbs.AST.PathExpression).original;
    const hash: [string, string][] = (node.hash?.pairs ?? []).map((pair) => {
      if (pair.value.type !== 'StringLiteral') throw this.unsupported(node, 'partial argument other than a string literal');
      return [pair.key, this.indentArgument((pair.value as hbs.AST.StringLiteral).value)];
    });
    const fields = Object.fromEntries(hash);
    return (frame) => {
      const partial = this.partials.get(name);
      if (partial === undefined) throw this.error(node, `the partial ${name} is not defined`);
      const context = hash.length === 0 ? frame.context : { ...(frame.context as object), ...fields };
      return partial({ context, data: frame.data, parent: frame });
    };
  }

  /** A partial argument of spaces and tabs is indentation the template passes on: re-indented like template text. */
  private indentArgument(text: string): string {
    const reindent = this.reindent;
    if (reindent === undefined || !/^[ \t]+$/.test(text)) return text;
    return (reindent.to === 'tab' ? '\t' : ' '.repeat(reindent.to)).repeat(this.nesting) + reindentWhiteSpace(text, reindent);
  }

  /** A value: a string literal, `this`, `@data`, or a path looked up strictly (own fields only). */
  private value(node: hbs.AST.Expression): Evaluate {
    if (node.type === 'StringLiteral') {
      const text = (node as hbs.AST.StringLiteral).value;
      return () => text;
    }
    if (node.type !== 'PathExpression') throw this.unsupported(node, node.type);
    const path = node as hbs.AST.PathExpression;
    if (path.data) {
      const [name] = path.parts;
      if (path.parts.length !== 1 || name === undefined || !DATA_NAMES.has(name)) throw this.unsupported(node, `@${path.parts.join('.')}`);
      const key = name as 'index' | 'first' | 'last';
      return (frame) => frame.data?.[key];
    }
    const parts = path.parts;
    const depth = path.depth;
    return (frame) => {
      let scope: Frame | undefined = frame;
      for (let up = 0; up < depth; up++) scope = scope?.parent;
      if (scope === undefined) throw this.error(node, `${path.original} goes above the top of the view`);
      let value = scope.context;
      for (const part of parts) {
        if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) {
          throw this.error(node, `"${part}" is not defined on the view (${path.original})`);
        }
        value = (value as Record<string, unknown>)[part];
      }
      return value;
    };
  }

  private pathName(node: hbs.AST.Node & { path: hbs.AST.PathExpression | hbs.AST.Expression }): string {
    const path = node.path as hbs.AST.PathExpression;
    if (path.type !== 'PathExpression' || path.data || path.depth > 0 || path.parts.length !== 1) throw this.unsupported(node, 'helper name');
    return path.original;
  }

  private error(node: hbs.AST.Node, message: string): Error {
    return new Error(`${this.file}:${node.loc.start.line}:${node.loc.start.column + 1}: ${message}`);
  }

  private unsupported(node: hbs.AST.Node, what: string): Error {
    return this.error(node, `unsupported in our template compiler: ${what}`);
  }
}

/** Handlebars' `#if`: false for falsy values and empty arrays. */
const isTruthy = (value: unknown) => Boolean(value) && !(Array.isArray(value) && value.length === 0);
