/**
 * Example values for OpenAPI / JSON Schema schemas (Swagger 2.0, OpenAPI 3.0 and 3.1 flavours).
 *
 * A value is, in this order: the schema's `examples[0]` (3.1), `example`, `default`, `const`, `enum[0]`, else a sampled value
 * that validates against the schema. Sampling is deterministic (the same schema always gives the same value) and accepts the
 * dereferenced, possibly circular, object graphs a spec parser returns.
 *
 * Choices, for docs readers who like full examples: optional properties are included (except `readOnly` ones with
 * `omitReadOnly`, for requests, and `writeOnly` ones with `omitWriteOnly`, for responses; both are left out even when required,
 * as OpenAPI 3 says `required` then applies to the other direction only); arrays get one item (or `minItems`); a map
 * (`additionalProperties` only) gets one `additionalProp1` entry; numbers are 0 when allowed, else the smallest allowed value.
 * Recursion stops where the schema allows it: an optional property or an array whose schema is already being sampled further up
 * is left out or empty, and below a depth budget only required properties and `minItems` items are sampled.
 * A oneOf whose branches are open objects that all accept the first branch's sample gets, per other branch, one property
 * of that branch with a value of another type, since no tidier value validates; `default: null` on a type that refuses
 * null is passed over (specs write it to mean "no default").
 */

import { isObject, type JsonObject } from '../json.js';

export interface SampleOptions {
  /** Leave out `readOnly` properties (request bodies). */
  omitReadOnly?: boolean;
  /** Leave out `writeOnly` properties (responses). */
  omitWriteOnly?: boolean;
}

type Schema = JsonObject;

interface Context {
  options: SampleOptions;
  /** The schema objects being sampled, outermost first: a schema met again is a recursion. */
  stack: object[];
}

/** Below this nesting depth only what the schema requires is sampled, so a recursive schema ends. */
const FULL_EXAMPLE_DEPTH = 8;
/** A schema that requires itself without end (no finite value exists) is cut here. */
const MAX_DEPTH = 40;

/**
 * Samples made, by schema object and options: a spec's shared schemas (a $ref'd resource in every operation that sends
 * it) are sampled once. Sampling is deterministic, and a dereferenced spec is not changed after it is read; each
 * caller gets a copy of its own.
 */
const samples = new WeakMap<object, Map<string, unknown>>();

export function sampleSchema(schema: unknown, options: SampleOptions = {}): unknown {
  if (!isObject(schema)) return sampleValue(schema, { options, stack: [] });
  const key = `${options.omitReadOnly === true} ${options.omitWriteOnly === true}`;
  let made = samples.get(schema);
  if (made === undefined) samples.set(schema, (made = new Map()));
  if (!made.has(key)) made.set(key, sampleValue(schema, { options, stack: [] }));
  return structuredClone(made.get(key));
}

function sampleValue(schema: unknown, context: Context): unknown {
  if (schema === true || schema === undefined) return 'string';
  if (!isObject(schema)) return undefined;
  const given = givenValue(schema);
  if (given.found) return given.value;
  if (context.stack.length >= MAX_DEPTH) return minimalValue(schema);
  context.stack.push(schema);
  try {
    return sampleComposed(schema, context);
  } finally {
    context.stack.pop();
  }
}

/** The schema's own example, default, const or first enum value, used as-is even when it fails the schema. */
function givenValue(schema: Schema): { found: true; value: unknown } | { found: false } {
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return { found: true, value: schema.examples[0] };
  for (const key of ['example', 'default', 'const'] as const) {
    // A default is no example: specs write `default: null` for "no default" on types that refuse null.
    if (key === 'default' && schema.default === null && !matches(schema, null, {})) continue;
    if (schema[key] !== undefined) return { found: true, value: schema[key] };
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return { found: true, value: schema.enum[0] };
  return { found: false };
}

function sampleComposed(schema: Schema, context: Context): unknown {
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    const merged = mergeAllOf(schema);
    // The members' examples describe a member alone; the merged schema's own example (if any) is already taken.
    return sampleComposed(merged, context);
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches) && branches.length > 0) return sampleBranches(schema, keyword, branches, context);
  }
  const value = sampleByType(schema, context);
  if (isObject(schema.not) && matches(schema.not, value, context.options)) return sampleAvoiding(schema, value, context);
  return value;
}

/** oneOf/anyOf: the first branch whose sample validates against the whole schema (for oneOf: matches that branch only). */
function sampleBranches(schema: Schema, keyword: 'oneOf' | 'anyOf', branches: unknown[], context: Context): unknown {
  const { [keyword]: _, ...base } = schema;
  let first: unknown;
  for (const [index, branch] of branches.entries()) {
    const candidate = isObject(branch) ? withDiscriminator(schema, index, branch, sampleValue(mergeSchemas(base, branch), context)) : sampleValue(branch, context);
    if (index === 0) first = candidate;
    if (matches(schema, candidate, context.options)) return candidate;
  }
  // 0 is both an integer and a number, so oneOf [integer, number] accepts neither sample: a fraction tells the number apart.
  for (const branch of branches) {
    const merged = isObject(branch) ? mergeSchemas(base, branch) : {};
    const fraction = chooseType(merged) === 'number' ? sampleNumber(merged, false) + 0.5 : undefined;
    if (fraction !== undefined && matches(schema, fraction, context.options)) return fraction;
  }
  if (keyword === 'oneOf' && isObject(first) && isObject(branches[0])) {
    const told = toldApart(first, flattened(mergeSchemas(base, branches[0])), branches.slice(1), context.options);
    if (matches(schema, told, context.options)) return told;
  }
  return first;
}

/**
 * oneOf over open objects (no `required` or `additionalProperties: false` to tell them apart) accepts no object the first
 * branch describes, as every other branch accepts it too. The first branch allows extra properties, so the value gets,
 * for each other branch, one property that branch declares with a value of another type: only the first branch accepts it.
 */
function toldApart(value: JsonObject, chosen: Schema, others: unknown[], options: SampleOptions): JsonObject {
  if (chosen.additionalProperties === false) return value;
  const own = isObject(chosen.properties) ? chosen.properties : {};
  const result = { ...value };
  for (const other of others) {
    if (!isObject(other) || !matches(other, result, options)) continue;
    const merged = flattened(other);
    const declared = isObject(merged.properties) ? Object.entries(merged.properties) : [];
    const distinct = declared.find(([name, property]) => !(name in own) && isObject(property) && typeList(property).length > 0 && !typeList(property).includes('null'));
    if (distinct === undefined) continue;
    const [name, property] = distinct;
    result[name] = typeList(property as Schema).includes('string') ? 0 : 'string';
  }
  return result;
}

/** Sets the discriminator property to the mapping value that names the branch (by its title, else by position). */
function withDiscriminator(schema: Schema, index: number, branch: Schema, value: unknown): unknown {
  const discriminator = schema.discriminator;
  if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string' || !isObject(value)) return value;
  const property = discriminator.propertyName;
  const branchProperty = isObject(branch.properties) ? branch.properties[property] : undefined;
  // A branch that pins the property itself (enum/const) already has the right value.
  if (isObject(branchProperty) && (branchProperty.const !== undefined || Array.isArray(branchProperty.enum))) return value;
  const mapping = isObject(discriminator.mapping) ? Object.keys(discriminator.mapping) : [];
  const title = typeof branch.title === 'string' ? branch.title : undefined;
  const byTitle = title === undefined ? undefined : mapping.find((key) => String((discriminator.mapping as Schema)[key]).split('/').pop() === title);
  const name = byTitle ?? mapping[index] ?? title;
  return name === undefined ? value : { ...value, [property]: name };
}

/** A value for a schema with `not` whose first sample the `not` schema accepts: the other types' samples, in a fixed order. */
function sampleAvoiding(schema: Schema, rejected: unknown, context: Context): unknown {
  const { not: _, type: __, ...rest } = schema;
  const allowed = typeList(schema);
  for (const type of ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null']) {
    if (allowed.length > 0 && !allowed.some((declared) => declared === type || (declared === 'number' && type === 'integer'))) continue;
    const candidate = sampleByType({ ...rest, type }, context);
    if (matches(schema, candidate, context.options)) return candidate;
  }
  return rejected;
}

function sampleByType(schema: Schema, context: Context): unknown {
  switch (chooseType(schema)) {
    case 'null':
      return null;
    case 'boolean':
      return true;
    case 'integer':
      return sampleNumber(schema, true);
    case 'number':
      return sampleNumber(schema, false);
    case 'array':
      return sampleArray(schema, context);
    case 'object':
      return sampleObject(schema, context);
    default:
      return sampleString(schema);
  }
}

function typeList(schema: Schema): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.filter((type): type is string => typeof type === 'string');
  return [];
}

/** The declared type (the first non-null one of a 3.1 type array), else the one the keywords imply; a schema without any is a string. */
function chooseType(schema: Schema): string {
  const types = typeList(schema);
  const nonNull = types.find((type) => type !== 'null');
  if (nonNull !== undefined) return nonNull;
  if (types.length > 0) return 'null';
  if (['properties', 'additionalProperties', 'patternProperties', 'required', 'minProperties', 'maxProperties'].some((key) => key in schema)) return 'object';
  if (['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'].some((key) => key in schema)) return 'array';
  if (['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'].some((key) => key in schema)) {
    return schema.format === 'int32' || schema.format === 'int64' ? 'integer' : 'number';
  }
  return 'string';
}

// ---- numbers ----

function sampleNumber(schema: Schema, integer: boolean, variant = 0): number {
  const { lower, lowerExclusive, upper, upperExclusive } = numericBounds(schema);
  const step = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : integer ? 1 : undefined;
  const aboveLower = (value: number) => lower === undefined || (lowerExclusive ? value > lower : value >= lower);
  const belowUpper = (value: number) => upper === undefined || (upperExclusive ? value < upper : value <= upper);
  // Validators test multipleOf as `value / step` being an integer in floating point (0.3 / 0.1 is not): only such values qualify.
  const valid = (value: number) => aboveLower(value) && belowUpper(value) && (step === undefined || Number.isInteger(value / step)) && (!integer || Number.isInteger(value));
  if (step !== undefined) {
    // The multiple of the step nearest to 0 inside the bounds (then further ones for distinct array items).
    const from = lower === undefined ? (upper === undefined || upper >= 0 ? 0 : Math.floor(upper / step)) : Math.ceil(lower / step);
    for (let k = from, found = 0; k < from + 1000; k++) {
      const value = roundToStep(k * step, step);
      if (!valid(value)) {
        if (!belowUpper(value)) break;
        continue;
      }
      if (found++ === variant) return value;
    }
    if (upper !== undefined) {
      for (let k = Math.floor(upper / step), found = 0; k > Math.floor(upper / step) - 1000; k--) {
        const value = roundToStep(k * step, step);
        if (valid(value) && found++ === variant) return value;
      }
    }
    return lower ?? upper ?? 0;
  }
  // No step: 0 when allowed, else the bound (moved inside when exclusive), then further values for distinct items.
  let value = valid(0) ? 0 : lower !== undefined ? (lowerExclusive ? inside(lower, upper, 1) : lower) : upperExclusive ? (upper as number) - 1 : (upper as number);
  for (let i = 0; i < variant; i++) {
    const next = upper === undefined || value + 1 < upper ? value + 1 : (value + upper) / 2;
    if (!valid(next)) break;
    value = next;
  }
  return value;
}

/** A value just above an exclusive lower bound: `lower + step`, or halfway to the upper bound when that is closer. */
function inside(lower: number, upper: number | undefined, step: number): number {
  if (upper === undefined || lower + step < upper) return lower + step;
  return (lower + upper) / 2;
}

/** k × step without binary noise (0.1 × 3 = 0.30000000000000004), keeping the step's decimals. */
function roundToStep(value: number, step: number): number {
  const decimals = (String(step).split('.')[1] ?? '').length;
  return Number(value.toFixed(Math.min(decimals, 20)));
}

/** Bounds in both flavours: 3.0's boolean `exclusiveMinimum` beside `minimum`, 3.1's numeric `exclusiveMinimum`. */
function numericBounds(schema: Schema): { lower?: number; lowerExclusive: boolean; upper?: number; upperExclusive: boolean } {
  let lower = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  let lowerExclusive = schema.exclusiveMinimum === true;
  if (typeof schema.exclusiveMinimum === 'number' && (lower === undefined || schema.exclusiveMinimum >= lower)) {
    lower = schema.exclusiveMinimum;
    lowerExclusive = true;
  }
  let upper = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  let upperExclusive = schema.exclusiveMaximum === true;
  if (typeof schema.exclusiveMaximum === 'number' && (upper === undefined || schema.exclusiveMaximum <= upper)) {
    upper = schema.exclusiveMaximum;
    upperExclusive = true;
  }
  return { lower, lowerExclusive, upper, upperExclusive };
}

// ---- strings ----

/** Values for the formats of OpenAPI and JSON Schema; each is valid for ajv-formats' full mode. */
const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-15T09:30:00Z',
  date: '2024-01-15',
  time: '09:30:00Z',
  duration: 'P1D',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  uri: 'https://example.com/',
  iri: 'https://example.com/',
  'uri-reference': 'https://example.com/',
  'iri-reference': 'https://example.com/',
  'uri-template': 'https://example.com/{id}',
  url: 'https://example.com/',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  byte: 'c3RyaW5n',
  binary: 'binary',
  password: 'password',
  'json-pointer': '/path',
  'relative-json-pointer': '0/path',
  regex: '^.*$',
};

function sampleString(schema: Schema, variant = 0): string {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  const pattern = typeof schema.pattern === 'string' ? compilePattern(schema.pattern) : undefined;
  const formatted = typeof schema.format === 'string' ? FORMAT_SAMPLES[schema.format] : undefined;
  const fits = (value: string) => lengthOf(value) >= minLength && lengthOf(value) <= maxLength && (pattern === undefined || pattern.test(value));
  if (formatted !== undefined && variant === 0 && fits(formatted)) return formatted;
  if (typeof schema.pattern === 'string') {
    const generated = stringForPattern(schema.pattern, minLength, maxLength, variant);
    if (generated !== undefined) return generated;
  }
  // Formats with room for a distinct value or a longer one keep their shape; else a plain word cut or padded to the limits.
  const base = formatted !== undefined ? formatted : 'string';
  const withVariant = variant === 0 ? base : formatted === undefined ? `${base}${variant}` : variedFormat(schema.format as string, base, variant);
  return fitLength(withVariant, minLength, maxLength);
}

/** Distinct values of a format for unique array items. */
function variedFormat(format: string, value: string, variant: number): string {
  if (format === 'email' || format === 'idn-email') return `user${variant}@example.com`;
  if (format === 'uuid') return `${value.slice(0, -4)}${String(variant).padStart(4, '0')}`;
  if (format === 'ipv4') return `192.0.2.${1 + (variant % 254)}`;
  if (format === 'date') return `2024-01-${String(15 + (variant % 14)).padStart(2, '0')}`;
  if (format === 'date-time') return `2024-01-${String(15 + (variant % 14)).padStart(2, '0')}T09:30:00Z`;
  if (format.startsWith('uri') || format.startsWith('iri') || format === 'url') return `${value}${variant}`;
  if (format === 'hostname' || format === 'idn-hostname') return `example${variant}.com`;
  return `${value}${variant}`;
}

/** Length in code points, as JSON Schema counts it. */
function lengthOf(value: string): number {
  return [...value].length;
}

function fitLength(value: string, minLength: number, maxLength: number): string {
  let result = value;
  while (lengthOf(result) < minLength) result += value;
  const chars = [...result];
  const length = Math.min(chars.length, Math.max(minLength, Math.min(maxLength, chars.length)));
  return chars.slice(0, length).join('');
}

/** Compiled patterns, by their source (a RegExp without the g or y flag keeps no state between tests, so one serves all). */
const compiledPatterns = new Map<string, RegExp | undefined>();

function compilePattern(pattern: string): RegExp | undefined {
  if (!compiledPatterns.has(pattern)) compiledPatterns.set(pattern, compileOnce(pattern));
  return compiledPatterns.get(pattern);
}

/** JSON Schema patterns are ECMA-262 with Unicode semantics; some specs' patterns only compile without the `u` flag. */
function compileOnce(pattern: string): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(pattern, flags);
    } catch {
      // Try the next flags.
    }
  }
  return undefined;
}

// ---- a small pattern-to-string generator: the shortest string of the pattern, grown until it meets minLength ----

type PatternNode =
  | { kind: 'sequence'; items: PatternNode[] }
  | { kind: 'alternation'; options: PatternNode[] }
  | { kind: 'repeat'; node: PatternNode; min: number; max: number }
  | { kind: 'char'; choices: string[] }
  | { kind: 'empty' };

/** Characters tried, in order, for a class or a negated class: readable ones first. */
const CHARACTER_POOL = [...'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.~ +/:@!$&\'()*,;=%#?[]{}<>^|`"\\'];

/** Strings made for a pattern, by pattern and bounds: a spec repeats its patterns (an id format on every operation's parameter). */
const patternStrings = new Map<string, string | undefined>();

function stringForPattern(source: string, minLength: number, maxLength: number, variant: number): string | undefined {
  const key = `${minLength} ${maxLength} ${variant} ${source}`;
  if (!patternStrings.has(key)) patternStrings.set(key, makeStringForPattern(source, compilePattern(source), minLength, maxLength, variant));
  return patternStrings.get(key);
}

function makeStringForPattern(source: string, regex: RegExp | undefined, minLength: number, maxLength: number, variant: number): string | undefined {
  let tree: PatternNode;
  try {
    tree = new PatternParser(source).parse();
  } catch {
    return undefined;
  }
  let fallback: string | undefined;
  // Grow every repetition by `extra` (within its bounds) until the string is long enough and the pattern accepts it.
  for (let extra = 0; extra <= Math.max(minLength, 64); extra++) {
    const value = renderPattern(tree, extra, variant);
    fallback ??= value;
    const length = lengthOf(value);
    if (length > maxLength) break;
    if (length >= minLength && (regex === undefined || regex.test(value))) return value;
  }
  return fallback;
}

function renderPattern(node: PatternNode, extra: number, variant: number): string {
  switch (node.kind) {
    case 'sequence':
      return node.items.map((item) => renderPattern(item, extra, variant)).join('');
    case 'alternation':
      return renderPattern(node.options[0] as PatternNode, extra, variant);
    case 'repeat': {
      const count = Math.min(node.max, node.min + extra);
      return Array.from({ length: count }, () => renderPattern(node.node, extra, variant)).join('');
    }
    case 'char':
      return node.choices[variant % node.choices.length] as string;
    case 'empty':
      return '';
  }
}

/** Parses the common subset of ECMA-262 patterns; lookarounds, anchors and back-references produce nothing (the final test catches a miss). */
class PatternParser {
  private position = 0;
  constructor(private readonly source: string) {}

  parse(): PatternNode {
    const node = this.alternation();
    if (this.position < this.source.length) throw new Error(`unexpected ${this.source[this.position]}`);
    return node;
  }

  private alternation(): PatternNode {
    const options = [this.sequence()];
    while (this.source[this.position] === '|') {
      this.position++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as PatternNode) : { kind: 'alternation', options };
  }

  private sequence(): PatternNode {
    const items: PatternNode[] = [];
    while (this.position < this.source.length && this.source[this.position] !== '|' && this.source[this.position] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { kind: 'sequence', items };
  }

  private quantified(node: PatternNode): PatternNode {
    const char = this.source[this.position];
    let bounds: [number, number] | undefined;
    if (char === '*') bounds = [0, Infinity];
    else if (char === '+') bounds = [1, Infinity];
    else if (char === '?') bounds = [0, 1];
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.position));
      if (match) {
        const min = Number(match[1]);
        bounds = [min, match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3])];
        this.position += match[0].length - 1;
      }
    }
    if (bounds === undefined) return node;
    this.position++;
    if (this.source[this.position] === '?') this.position++; // lazy: same strings
    return this.quantified({ kind: 'repeat', node, min: bounds[0], max: bounds[1] });
  }

  private atom(): PatternNode {
    const char = this.source[this.position++] as string;
    if (char === '^' || char === '$') return { kind: 'empty' };
    if (char === '.') return { kind: 'char', choices: CHARACTER_POOL.slice(0, 62) };
    if (char === '[') return this.characterClass();
    if (char === '\\') return this.escape(false);
    if (char === '(') {
      let lookaround = false;
      if (this.source[this.position] === '?') {
        const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(this.source.slice(this.position));
        if (named) this.position += named[0].length;
        else if (this.source[this.position + 1] === ':') this.position += 2;
        else {
          // (?=…) (?!…) (?<=…) (?<!…): consume and produce nothing.
          lookaround = true;
          this.position += this.source[this.position + 1] === '<' ? 3 : 2;
        }
      }
      const inner = this.alternation();
      if (this.source[this.position++] !== ')') throw new Error('unclosed group');
      return lookaround ? { kind: 'empty' } : inner;
    }
    return { kind: 'char', choices: [char] };
  }

  /** An escape inside or outside a class: a set of choices, one literal, or nothing (anchors, back-references). */
  private escape(inClass: boolean): PatternNode {
    const char = this.source[this.position++];
    if (char === undefined) throw new Error('trailing backslash');
    const classes: Record<string, (candidate: string) => boolean> = {
      d: (candidate) => /\d/.test(candidate),
      D: (candidate) => !/\d/.test(candidate),
      w: (candidate) => /\w/.test(candidate),
      W: (candidate) => !/\w/.test(candidate),
      s: (candidate) => /\s/.test(candidate),
      S: (candidate) => !/\s/.test(candidate),
    };
    const predicate = classes[char];
    if (predicate) return { kind: 'char', choices: CHARACTER_POOL.filter(predicate) };
    if (!inClass && (char === 'b' || char === 'B' || /[1-9]/.test(char))) return { kind: 'empty' };
    if ((char === 'p' || char === 'P') && this.source[this.position] === '{') {
      const end = this.source.indexOf('}', this.position);
      const property = new RegExp(`\\${char}${this.source.slice(this.position, end + 1)}`, 'u');
      this.position = end + 1;
      return { kind: 'char', choices: CHARACTER_POOL.filter((candidate) => property.test(candidate)) };
    }
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (controls[char] !== undefined) return { kind: 'char', choices: [controls[char] as string] };
    const hex = char === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.source.slice(this.position)) : char === 'u' ? /^(\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/.exec(this.source.slice(this.position)) : null;
    if (hex) {
      this.position += hex[0].length;
      return { kind: 'char', choices: [String.fromCodePoint(parseInt(hex[0].replace(/[{}]/g, ''), 16))] };
    }
    return { kind: 'char', choices: [char] };
  }

  private characterClass(): PatternNode {
    const negated = this.source[this.position] === '^';
    if (negated) this.position++;
    const members: ((candidate: string) => boolean)[] = [];
    const literals: string[] = [];
    let first = true;
    while (this.position < this.source.length && (this.source[this.position] !== ']' || first)) {
      first = false;
      let low: string;
      if (this.source[this.position] === '\\') {
        this.position++;
        const escaped = this.escape(true);
        if (escaped.kind !== 'char') continue;
        if (escaped.choices.length > 1) {
          const set = new Set(escaped.choices);
          members.push((candidate) => set.has(candidate));
          continue;
        }
        low = escaped.choices[0] as string;
      } else {
        low = String.fromCodePoint(this.source.codePointAt(this.position) as number);
        this.position += low.length;
      }
      if (this.source[this.position] === '-' && this.source[this.position + 1] !== ']' && this.position + 1 < this.source.length) {
        this.position++;
        let high: string;
        if (this.source[this.position] === '\\') {
          this.position++;
          const escaped = this.escape(true);
          high = escaped.kind === 'char' ? (escaped.choices[0] as string) : low;
        } else {
          high = String.fromCodePoint(this.source.codePointAt(this.position) as number);
          this.position += high.length;
        }
        const from = low.codePointAt(0) as number;
        const to = high.codePointAt(0) as number;
        members.push((candidate) => (candidate.codePointAt(0) as number) >= from && (candidate.codePointAt(0) as number) <= to);
        literals.push(low);
      } else {
        literals.push(low);
        members.push((candidate) => candidate === low);
      }
    }
    if (this.source[this.position++] !== ']') throw new Error('unclosed class');
    const inClass = (candidate: string) => members.some((member) => member(candidate));
    if (negated) return { kind: 'char', choices: CHARACTER_POOL.filter((candidate) => !inClass(candidate)) };
    // Readable pool characters first, then the class's own literals (a class of only non-pool characters, e.g. [À-ÿ]).
    const choices = [...CHARACTER_POOL.filter(inClass), ...literals.filter((literal) => !CHARACTER_POOL.includes(literal))];
    return { kind: 'char', choices: choices.length > 0 ? choices : literals };
  }
}

// ---- arrays and objects ----

function sampleArray(schema: Schema, context: Context): unknown[] {
  const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const maxItems = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
  // 3.1 prefixItems, or a draft-4 tuple (items as an array), then the schema of the remaining items.
  const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : [];
  const rest = Array.isArray(schema.items) ? schema.additionalItems : schema.items;
  const recursive = isObject(rest) && reachesStack(rest, context);
  const deep = context.stack.length > FULL_EXAMPLE_DEPTH;
  const wanted = Math.min(maxItems, Math.max(minItems, prefix.length, recursive || deep || rest === false ? 0 : 1));
  const items: unknown[] = [];
  for (let index = 0; index < wanted; index++) {
    const itemSchema = index < prefix.length ? prefix[index] : rest;
    items.push(schema.uniqueItems === true && index > 0 ? distinctItem(itemSchema, items, index, context) : sampleValue(itemSchema ?? true, context));
  }
  if (isObject(schema.contains) && !items.some((item) => matches(schema.contains as Schema, item, context.options))) {
    const contained = sampleValue(schema.contains, context);
    if (items.length < maxItems) items.push(contained);
    else if (items.length > 0) items[items.length - 1] = contained;
  }
  return items;
}

/** An item for a `uniqueItems` array that differs from the ones before it: the next enum value, number or string variant. */
function distinctItem(itemSchema: unknown, before: unknown[], index: number, context: Context): unknown {
  const isNew = (candidate: unknown) => !before.some((item) => sameJson(item, candidate));
  const schema = isObject(itemSchema) ? (Array.isArray(itemSchema.allOf) ? mergeAllOf(itemSchema) : itemSchema) : {};
  const candidates: unknown[] = [];
  if (Array.isArray(schema.enum)) candidates.push(...schema.enum);
  if (Array.isArray(schema.examples)) candidates.push(...schema.examples);
  const type = chooseType(schema);
  for (let variant = index; variant < index + 50 && candidates.length < 60; variant++) {
    if (type === 'integer' || type === 'number') candidates.push(sampleNumber(schema, type === 'integer', variant));
    else if (type === 'string') candidates.push(sampleString(schema, variant));
    else if (type === 'boolean') candidates.push(variant % 2 === 1 ? false : true);
  }
  return candidates.find(isNew) ?? sampleValue(itemSchema ?? true, context);
}

function sampleObject(schema: Schema, context: Context): Record<string, unknown> {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === 'string') : []);
  const deep = context.stack.length > FULL_EXAMPLE_DEPTH;
  const result: Record<string, unknown> = {};
  for (const [name, propertySchema] of Object.entries(properties)) {
    if (isOmitted(propertySchema, context.options)) continue;
    if (!required.has(name) && (deep || (isObject(propertySchema) && reachesStack(propertySchema, context)))) continue;
    const value = sampleValue(propertySchema, context);
    if (value !== undefined) result[name] = value;
  }
  // Required names without a declared property schema: a value the additional/pattern properties accept.
  for (const name of required) {
    if (name in result || (name in properties && isOmitted(properties[name], context.options))) continue;
    result[name] = sampleValue(extraPropertySchema(schema, name), context);
  }
  const minProperties = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
  const isMap = Object.keys(properties).length === 0 && (isObject(schema.additionalProperties) || isObject(schema.patternProperties));
  const wanted = Math.max(minProperties, isMap && !deep ? 1 : 0);
  for (let index = 1; Object.keys(result).length < wanted && index < wanted + 100; index++) {
    const name = extraPropertyName(schema, index);
    if (name === undefined) break;
    if (!(name in result)) result[name] = sampleValue(extraPropertySchema(schema, name), context);
  }
  const maxProperties = typeof schema.maxProperties === 'number' ? schema.maxProperties : Infinity;
  for (const name of Object.keys(result)) {
    if (Object.keys(result).length <= maxProperties) break;
    if (!required.has(name)) delete result[name];
  }
  return result;
}

function isOmitted(propertySchema: unknown, options: SampleOptions): boolean {
  if (!isObject(propertySchema)) return false;
  return (options.omitReadOnly === true && propertySchema.readOnly === true) || (options.omitWriteOnly === true && propertySchema.writeOnly === true);
}

/** A name for an extra property: `additionalPropN`, or one made from the first pattern property's pattern. */
function extraPropertyName(schema: Schema, index: number): string | undefined {
  if (schema.additionalProperties !== false) return `additionalProp${index}`;
  const pattern = isObject(schema.patternProperties) ? Object.keys(schema.patternProperties)[0] : undefined;
  if (pattern === undefined) return undefined;
  return stringForPattern(pattern, 1, Infinity, index - 1);
}

function extraPropertySchema(schema: Schema, name: string): unknown {
  if (isObject(schema.patternProperties)) {
    for (const [pattern, propertySchema] of Object.entries(schema.patternProperties)) {
      if (compilePattern(pattern)?.test(name)) return propertySchema;
    }
  }
  return isObject(schema.additionalProperties) ? schema.additionalProperties : true;
}

/** Whether sampling this schema would enter one being sampled further up (directly, through its items or a composition). */
function reachesStack(schema: Schema, context: Context, depth = 0): boolean {
  if (context.stack.includes(schema)) return true;
  if (depth > 2) return false;
  const next = [schema.items, schema.additionalProperties, ...(['allOf', 'oneOf', 'anyOf'] as const).flatMap((key) => (Array.isArray(schema[key]) ? (schema[key] as unknown[]) : []))];
  return next.some((child) => isObject(child) && reachesStack(child, context, depth + 1));
}

/** A small value of the schema's type, for a schema that requires itself without end. */
function minimalValue(schema: Schema): unknown {
  const type = chooseType(schema);
  return type === 'object' ? {} : type === 'array' ? [] : type === 'null' ? null : type === 'boolean' ? true : type === 'string' ? '' : 0;
}

// ---- allOf ----

const LOWER_BOUNDS = ['minimum', 'minLength', 'minItems', 'minProperties', 'minContains'];
const UPPER_BOUNDS = ['maximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'];
/** A member's own example/default describes the member alone, not the combination. */
const MEMBER_EXAMPLE_KEYS = ['example', 'examples', 'default'];

/** The schema with its allOf members merged in (members first merged themselves), so one sample satisfies all of them. */
/** The schema with its allOf members merged in, or as it is when it has none. */
function flattened(schema: Schema): Schema {
  return Array.isArray(schema.allOf) ? mergeAllOf(schema) : schema;
}

function mergeAllOf(schema: Schema): Schema {
  const { allOf, ...base } = schema;
  let merged: Schema = base;
  for (const member of allOf as unknown[]) {
    if (!isObject(member)) continue;
    const flat = Array.isArray(member.allOf) ? mergeAllOf(member) : member;
    const withoutExamples = Object.fromEntries(Object.entries(flat).filter(([key]) => !MEMBER_EXAMPLE_KEYS.includes(key)));
    merged = mergeSchemas(merged, withoutExamples);
  }
  return merged;
}

/** Two schemas as one: constraints intersected; overlapping property and item schemas kept lazily as an allOf of both. */
function mergeSchemas(first: Schema, second: Schema): Schema {
  const merged: Schema = { ...first };
  for (const [key, value] of Object.entries(second)) {
    const existing = merged[key];
    if (existing === undefined) {
      merged[key] = value;
      continue;
    }
    if (key === 'properties' && isObject(existing) && isObject(value)) {
      const properties: Schema = { ...existing };
      for (const [name, propertySchema] of Object.entries(value)) {
        properties[name] = properties[name] === undefined || properties[name] === propertySchema ? propertySchema : { allOf: [properties[name], propertySchema] };
      }
      merged.properties = properties;
    } else if (key === 'required' && Array.isArray(existing) && Array.isArray(value)) {
      merged.required = [...new Set([...existing, ...value])];
    } else if (key === 'type') {
      const types = typeList(first).filter((type) => typeList(second).includes(type) || (type === 'integer' && typeList(second).includes('number')));
      const integerFromSecond = typeList(second).includes('integer') && typeList(first).includes('number') ? ['integer'] : [];
      const both = [...types, ...integerFromSecond];
      merged.type = both.length === 1 ? both[0] : both.length > 1 ? both : existing;
    } else if ((key === 'items' || key === 'additionalProperties' || key === 'not') && isObject(existing) && isObject(value) && existing !== value) {
      merged[key] = key === 'not' ? { anyOf: [existing, value] } : { allOf: [existing, value] };
    } else if (key === 'additionalProperties' && (existing === false || value === false)) {
      merged.additionalProperties = false;
    } else if (LOWER_BOUNDS.includes(key) && typeof existing === 'number' && typeof value === 'number') {
      merged[key] = Math.max(existing, value);
    } else if (UPPER_BOUNDS.includes(key) && typeof existing === 'number' && typeof value === 'number') {
      merged[key] = Math.min(existing, value);
    } else if (key === 'enum' && Array.isArray(existing) && Array.isArray(value)) {
      const common = existing.filter((item) => value.some((other) => sameJson(item, other)));
      merged.enum = common.length > 0 ? common : existing;
    } else if ((key === 'readOnly' || key === 'writeOnly') && value === true) {
      merged[key] = true;
    } else if (key === 'nullable' || key === 'x-nullable') {
      merged[key] = existing === true && value === true;
    }
    // Anything else: the first schema's value stands (two patterns or formats cannot be combined here).
  }
  return merged;
}

// ---- a small validator: enough to choose a oneOf/anyOf branch, to avoid a `not` and to check a spec's own examples ----

/** Where a value fails its schema (a JSON pointer into the value, '' for the value itself) and what fails. */
export interface Mismatch {
  at: string;
  problem: string;
}

function matches(schema: unknown, value: unknown, options: SampleOptions, depth = 0): boolean {
  return firstMismatch(schema, value, options, depth) === undefined;
}

/** The first place where `value` fails `schema`, or undefined when it validates (as far as this validator checks). */
export function findMismatch(schema: unknown, value: unknown, options: SampleOptions = {}): Mismatch | undefined {
  return firstMismatch(schema, value, options, 0);
}

function firstMismatch(schema: unknown, value: unknown, options: SampleOptions, depth: number): Mismatch | undefined {
  if (schema === true || schema === undefined) return undefined;
  if (schema === false) return { at: '', problem: 'the schema allows no value' };
  if (!isObject(schema)) return undefined;
  if (depth > MAX_DEPTH) return undefined;
  const fail = (problem: string): Mismatch => ({ at: '', problem });
  const check = (child: unknown, childValue: unknown) => matches(child, childValue, options, depth + 1);
  // The pointer is built only on the way back from a failure: the sampler calls this often, on values that validate.
  const inner = (child: unknown, childValue: unknown, token: string | number): Mismatch | undefined => {
    const found = firstMismatch(child, childValue, options, depth + 1);
    return found && { at: `/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}${found.at}`, problem: found.problem };
  };
  const types = typeList(schema);
  if (types.length > 0 || schema.nullable === true) {
    const nullable = value === null && (schema.nullable === true || schema['x-nullable'] === true || types.includes('null'));
    if (!nullable && types.length > 0 && !types.some((type) => hasType(value, type))) return fail(`expected ${types.join(' or ')}, got ${JSON.stringify(value)}`);
  }
  if (schema.const !== undefined && !sameJson(schema.const, value)) return fail(`expected ${JSON.stringify(schema.const)} (const)`);
  if (Array.isArray(schema.enum) && !schema.enum.some((item) => sameJson(item, value)) && !(value === null && schema.nullable === true)) return fail(`${JSON.stringify(value)} is not one of the enum`);
  if (Array.isArray(schema.allOf)) {
    for (const member of schema.allOf) {
      const found = firstMismatch(member, value, options, depth + 1);
      if (found !== undefined) return found;
    }
  }
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((member) => check(member, value))) return fail('matches none of anyOf');
  if (Array.isArray(schema.oneOf)) {
    const matching = schema.oneOf.filter((member) => check(member, value)).length;
    if (matching !== 1) return fail(matching === 0 ? 'matches none of oneOf' : `matches ${matching} branches of oneOf, not exactly one`);
  }
  if (schema.not !== undefined && check(schema.not, value)) return fail('matches its `not` schema');
  if (typeof value === 'number') {
    const { lower, lowerExclusive, upper, upperExclusive } = numericBounds(schema);
    if (lower !== undefined && (lowerExclusive ? value <= lower : value < lower)) return fail(`${value} is below the ${lowerExclusive ? 'exclusive ' : ''}minimum ${lower}`);
    if (upper !== undefined && (upperExclusive ? value >= upper : value > upper)) return fail(`${value} is above the ${upperExclusive ? 'exclusive ' : ''}maximum ${upper}`);
    if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0 && !isMultiple(value, schema.multipleOf)) return fail(`${value} is not a multiple of ${schema.multipleOf}`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && lengthOf(value) < schema.minLength) return fail(`shorter than minLength ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && lengthOf(value) > schema.maxLength) return fail(`longer than maxLength ${schema.maxLength}`);
    if (typeof schema.pattern === 'string' && compilePattern(schema.pattern)?.test(value) === false) return fail(`does not match the pattern ${JSON.stringify(schema.pattern)}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return fail(`fewer than minItems ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return fail(`more than maxItems ${schema.maxItems} items`);
    const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : [];
    const rest = Array.isArray(schema.items) ? schema.additionalItems : schema.items;
    for (const [index, item] of value.entries()) {
      const found = inner(index < prefix.length ? prefix[index] : rest, item, index);
      if (found !== undefined) return found;
    }
    if (schema.uniqueItems === true && value.some((item, index) => value.findIndex((other) => sameJson(other, item)) !== index)) return fail('items are not unique (uniqueItems)');
  }
  if (isObject(value)) {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? schema.required : [];
    const missing = required.find((name) => typeof name === 'string' && !(name in value) && !isOmitted(properties[name], options));
    if (missing !== undefined) return fail(`the required property ${JSON.stringify(missing)} is missing`);
    const patterns = isObject(schema.patternProperties) ? Object.entries(schema.patternProperties) : [];
    for (const [name, propertyValue] of Object.entries(value)) {
      const matchingPatterns = patterns.filter(([pattern]) => compilePattern(pattern)?.test(name));
      const schemas = name in properties ? [properties[name]] : matchingPatterns.length > 0 ? matchingPatterns.map(([, patternSchema]) => patternSchema) : [schema.additionalProperties];
      if (schemas[0] === false) return fail(`the property ${JSON.stringify(name)} is not allowed`);
      for (const propertySchema of schemas) {
        const found = inner(propertySchema, propertyValue, name);
        if (found !== undefined) return found;
      }
    }
    if (typeof schema.minProperties === 'number' && Object.keys(value).length < schema.minProperties) return fail(`fewer than minProperties ${schema.minProperties} properties`);
    if (typeof schema.maxProperties === 'number' && Object.keys(value).length > schema.maxProperties) return fail(`more than maxProperties ${schema.maxProperties} properties`);
  }
  return undefined;
}

/**
 * The value without the properties its schema marks `readOnly` (a request must not send them), found by
 * walking it along the schema: properties (allOf merged), items, and the one oneOf/anyOf branch it matches
 * when exactly one does. The value itself is not changed.
 */
export function withoutReadOnly(schema: unknown, value: unknown, depth = 0): unknown {
  if (!isObject(schema) || depth > MAX_DEPTH) return value;
  const flat = flattened(schema);
  const branches = [...(Array.isArray(flat.oneOf) ? flat.oneOf : []), ...(Array.isArray(flat.anyOf) ? flat.anyOf : [])];
  const matching = branches.filter((branch) => matches(branch, value, { omitReadOnly: true }));
  const walked = matching.length === 1 ? withoutReadOnly(matching[0], value, depth + 1) : value;
  if (Array.isArray(walked)) {
    const prefix = Array.isArray(flat.prefixItems) ? flat.prefixItems : Array.isArray(flat.items) ? flat.items : [];
    const rest = Array.isArray(flat.items) ? flat.additionalItems : flat.items;
    return walked.map((item, index) => withoutReadOnly(index < prefix.length ? prefix[index] : rest, item, depth + 1));
  }
  if (!isObject(walked)) return walked;
  const properties = isObject(flat.properties) ? flat.properties : {};
  const kept: JsonObject = {};
  for (const [name, item] of Object.entries(walked)) {
    const propertySchema = name in properties ? properties[name] : flat.additionalProperties;
    if (isObject(propertySchema) && flattened(propertySchema).readOnly === true) continue;
    kept[name] = withoutReadOnly(propertySchema, item, depth + 1);
  }
  return kept;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return true;
  }
}

/** Multiple-of with a tolerance for binary fractions (0.3 is a multiple of 0.1). */
function isMultiple(value: number, step: number): boolean {
  const quotient = value / step;
  return Math.abs(quotient - Math.round(quotient)) < 1e-9;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => sameJson((a as Schema)[key], (b as Schema)[key]));
}
