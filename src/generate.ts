import { InputError, formatZodError } from './errors.js';
import { substitute, variablesByName } from './model/placeholders.js';
import { prepare, type PreparedRequest } from './model/prepare.js';
import { SecretMasker, maskedMessage } from './model/secrets.js';
import { RequestSchema, type RequestInput, type RequestModel } from './model/schema.js';
import type { SourcePaths } from './importers/source-paths.js';
import type { CompiledTemplate, IndentUnit } from './engine/templates.js';
import { resolveClientOptions, type ClientOptions } from './targets/client-options.js';
import { findTarget, type AnyTarget } from './targets/registry.js';
import { templateOf } from './targets/templates.js';

export interface GenerateOptions {
  /** Values for `{{placeholders}}`; the ones not given stay as readable placeholders. */
  vars?: Readonly<Record<string, string>>;
  /**
   * Replace credential values (auth, Authorization, Cookie, credential-named headers, query and form fields, token
   * formats) with `{{placeholders}}` before `vars` are filled in; the snippet's warnings say what was masked.
   * Default false: `generate()` renders the model it is given. `build()` masks by default (see its `keepSecrets`).
   */
  maskSecrets?: boolean;
}

/** How a run (a command, a build) treats credentials. */
export interface SecretOptions {
  /** Leave credentials in the snippets as they are (CLI `--keep-secrets`); default: masked. */
  keepSecrets?: boolean;
  /** Variables never filled in: their `{{NAME}}` stays in the snippets even when `vars` has a value (CLI `--mask NAME`). */
  mask?: readonly string[];
}

export type { ClientOptions } from './targets/client-options.js';

const NO_OPTIONS: ClientOptions = Object.freeze({});

export interface Snippet {
  code: string;
  /** What the target's client could not express exactly. */
  warnings: string[];
}

let requestsParsed = 0;

/**
 * Validates a request model (after substituting `vars`), naming the field and what was expected on
 * failure. The input is not mutated.
 */
export function parseRequest(input: unknown, options: GenerateOptions = {}, where = '', sources?: SourcePaths): RequestModel {
  // Most runs fill in nothing: the copy substituting makes would only cost time.
  const substituted = options.vars !== undefined && hasAnyKey(options.vars) ? substituteDeep(input, options.vars) : input;
  // The first parse of a process goes without zod's compiled fast path: a run of one request (the CLI's generate of a
  // request model) would spend more compiling it than it saves; the fast path is compiled on the second parse.
  const result = RequestSchema.safeParse(substituted, requestsParsed++ === 0 ? { jitless: true } : undefined);
  if (result.success) return result.data;
  // Parsed again for the message only: reportInput (an unknown auth type or body mode shows the value given) turns off
  // zod's compiled fast path, which halves the cost of a valid request's parse.
  const reported = RequestSchema.safeParse(substituted, { reportInput: true });
  throw new InputError(formatZodError(reported.error ?? result.error, where, sources && ((path) => sources.describe(path))));
}

/** `sources`: where an importer read each field, so an error names it as the input file has it. */
export function prepareRequest(input: RequestInput | RequestModel, options: GenerateOptions = {}, sources?: SourcePaths): PreparedRequest {
  if (options.maskSecrets !== true) return prepare(parseRequest(input, options, '', sources));
  const { request, masked } = new SecretMasker().mask(parseRequest(input, {}, '', sources));
  const prepared = prepare(parseRequest(request, options, '', sources));
  if (masked.length > 0) prepared.warnings.push(maskedMessage('the request', masked));
  return prepared;
}

/** A request of a run, prepared, with what masking replaced in it (names only). */
export interface RunRequest {
  prepared: PreparedRequest;
  masked: string[];
}

/**
 * Prepares the requests of one run. Credentials are masked after the collection's own variables are filled in
 * (they were exported with it) and before the user's `vars`, which are used as given: masking never sees them.
 * One masker for the run, so a value gets the same placeholder in every request.
 */
export function runPreparer(
  vars: Readonly<Record<string, string>>,
  options: SecretOptions = {},
): (input: RequestInput | RequestModel, collectionVars?: Readonly<Record<string, string>>, sources?: SourcePaths) => RunRequest {
  const masked = new Set(options.mask ?? []);
  const userVars = varsToFill(vars, options);
  const maskedValues = variablesByName();
  for (const name of masked) if (Object.hasOwn(vars, name)) maskedValues[name] = vars[name]!;
  const fromCollection = (collectionVars: Readonly<Record<string, string>>) => {
    const kept = variablesByName();
    for (const [name, value] of Object.entries(collectionVars)) if (!masked.has(name) && !Object.hasOwn(vars, name)) kept[name] = value;
    return kept;
  };
  if (options.keepSecrets === true) {
    return (input, collectionVars = {}, sources) => ({ prepared: prepareRequest(input, { vars: { ...fromCollection(collectionVars), ...userVars } }, sources), masked: [] });
  }
  // A --mask variable's value found as a credential reads {{NAME}} too.
  const masker = new SecretMasker(maskedValues);
  const fillsIn = Object.keys(userVars).length > 0;
  return (input, collectionVars = {}, sources) => {
    const { request, masked: where } = masker.mask(parseRequest(input, { vars: fromCollection(collectionVars) }, '', sources));
    // A placeholder keeps a valid model valid: only values the user fills in need validating again.
    return { prepared: fillsIn ? prepareRequest(request, { vars: userVars }, sources) : prepare(request), masked: where };
  };
}

/** The variables a run fills in: all but those `--mask` keeps as `{{NAME}}`. */
function varsToFill(vars: Readonly<Record<string, string>>, options: SecretOptions): Record<string, string> {
  const filled = variablesByName();
  for (const [name, value] of Object.entries(vars)) if (!(options.mask ?? []).includes(name)) filled[name] = value;
  return filled;
}

/** What rendering a client needs for one options object: the client, its options resolved, its compiled template. */
interface ResolvedClient {
  target: AnyTarget;
  options: object;
  template: CompiledTemplate;
}

/**
 * Resolved clients by the options object given and the target: a build or a CLI run passes the same (read-only)
 * object for every request, so options are validated and the template looked up once per run, not once per snippet.
 */
const resolvedByGiven = new WeakMap<ClientOptions, Map<string, ResolvedClient>>();
/** Those of calls without client options (most calls), found without the WeakMap lookup. */
const resolvedWithoutOptions = new Map<string, ResolvedClient>();
resolvedByGiven.set(NO_OPTIONS, resolvedWithoutOptions);
function resolvedClient(targetId: string, given: ClientOptions): ResolvedClient {
  let byTarget = given === NO_OPTIONS ? resolvedWithoutOptions : resolvedByGiven.get(given);
  if (byTarget === undefined) {
    byTarget = new Map();
    resolvedByGiven.set(given, byTarget);
  }
  let client = byTarget.get(targetId);
  if (client === undefined) {
    const options = resolveClientOptions(targetId, given);
    const target = findTarget(targetId)!;
    const { indent } = options as { indent?: IndentUnit };
    client = { target, options, template: templateOf(target.info.id, indent) };
    byTarget.set(targetId, client);
  }
  return client;
}

/** Renders one target from a prepared request: the step to repeat per target, parsing done once. */
export function render(request: PreparedRequest, targetId: string, clientOptions: ClientOptions = NO_OPTIONS): Snippet {
  const { target, options, template } = resolvedClient(targetId, clientOptions);
  const warnings = request.warnings.slice();
  const code = template(target.view(request, warnings, options));
  return { code, warnings };
}

export function generateSnippet(input: RequestInput | RequestModel, targetId: string, options: GenerateOptions = {}, clientOptions: ClientOptions = NO_OPTIONS): Snippet {
  return render(prepareRequest(input, options), targetId, clientOptions);
}

/** The snippet for one request and one target, e.g. `generate(model, 'python-requests')` or `generate(model, 'curl', {}, { silent: true })`. */
export function generate(input: RequestInput | RequestModel, targetId: string, options: GenerateOptions = {}, clientOptions: ClientOptions = NO_OPTIONS): string {
  return generateSnippet(input, targetId, options, clientOptions).code;
}

function hasAnyKey(record: Readonly<Record<string, string>>): boolean {
  for (const _ in record) return true;
  return false;
}

function substituteDeep(value: unknown, vars: Readonly<Record<string, string>>): unknown {
  if (typeof value === 'string') return substitute(value, vars);
  if (Array.isArray(value)) return value.map((v) => substituteDeep(v, vars));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteDeep(v, vars)]));
  }
  return value;
}
