import { UsageError } from '../errors.js';
import { describeAllowed, optionFields, optionsJsonSchema, type JsonSchema } from './options.js';
import { findTarget, targetIds } from './registry.js';

/** Options of one client (`{ timeout: 10 }`), as its `options` schema in `src/targets/<language>/<client>/` describes them. */
export type ClientOptions = Readonly<Record<string, unknown>>;

/**
 * A client's options with its defaults filled in; an unknown name or a bad value is a usage error
 * naming the client, the option and what it accepts.
 */
export function resolveClientOptions(targetId: string, given: ClientOptions = {}): object {
  const target = findTarget(targetId);
  if (target === undefined) throw new UsageError(`unknown target "${targetId}"; known targets: ${targetIds.join(', ')}`);
  const fields = optionFields(target.options);
  const known = Object.keys(fields);
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(fields, name)) {
      throw new UsageError(`${target.info.id} has no option "${name}"; ${known.length === 0 ? 'it has no options' : `its options: ${known.join(', ')}`}`);
    }
  }
  if (target.options === undefined) return {};
  for (const [name, value] of Object.entries(given)) {
    if (!fields[name]!.safeParse(value).success) throw new UsageError(`${target.info.id} option ${name}: ${describeValue(value)} is not allowed; expected ${allowedValues(target.info.id, name)}`);
  }
  // Once per client and run (render() keeps the result per options object): zod's compiled fast path would cost more to build than it saves.
  return target.options.parse(given, { jitless: true }) as object;
}

/** What an option accepts, from its JSON Schema (computed once per client). */
const jsonSchemas = new Map<string, JsonSchema>();
function allowedValues(targetId: string, name: string): string {
  let schema = jsonSchemas.get(targetId);
  if (schema === undefined) {
    schema = optionsJsonSchema(findTarget(targetId)!.options);
    jsonSchemas.set(targetId, schema);
  }
  return describeAllowed(schema.properties?.[name] ?? {});
}

function describeValue(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}
