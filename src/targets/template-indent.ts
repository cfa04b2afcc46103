import type { IndentUnit, Reindent } from '../engine/templates.js';
import type { AnyTarget } from './types.js';

/** The default of a target's `indent` option: the unit its template is written with; undefined without the option. */
export function writtenIndent(target: AnyTarget): IndentUnit | undefined {
  // Read once per template compiled: zod's compiled fast path would not pay for itself.
  const defaults: unknown = target.options?.parse({}, { jitless: true });
  const indent = (defaults as { indent?: unknown } | undefined)?.indent;
  return typeof indent === 'number' || indent === 'tab' ? indent : undefined;
}

/**
 * How a target's template is compiled for an indent unit (undefined: the unit it is written with, the form
 * `npm run build` precompiles); undefined for a target without the `indent` option.
 */
export function templateReindent(target: AnyTarget, indent?: IndentUnit): Reindent | undefined {
  const written = writtenIndent(target);
  return written === undefined ? undefined : { from: written, to: indent ?? written };
}
