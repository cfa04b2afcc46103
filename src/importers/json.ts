import { InputError } from '../errors.js';

/** Readers for hand-made or exported JSON of unknown shape; a wrong shape is an InputError naming where. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Postman and variable files may type values as numbers or booleans; they stand for their text. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A list that may be left out (undefined or null reads as empty). */
export function asList(value: unknown, where: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new InputError(`${where}: expected an array, got ${describeJson(value)}`);
  return value;
}

export function expectObject(value: unknown, where: string): JsonObject {
  if (!isObject(value)) throw new InputError(`${where}: expected an object, got ${describeJson(value)}`);
  return value;
}

/** What kind of JSON value this is, for messages: `a string`, `an array`, `null`. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
