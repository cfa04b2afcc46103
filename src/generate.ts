import { InputError, UsageError, formatZodError } from './errors.js';
import { substitute } from './model/placeholders.js';
import { prepare, type PreparedRequest } from './model/prepare.js';
import { RequestSchema, type RequestInput, type RequestModel } from './model/schema.js';
import { findTarget, targetIds, templateOf } from './targets/registry.js';

export interface GenerateOptions {
  /** Values for `{{placeholders}}`; the ones not given stay as readable placeholders. */
  vars?: Readonly<Record<string, string>>;
}

/** Options of one client (`{ timeout: 10 }`), as its `options` schema in `src/targets/<id>/` describes them. */
export type ClientOptions = Readonly<Record<string, unknown>>;

export interface Snippet {
  code: string;
  /** What the target's client could not express exactly. */
  warnings: string[];
}

/**
 * Validates a request model (after substituting `vars`), naming the field and what was expected on
 * failure. The input is not mutated.
 */
export function parseRequest(input: unknown, options: GenerateOptions = {}, where = ''): RequestModel {
  const substituted = options.vars !== undefined ? substituteDeep(input, options.vars) : input;
  // reportInput: the message for an unknown auth type or body mode shows the value given.
  const result = RequestSchema.safeParse(substituted, { reportInput: true });
  if (!result.success) throw new InputError(formatZodError(result.error, where));
  return result.data;
}

export function prepareRequest(input: RequestInput | RequestModel, options: GenerateOptions = {}): PreparedRequest {
  return prepare(parseRequest(input, options));
}

/**
 * A client's options with its defaults filled in; an unknown name or a bad value is a usage error
 * naming the client and what it accepts.
 */
export function resolveClientOptions(targetId: string, given: ClientOptions = {}): object {
  const target = findTarget(targetId);
  if (target === undefined) throw new UsageError(`unknown target "${targetId}"; known targets: ${targetIds.join(', ')}`);
  if (target.options === undefined) {
    const names = Object.keys(given);
    if (names.length > 0) throw new UsageError(`${target.info.id} has no options (given: ${names.join(', ')})`);
    return {};
  }
  const result = target.options.safeParse(given);
  if (!result.success) throw new UsageError(`${target.info.id} options: ${formatZodError(result.error, '')}`);
  return result.data as object;
}

/** Renders one target from a prepared request: the step to repeat per target, parsing done once. */
export function render(request: PreparedRequest, targetId: string, clientOptions: ClientOptions = {}): Snippet {
  const options = resolveClientOptions(targetId, clientOptions);
  const target = findTarget(targetId)!;
  const warnings = [...request.warnings];
  const code = templateOf(target.info.id)(target.view(request, warnings, options));
  return { code, warnings };
}

export function generateSnippet(input: RequestInput | RequestModel, targetId: string, options: GenerateOptions = {}, clientOptions: ClientOptions = {}): Snippet {
  return render(prepareRequest(input, options), targetId, clientOptions);
}

/** The snippet for one request and one target, e.g. `generate(model, 'python-requests')` or `generate(model, 'curl', {}, { silent: true })`. */
export function generate(input: RequestInput | RequestModel, targetId: string, options: GenerateOptions = {}, clientOptions: ClientOptions = {}): string {
  return generateSnippet(input, targetId, options, clientOptions).code;
}

function substituteDeep(value: unknown, vars: Readonly<Record<string, string>>): unknown {
  if (typeof value === 'string') return substitute(value, vars);
  if (Array.isArray(value)) return value.map((v) => substituteDeep(v, vars));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteDeep(v, vars)]));
  }
  return value;
}
