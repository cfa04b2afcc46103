import type { FormField, Header, KeyValue, RequestInput } from '../../model/schema.js';
import { isObject, type JsonObject } from '../json.js';
import { valueText, serializeQuery, type Style } from './parameters.js';
import { chooseValue, type ExampleSite } from './values.js';

/** A request body and the headers that describe it. */
export interface MappedBody {
  body: NonNullable<RequestInput['body']>;
  headers: Header[];
}

/** The media type's name without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
export function baseMediaType(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

const isJson = (base: string) => base === 'application/json' || base.endsWith('+json') || base.endsWith('/json');
const isXml = (base: string) => base === 'application/xml' || base === 'text/xml' || base.endsWith('+xml');
const FORM = 'application/x-www-form-urlencoded';

/** The body sent when an operation accepts several media types: JSON, then a form, then multipart, then the first listed. */
export function preferredMediaType(mediaTypes: readonly string[]): string | undefined {
  const bases = mediaTypes.map(baseMediaType);
  const index = [bases.findIndex(isJson), bases.indexOf(FORM), bases.indexOf('multipart/form-data')].find((found) => found !== -1) ?? 0;
  return mediaTypes[index];
}

/** A concrete type to send for a media-type range (`image/*`, `*\/*`), which cannot be a Content-Type. */
function concreteMediaType(mediaType: string, value: unknown): string {
  const base = baseMediaType(mediaType);
  if (!base.includes('*')) return mediaType;
  if (base === '*/*') return typeof value === 'string' ? 'text/plain' : 'application/json';
  const RANGES: Record<string, string> = { 'image/*': 'image/png', 'text/*': 'text/plain', 'audio/*': 'audio/mpeg', 'video/*': 'video/mp4' };
  return RANGES[base] ?? 'application/octet-stream';
}

const EXTENSIONS: Record<string, string> = {
  'application/octet-stream': 'bin',
  'image/jpeg': 'jpg',
  'image/svg+xml': 'svg',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'audio/mpeg': 'mp3',
  'application/gzip': 'gz',
  'application/x-gzip': 'gz',
  'application/x-tar': 'tar',
};

/** The file extension a reader expects for a media type: `image/png` → `png`, `application/octet-stream` → `bin`. */
export function extensionOf(mediaType: string): string {
  const base = baseMediaType(mediaType);
  if (EXTENSIONS[base] !== undefined) return EXTENSIONS[base];
  const subtype = (base.split('/')[1] ?? '').replace(/^(x-|vnd\.)/, '').split(/[+.]/).pop() ?? '';
  return /^[a-z0-9]{1,10}$/.test(subtype) ? subtype : 'bin';
}

/** A file's path as the snippets read it: `./avatar.png`, named after the field (or `body`) and the media type. */
export function filePath(name: string, mediaType: string): string {
  const stem = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '') || 'file';
  return `./${stem}.${extensionOf(mediaType)}`;
}

/** Bytes rather than a value: `format: binary` (3.0), `type: file` (Swagger 2), `contentMediaType` (3.1). */
function isBinarySchema(schema: unknown): boolean {
  return isObject(schema) && (schema['format'] === 'binary' || schema['type'] === 'file' || typeof schema['contentMediaType'] === 'string');
}

const BINARY_MEDIA = /^(application\/(octet-stream|pdf|zip|gzip|x-gzip|x-tar)|image\/|audio\/|video\/)/;

/**
 * The body for one media type of a request body (`content[mediaType]`): the example or a value sampled
 * from the schema, written the way the media type says.
 */
export function mapBody(mediaType: string, media: JsonObject, exampleName: string | undefined, site?: ExampleSite): MappedBody {
  const schema = media['schema'];
  const base = baseMediaType(mediaType);
  const encoding = isObject(media['encoding']) ? media['encoding'] : {};

  if (BINARY_MEDIA.test(base) || (isBinarySchema(schema) && !isJson(base))) {
    const sent = concreteMediaType(mediaType, undefined);
    return { body: { mode: 'file', src: filePath('body', sent) }, headers: [contentType(sent)] };
  }

  // A JSON example written as text (`example: '{"a": 1}'`) stands for the value it spells.
  const readJsonText = isJson(base) && !(isObject(schema) && schema['type'] === 'string') ? parsedOrSelf : undefined;
  const value = chooseValue(media, schema, exampleName, site, readJsonText);
  const sent = concreteMediaType(mediaType, value);
  const sentBase = baseMediaType(sent);
  if (base === FORM) return { body: { mode: 'urlencoded', params: formPairs(value, encoding) }, headers: [] };
  if (base.startsWith('multipart/')) return { body: { mode: 'formdata', params: multipartFields(value, schema, encoding) }, headers: [] };
  if (isJson(sentBase)) {
    const headers = sent === 'application/json' ? [] : [contentType(sent)];
    return { body: { mode: 'raw', text: JSON.stringify(value ?? null, null, 2), language: 'json' }, headers };
  }
  if (isXml(sentBase)) {
    const text = typeof value === 'string' ? value : xmlDocument(value, schema);
    return { body: { mode: 'raw', text, language: 'xml' }, headers: sent === 'application/xml' ? [] : [contentType(sent)] };
  }
  const text = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
  return { body: { mode: 'raw', text, language: sentBase === 'text/html' ? 'html' : 'text' }, headers: sent === 'text/plain' || sent === 'text/html' ? [] : [contentType(sent)] };
}

/** The media type exactly as the spec keys it (parameters such as `charset` included), unless the body's language says the same. */
function contentType(mediaType: string): Header {
  return { name: 'Content-Type', value: mediaType };
}

function parsedOrSelf(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** The style and explode of a form property from its `encoding` entry (default: form, exploded). */
function encodingStyle(entry: unknown): { style: Style; explode: boolean } {
  const style = isObject(entry) && typeof entry['style'] === 'string' ? (entry['style'] as Style) : 'form';
  const explode = isObject(entry) && typeof entry['explode'] === 'boolean' ? entry['explode'] : style === 'form';
  return { style, explode };
}

/** An object's properties as form pairs; a nested object is sent as JSON unless its encoding says deepObject. */
function formPairs(value: unknown, encoding: JsonObject): KeyValue[] {
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const { style, explode } = encodingStyle(encoding[key]);
    if (isObject(item) && style !== 'deepObject') return [{ key, value: JSON.stringify(item) }];
    return serializeQuery(key, item, style, explode);
  });
}

/** Multipart parts: files for binary properties, repeated parts for arrays, JSON parts for objects. */
function multipartFields(value: unknown, schema: unknown, encoding: JsonObject): FormField[] {
  if (!isObject(value)) return [];
  const properties = isObject(schema) && isObject(schema['properties']) ? schema['properties'] : {};
  const fields: FormField[] = [];
  const addBinaryKeys = Object.keys(properties).filter((key) => !(key in value) && (isBinarySchema(properties[key]) || (isObject(properties[key]) && isBinarySchema(properties[key]['items']))));
  for (const key of [...Object.keys(value), ...addBinaryKeys]) {
    const item = value[key];
    const property = properties[key];
    const entry = encoding[key];
    const declared = isObject(entry) && typeof entry['contentType'] === 'string' ? entry['contentType'].split(',')[0]!.trim() : undefined;
    const partType = declared !== undefined && !declared.includes('*') ? declared : undefined;
    const itemSchema = isObject(property) ? property['items'] : undefined;
    if (isBinarySchema(property) || isBinarySchema(itemSchema)) {
      const binary = isBinarySchema(property) ? property : itemSchema;
      const mediaType = partType ?? (isObject(binary) && typeof binary['contentMediaType'] === 'string' ? binary['contentMediaType'] : concreteMediaType(declared ?? 'application/octet-stream', undefined));
      const sentType = baseMediaType(mediaType) === 'application/octet-stream' ? undefined : mediaType;
      fields.push({ type: 'file', key, src: filePath(key, mediaType), ...(sentType !== undefined && { contentType: sentType }) });
    } else if (Array.isArray(item)) {
      for (const element of item) fields.push({ type: 'text', key, value: valueText(element), ...(partType !== undefined && { contentType: partType }) });
    } else if (isObject(item)) {
      fields.push({ type: 'text', key, value: JSON.stringify(item), contentType: partType ?? 'application/json' });
    } else {
      fields.push({ type: 'text', key, value: valueText(item), ...(partType !== undefined && { contentType: partType }) });
    }
  }
  return fields;
}

/** XML text for a value, honouring the schema's `xml` name, attribute and wrapped where it has them. */
function xmlDocument(value: unknown, schema: unknown): string {
  const xml = isObject(schema) && isObject(schema['xml']) ? schema['xml'] : {};
  const root = typeof xml['name'] === 'string' ? xml['name'] : isObject(schema) && typeof schema['title'] === 'string' ? schema['title'].replace(/[^A-Za-z0-9_.-]/g, '') || 'root' : 'root';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlElement(root, value, schema)}\n`;
}

function xmlElement(name: string, value: unknown, schema: unknown): string {
  const xml = isObject(schema) && isObject(schema['xml']) ? schema['xml'] : {};
  if (Array.isArray(value)) {
    const items = isObject(schema) ? schema['items'] : undefined;
    const itemXml = isObject(items) && isObject(items['xml']) ? items['xml'] : {};
    const itemName = typeof itemXml['name'] === 'string' ? itemXml['name'] : name;
    const inner = value.map((item) => xmlElement(itemName, item, items)).join('');
    return xml['wrapped'] === true ? `<${name}>${inner}</${name}>` : inner;
  }
  if (isObject(value)) {
    const properties = isObject(schema) && isObject(schema['properties']) ? schema['properties'] : {};
    let attributes = '';
    let children = '';
    for (const [key, item] of Object.entries(value)) {
      const property = properties[key];
      const propertyXml = isObject(property) && isObject(property['xml']) ? property['xml'] : {};
      const propertyName = typeof propertyXml['name'] === 'string' ? propertyXml['name'] : key;
      if (propertyXml['attribute'] === true) attributes += ` ${propertyName}="${escapeXml(valueText(item))}"`;
      else children += xmlElement(propertyName, item, property);
    }
    return `<${name}${attributes}>${children}</${name}>`;
  }
  return `<${name}>${escapeXml(valueText(value))}</${name}>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
