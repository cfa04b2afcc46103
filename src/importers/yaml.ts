// js-yaml rather than `yaml`: several times faster on a large spec; its core schema keeps dates as strings.
import { CORE_SCHEMA, load, mergeTag, YAMLException } from 'js-yaml';

/** Text that is not YAML: why, and where (1-based) when the parser knows. */
export class YamlSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(reason);
  }
}

/**
 * YAML as JSON would read it: a key written twice keeps its last value, as JSON.parse does; aliases are capped
 * against an alias bomb; a leading byte-order mark is ignored.
 */
export function parseYaml(text: string): unknown {
  try {
    return load(text.startsWith('\uFEFF') ? text.slice(1) : text, { schema: CORE_SCHEMA.withTags(mergeTag), json: true, maxAliases: 10_000 });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    throw error.mark === undefined ? new YamlSyntaxError(error.reason) : new YamlSyntaxError(error.reason, error.mark.line + 1, error.mark.column + 1);
  }
}
