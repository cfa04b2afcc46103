import Handlebars from 'handlebars';
import { compileParsed, type CompiledTemplate, type Reindent } from './templates.js';

/**
 * Handlebars' parser, kept apart from the compiler so that the bundled CLI, whose templates are parsed
 * at build time, never loads Handlebars.
 */
export const parseTemplate = (source: string): hbs.AST.Program => Handlebars.parse(source);

/** Compiles template text; `file` names it in errors (see compileParsed for `reindent`). */
export function compileSource(file: string, source: string, reindent?: Reindent): CompiledTemplate {
  return compileParsed(file, parseTemplate(source), reindent);
}
