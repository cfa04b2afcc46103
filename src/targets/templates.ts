import { compileParsed, templateRuntime, type CompiledTemplate, type IndentUnit } from '../engine/templates.js';
import { parsedTemplate, precompiledTemplate } from './folders.js';
import { findTarget, targetFolder } from './registry.js';
import { templateReindent, writtenIndent } from './template-indent.js';

// A module apart from the registry, which every command loads: compiled templates need every language's escapers, which
// a command printing no snippet (an unchanged rebuild, --help) never loads.
const templates = new Map<string, CompiledTemplate>();

/**
 * The compiled template of a target for an indent unit, compiled on first use and kept for the life of
 * the process. The template text is written with the unit the target's `indent` option has by default:
 * in that unit the build's precompiled code is used when there is one (the bundled CLI), else the template
 * is compiled here.
 */
export function templateOf(id: string, indent?: IndentUnit): CompiledTemplate {
  const key = indent === undefined ? id : `${id} indent=${String(indent)}`;
  let template = templates.get(key);
  if (template === undefined) {
    const target = findTarget(id);
    const folder = targetFolder(id);
    if (target === undefined || folder === undefined) throw new Error(`no target has the id ${id}`);
    const precompiled = indent === undefined || indent === writtenIndent(target) ? precompiledTemplate(folder) : undefined;
    template = precompiled !== undefined ? precompiled(templateRuntime) : compileParsed(`src/targets/${folder}/template.hbs`, parsedTemplate(folder), templateReindent(target, indent));
    templates.set(key, template);
  }
  return template;
}
