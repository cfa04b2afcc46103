import { InputError } from '../../errors.js';
import { isObject, type JsonObject } from '../json.js';

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** How an array or object value is written: OpenAPI 3 styles, plus Swagger 2's `tsv` (no 3.x style has a tab). */
export type Style = 'simple' | 'label' | 'matrix' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | 'tabDelimited';

/** The styles each location allows, the first being its default (OpenAPI 3.1 §4.8.12.4). */
const STYLES: Record<ParameterLocation, readonly Style[]> = {
  path: ['simple', 'label', 'matrix'],
  query: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
  header: ['simple'],
  cookie: ['form'],
};

/** The style and explode of a 3.x parameter; an unknown style, or one its location does not allow, is an InputError. */
export function parameterStyle(parameter: JsonObject, location: ParameterLocation, where: string): { style: Style; explode: boolean } {
  const allowed = STYLES[location];
  const style = parameter['style'] ?? allowed[0];
  if (typeof style !== 'string' || !(allowed as readonly string[]).includes(style)) {
    throw new InputError(`${where}/style: unknown style ${JSON.stringify(style)} for a ${location} parameter; expected one of: ${allowed.join(', ')}`);
  }
  const explode = typeof parameter['explode'] === 'boolean' ? parameter['explode'] : style === 'form';
  return { style: style as Style, explode };
}

/** Swagger 2's `collectionFormat` as the 3.x style and explode that send the same text. */
export function collectionStyle(parameter: JsonObject, location: ParameterLocation | 'formData', where: string): { style: Style; explode: boolean } {
  const format = parameter['collectionFormat'] ?? 'csv';
  const commaStyle: Style = location === 'query' || location === 'formData' || location === 'cookie' ? 'form' : 'simple';
  switch (format) {
    case 'csv':
      return { style: commaStyle, explode: false };
    case 'ssv':
      return { style: 'spaceDelimited', explode: false };
    case 'tsv':
      return { style: 'tabDelimited', explode: false };
    case 'pipes':
      return { style: 'pipeDelimited', explode: false };
    case 'multi':
      if (location === 'query' || location === 'formData') return { style: 'form', explode: true };
      throw new InputError(`${where}/collectionFormat: "multi" is only valid for query and formData parameters`);
    default:
      throw new InputError(`${where}/collectionFormat: unknown collectionFormat ${JSON.stringify(format)}; expected one of: csv, ssv, tsv, pipes, multi`);
  }
}

const DELIMITERS: Partial<Record<Style, string>> = { spaceDelimited: ' ', pipeDelimited: '|', tabDelimited: '\t' };

/** The text of a value inside a serialized parameter: an object or array nested deeper is sent as JSON. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A path segment value: every character but the unreserved ones percent-encoded, so a `/` or `?` in it stays data. */
const encodeComponent = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/** The value of a path parameter as URL text (percent-encoded) for its place in the path template. */
export function serializePath(name: string, value: unknown, style: Style, explode: boolean): string {
  const prefix = style === 'label' ? '.' : style === 'matrix' ? ';' : '';
  const named = (text: string) => (style === 'matrix' ? `${name}=${text}` : text);
  if (Array.isArray(value)) {
    const items = value.map((item) => encodeComponent(valueText(item)));
    if (style === 'matrix' && explode) return items.map((item) => `;${name}=${item}`).join('');
    return prefix + named(items.join(style === 'label' && explode ? '.' : ','));
  }
  if (isObject(value)) {
    const entries = Object.entries(value).map(([key, item]) => [encodeComponent(key), encodeComponent(valueText(item))] as const);
    if (explode) return prefix + entries.map(([key, item]) => `${key}=${item}`).join(style === 'label' ? '.' : style === 'matrix' ? ';' : ',');
    return prefix + named(entries.flat().join(','));
  }
  return prefix + named(encodeComponent(valueText(value)));
}

/** Query pairs (literal text, encoded when the URL is written) for a query or form field value. */
export function serializeQuery(name: string, value: unknown, style: Style, explode: boolean): { key: string; value: string }[] {
  const delimiter = DELIMITERS[style] ?? ',';
  if (Array.isArray(value)) {
    const items = value.map(valueText);
    return explode ? items.map((item) => ({ key: name, value: item })) : [{ key: name, value: items.join(delimiter) }];
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (style === 'deepObject') return entries.map(([key, item]) => ({ key: `${name}[${key}]`, value: valueText(item) }));
    if (explode) return entries.map(([key, item]) => ({ key, value: valueText(item) }));
    return [{ key: name, value: entries.flatMap(([key, item]) => [key, valueText(item)]).join(delimiter) }];
  }
  return [{ key: name, value: valueText(value) }];
}

/** A header value (style simple). */
export function serializeHeader(value: unknown, explode: boolean): string {
  if (Array.isArray(value)) return value.map(valueText).join(',');
  if (isObject(value)) {
    const entries = Object.entries(value);
    return explode ? entries.map(([key, item]) => `${key}=${valueText(item)}`).join(',') : entries.flatMap(([key, item]) => [key, valueText(item)]).join(',');
  }
  return valueText(value);
}

/** `name=value` pairs of the Cookie header (style form); a character a cookie value may not hold is percent-encoded. */
export function serializeCookie(name: string, value: unknown, explode: boolean): string[] {
  return serializeQuery(name, value, 'form', explode).map((pair) => `${pair.key}=${encodeCookieValue(pair.value)}`);
}

/** RFC 6265 cookie-octet excludes controls, space, `"`, `,`, `;` and `\`; those (and `%`) are percent-encoded. */
function encodeCookieValue(text: string): string {
  return text.replace(/[^\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]|%/gu, (ch) => [...Buffer.from(ch, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}
