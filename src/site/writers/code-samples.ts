import { readFileSync } from 'node:fs';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { Document, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { InputError } from '../../errors.js';
import { trimCharsEnd } from '../../text.js';
import { findTarget } from '../../targets/registry.js';

/**
 * Code samples written back into an OpenAPI/Swagger document, where doc sites built from the spec read
 * them: `x-codeSamples: [{lang, label, source}]` (Redocly, Scalar, Stoplight, Mintlify, Bump.sh, Zudoku)
 * or ReadMe's `x-readme: {code-samples: [{language, code, name}]}`.
 *
 * The spec's own text is edited, not re-serialised: the new entries are inserted at the end of each
 * operation (or of its existing sample list), so every other byte — key order, quoting, comments, blank
 * lines, JSON indentation, `"200"` keys — stays as it was. The `yaml` package's Document finds the nodes
 * and their offsets, for YAML and JSON alike.
 */
export type CodeSampleFormat = 'x-codesamples' | 'x-readme';

export interface CodeSample {
  /** Target id, e.g. `python-requests`. */
  target: string;
  /** Tab label, e.g. `Python`; `Python (application/xml)` for one of several media-type variants. */
  label: string;
  code: string;
}

/** The samples of one operation: `paths[path][method]`. */
export interface OperationSamples {
  /** The key of the spec's `paths` object, e.g. `/pets/{petId}`. */
  path: string;
  /** Any case; spec keys are lower-case. */
  method: string;
  samples: CodeSample[];
}

export interface CodeSampleOptions {
  format: CodeSampleFormat;
  /** Replace the samples the spec already has instead of adding to them. */
  replace: boolean;
}

export interface SpecWithSamples {
  text: string;
  /** Operations whose samples could not be written (each names the operation and why). */
  warnings: string[];
}

/**
 * `lang` values as Redocly documents them for x-codeSamples (its `codeSamples.languages` list, which Redoc
 * CE also uses to pick the samples it shows; the other tools document `lang` only as a language name), and
 * ReadMe's `language` modes (its httpsnippet target names). A target not listed uses its language name for both.
 */
const LANGUAGES: Readonly<Record<string, { lang: string; readme: string }>> = {
  curl: { lang: 'curl', readme: 'curl' },
  'csharp-restsharp': { lang: 'C#', readme: 'csharp' },
  'go-native': { lang: 'Go', readme: 'go' },
  http: { lang: 'HTTP', readme: 'http' },
  'java-okhttp': { lang: 'Java', readme: 'java' },
  'javascript-jquery': { lang: 'JavaScript', readme: 'javascript' },
  'nodejs-request': { lang: 'Node.js', readme: 'node' },
  'php-http-request2': { lang: 'PHP', readme: 'php' },
  'python-requests': { lang: 'Python', readme: 'python' },
  'ruby-net-http': { lang: 'Ruby', readme: 'ruby' },
  'swift-urlsession': { lang: 'Swift', readme: 'swift' },
};

/** The sample objects in the chosen extension's shape. */
function sampleEntries(samples: readonly CodeSample[], format: CodeSampleFormat): Record<string, string>[] {
  return samples.map(({ target, label, code }): Record<string, string> => {
    const language = findTarget(target)?.info.language ?? target;
    const names = LANGUAGES[target] ?? { lang: language, readme: language };
    return format === 'x-readme' ? { language: names.readme, code, name: label } : { lang: names.lang, label, source: code };
  });
}

/** Where the sample list lives in an operation: one key, or `code-samples` inside `x-readme`. */
const SAMPLE_KEYS: Record<CodeSampleFormat, readonly string[]> = { 'x-codesamples': ['x-codeSamples'], 'x-readme': ['x-readme', 'code-samples'] };

/** The identity of an entry: a sample the spec already has for the same language and label wins over ours. */
const entryKey = (entry: unknown, format: CodeSampleFormat) => {
  const object = (entry ?? {}) as Record<string, unknown>;
  return format === 'x-readme' ? `${String(object['language'])}\0${String(object['name'])}` : `${String(object['lang'])}\0${String(object['label'])}`;
};

/** A file of the spec being edited: its text, its parsed document, its layout and the edits made so far. */
interface SpecFile {
  /** Its path relative to the spec's directory, `/`-separated; the spec itself is its own file name. */
  file: string;
  /** Without a leading byte order mark, which `bom` keeps for writing it back. */
  text: string;
  bom: string;
  doc: Document;
  style: TextStyle;
  edits: Edit[];
}

function specFile(file: string, content: string): SpecFile {
  const bom = content.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = content.slice(bom.length);
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) throw new InputError(`cannot read the spec to write samples into: ${doc.errors[0]!.message.split('\n')[0]}`);
  return { file, text, bom, doc, style: textStyle(text), edits: [] };
}

/** Another file of the spec, by the file part of a `$ref` found in `from`; or why it cannot be used. */
type OpenFile = (from: SpecFile, ref: string) => SpecFile | string;

/**
 * The spec text with each operation's samples added. Operations are found under `paths` (a path item
 * that is a local `$ref` is followed); one that is missing, or whose path item lives in another file, is
 * left alone with a warning. Without `replace`, samples the operation already has are kept, and ours
 * follow them except where one of theirs has the same language and label.
 */
export function addCodeSamples(specText: string, operations: readonly OperationSamples[], options: CodeSampleOptions): SpecWithSamples {
  const spec = specFile('', specText);
  const warnings = writeSamples(spec, operations, options, (_, ref) => `its path item is a $ref into another file (${ref}); add the samples there by hand, or inline the path item`);
  const otherFiles = relativeRefs(spec.doc);
  if (otherFiles.length > 0) {
    warnings.push(`the spec refers to other files (${otherFiles.join(', ')}); the copy written with the samples refers to them relative to where it is written: copy them there too, or bundle the spec into one file first.`);
  }
  return { text: spec.bom + applyEdits(spec.text, spec.edits), warnings };
}

/** Adds each operation's edit to the file that holds the operation; returns warnings for those that cannot take samples. */
function writeSamples(root: SpecFile, operations: readonly OperationSamples[], options: CodeSampleOptions, open: OpenFile): string[] {
  const warnings: string[] = [];
  const written = new Map<string, string>();
  for (const { path, method, samples } of operations) {
    const where = `${method.toUpperCase()} ${path}`;
    const found = findOperation(root, path, method.toLowerCase(), open);
    if (typeof found === 'string') {
      warnings.push(`${where}: ${found}; its samples are not written into the spec.`);
      continue;
    }
    const { file, operation } = found;
    // Two paths whose path items are one $ref'd node share the operation: the first one's samples are written there.
    const node = `${file.file}\0${operation.range![0]}`;
    const first = written.get(node);
    if (first !== undefined) {
      warnings.push(`${where}: its operation is the one ${first} also reaches through a $ref; the samples written there are ${first}'s.`);
      continue;
    }
    written.set(node, where);
    const entries = sampleEntries(samples, options.format);
    // Redoc reads the older `x-code-samples` only when `x-codeSamples` is absent: add to the list the site shows.
    const keys = options.format === 'x-codesamples' && !operation.has('x-codeSamples') && operation.has('x-code-samples') ? ['x-code-samples'] : SAMPLE_KEYS[options.format];
    const edit = samplesEdit(operation, keys, entries, options, file.text, file.style);
    if (typeof edit === 'string') warnings.push(`${where}: ${edit}; its samples are not written into the spec.`);
    else if (edit !== undefined) file.edits.push(edit);
  }
  return warnings;
}

/** The `$ref`s that name another file by a relative path (their file part), each once, in document order. */
function relativeRefs(doc: Document): string[] {
  const files = new Set<string>();
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== '$ref' || !isScalar(pair.value)) return;
      const file = String(pair.value.value).split('#')[0]!;
      if (file !== '' && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(file)) files.add(file);
    },
  });
  return [...files];
}

/** A JSON pointer's parts (`/paths/~1pets` → ['paths', '/pets']). */
function pointerParts(pointer: string): string[] {
  return pointer.split('/').slice(1).map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The operation's map and the file it is written in (path items may be `$ref`s, into this file or another), or why there is none. */
function findOperation(root: SpecFile, path: string, method: string, open: OpenFile): { file: SpecFile; operation: YAMLMap } | string {
  const paths = root.doc.get('paths', true);
  if (!isMap(paths)) return 'the spec has no "paths" object';
  let file = root;
  let pathItem = paths.get(path, true) as Node | undefined;
  // A $ref'd path item may itself be a $ref; a few hops is plenty, and a cycle must end.
  for (let hops = 0; isMap(pathItem) && pathItem.has('$ref') && hops < 8; hops++) {
    const ref = String(pathItem.get('$ref'));
    const hash = ref.indexOf('#');
    const target = hash === -1 ? ref : ref.slice(0, hash);
    if (target !== '') {
      const opened = open(file, target);
      if (typeof opened === 'string') return opened;
      file = opened;
    }
    const pointer = hash === -1 ? '' : ref.slice(hash + 1);
    pathItem = (pointer === '' || pointer === '/' ? file.doc.contents : file.doc.getIn(pointerParts(pointer), true)) as Node | undefined;
  }
  const shared = (node: unknown, what: string) => (isAlias(node) ? `${what} is the YAML alias *${node.source}, shared with another place: write the samples there by hand` : undefined);
  if (!isMap(pathItem)) return shared(pathItem, `path item "${path}"`) ?? `"paths" has no path item "${path}"`;
  const operation = pathItem.get(method, true);
  return isMap(operation) ? { file, operation } : (shared(operation, `its "${method}" operation`) ?? `path item "${path}" has no "${method}" operation`);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edit that puts `entries` at `keys` (e.g. x-readme → code-samples) inside `map`: a new key at the end
 * of the innermost map that exists, or new items at the end of the existing list (the whole list rewritten
 * with `replace`). Undefined when nothing is to change, a string when the existing value is not a list.
 */
function samplesEdit(map: YAMLMap, keys: readonly string[], entries: Record<string, string>[], options: CodeSampleOptions, text: string, style: TextStyle): Edit | string | undefined {
  const [key, ...rest] = keys as [string, ...string[]];
  const value = map.get(key, true) as Node | undefined;
  if (value === undefined || value === null) return insertPair(map, key, nest(rest, entries), text, style);
  if (rest.length > 0) {
    if (!isMap(value)) return `"${key}" is not an object`;
    return samplesEdit(value, rest, entries, options, text, style);
  }
  if (!isSeq(value)) return `"${key}" is not a list`;
  if (options.replace) return replaceValue(map, key, value, entries, text, style);
  const existing = new Set(value.toJSON().map((entry: unknown) => entryKey(entry, options.format)));
  const added = entries.filter((entry) => !existing.has(entryKey(entry, options.format)));
  return added.length === 0 ? undefined : appendItems(value, added, text, style);
}

/** `{a: {b: value}}` for keys [a, b]. */
function nest(keys: readonly string[], value: unknown): unknown {
  return keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

// ---- Text edits ---------------------------------------------------------------------------------

interface TextStyle {
  newline: string;
  /** One indentation step of the file: spaces (YAML, most JSON) or a tab (some JSON). */
  unit: string;
  /** YAML: whether a block list under a key is indented (`key:\n  - a`) or not (`key:\n- a`). */
  indentSeq: boolean;
}

function textStyle(text: string): TextStyle {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const indents = [...text.matchAll(/^( +|\t+)\S/gm)].map((match) => match[1]!);
  const unit = indents.length === 0 ? '  ' : indents.reduce((shortest, indent) => (indent.length < shortest.length ? indent : shortest));
  // A list item at the same column as the key above it: the file does not indent lists.
  const indentSeq = !/^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1- /m.test(text);
  return { newline, unit, indentSeq };
}

/** The indentation of the line an offset is on, up to the offset: copied as is (tabs stay tabs), or spaces of its width. */
function leadAt(text: string, offset: number): string {
  const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  return /^[ \t]*$/.test(before) ? before : ' '.repeat(before.length);
}

/** Lines of `block` (joined by `\n`) each prefixed by `lead` but empty ones, joined by the file's line end. */
function indented(block: string, lead: string, newline: string): string {
  return block
    .split('\n')
    .map((line) => (line === '' ? '' : lead + line))
    .join(newline);
}

/** A block YAML value's text: `key:` lines or `- ` items, each line at `lead`. */
function yamlBlock(value: unknown, lead: string, style: TextStyle, indentSeq = style.indentSeq): string {
  return indented(blockLines(value, style.unit, indentSeq).join('\n'), lead, style.newline);
}

/**
 * The lines of a block YAML value made of maps, lists and strings (all the samples are). Written here rather
 * than by the yaml package's stringifier, which took most of the time on a large spec; each string still
 * goes through it when it cannot be a plain word or a literal block.
 */
function blockLines(value: unknown, unit: string, indentSeq: boolean): string[] {
  if (Array.isArray(value)) {
    // `- ` and two spaces under it: valid whatever the file's indentation step.
    return value.flatMap((item) => blockLines(item, unit, indentSeq).map((line, index) => (index === 0 ? `- ${line}` : line === '' ? '' : `  ${line}`)));
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
    if (typeof item === 'string') {
      const literal = item.includes('\n') ? literalBlock(item) : undefined;
      return literal === undefined ? [`${scalar(key)}: ${scalar(item)}`] : [`${scalar(key)}: ${literal.header}`, ...literal.lines.map((line) => (line === '' ? '' : unit + line))];
    }
    const nested = Array.isArray(item) && !indentSeq ? '' : unit;
    return [`${scalar(key)}:`, ...blockLines(item, unit, indentSeq).map((line) => (line === '' ? '' : nested + line))];
  });
}

/** Characters a YAML literal block cannot hold as they are (controls but tab, CR, NEL-like breaks, BOM, non-characters). */
const NOT_LITERAL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;

/**
 * `|`, `|-` or `|+` and the lines of multi-line text, when a literal block reads back as exactly `text`: some code, no
 * character that needs escaping, and a first line that does not start with a space (the block's
 * indentation is taken from it).
 */
function literalBlock(text: string): { header: string; lines: string[] } | undefined {
  if (text.trim() === '' || NOT_LITERAL.test(text) || /^\n*[ \t]/.test(text)) return undefined;
  const body = trimCharsEnd(text, '\n');
  const finalBreaks = text.length - body.length;
  const header = finalBreaks === 0 ? '|-' : finalBreaks === 1 ? '|' : '|+';
  return { header, lines: [...body.split('\n'), ...Array<string>(Math.max(0, finalBreaks - 1)).fill('')] };
}

/** A key or a short value: a plain word when it cannot read as anything but itself, else a double-quoted string. */
function scalar(text: string): string {
  if (/^[A-Za-z][A-Za-z0-9.#+/_()-]*(?: [A-Za-z0-9.#+/_()-]+)*$/.test(text) && !/^(?:y|n|yes|no|true|false|on|off|null)$/i.test(text)) return text;
  // On one line whatever its length: the caller indents line by line.
  return new Document(text).toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'QUOTE_DOUBLE', lineWidth: 0, minContentWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER }).replace(/\n$/, '');
}

/** JSON text for a flow (JSON or YAML flow) collection: pretty at `lead` when the collection spans lines, else compact. */
function jsonValue(value: unknown, lead: string, multiline: boolean, style: TextStyle): string {
  if (!multiline) return JSON.stringify(value);
  return JSON.stringify(value, null, style.unit).split('\n').join(style.newline + lead);
}

/** Offset where a block collection's next entry goes: the line after its last one. */
function blockEnd(node: Node, text: string, newline: string): { offset: number; prefix: string } {
  const end = node.range![1];
  return { offset: end, prefix: end > 0 && text[end - 1] !== '\n' ? newline : '' };
}

/**
 * Where a flow collection takes one more entry, and how: after its last entry (before the whitespace
 * that leads to the closing bracket), on a new line at the entries' indentation when it spans lines.
 */
function flowAppend(node: YAMLMap | YAMLSeq, entry: (lead: string, multiline: boolean) => string, text: string, style: TextStyle): Edit {
  const [open, end] = node.range!;
  const close = end - 1;
  const inside = text.slice(open + 1, close);
  const multiline = inside.includes('\n');
  const first = (isMap(node) ? node.items[0]?.key : node.items[0]) as Node | undefined;
  const lead = first?.range ? leadAt(text, first.range[0]) : leadAt(text, open) + style.unit;
  if (node.items.length === 0) return { start: close, end: close, text: entry(lead, false) };
  const lastEnd = open + 1 + inside.trimEnd().length;
  return { start: lastEnd, end: lastEnd, text: multiline ? `,${style.newline}${lead}${entry(lead, true)}` : `, ${entry(lead, false)}` };
}

function insertPair(map: YAMLMap, key: string, value: unknown, text: string, style: TextStyle): Edit {
  if (map.flow) return flowAppend(map, (lead, multiline) => `${JSON.stringify(key)}: ${jsonValue(value, lead, multiline, style)}`, text, style);
  const firstKey = map.items[0]?.key as Node | undefined;
  const { offset, prefix } = blockEnd(map, text, style.newline);
  return { start: offset, end: offset, text: prefix + yamlBlock({ [key]: value }, firstKey?.range ? leadAt(text, firstKey.range[0]) : '', style) + style.newline };
}

function appendItems(seq: YAMLSeq, items: unknown[], text: string, style: TextStyle): Edit {
  if (seq.flow) return flowAppend(seq, (lead, multiline) => items.map((item) => jsonValue(item, lead, multiline, style)).join(multiline ? `,${style.newline}${lead}` : ', '), text, style);
  // A block list's range starts at its first `-`.
  const { offset, prefix } = blockEnd(seq, text, style.newline);
  return { start: offset, end: offset, text: prefix + yamlBlock(items, leadAt(text, seq.range![0]), style, false) + style.newline };
}

/** The value of `key` rewritten in place (the key, its position and everything around it kept). */
function replaceValue(map: YAMLMap, key: string, seq: YAMLSeq, entries: unknown[], text: string, style: TextStyle): Edit {
  const keyStart = (map.items.find((item) => isScalar(item.key) && item.key.value === key)!.key as Node).range![0];
  if (seq.flow || map.flow) {
    const multiline = text.slice(seq.range![0], seq.range![1]).includes('\n') || (map.flow === true && text.slice(map.range![0], map.range![1]).includes('\n'));
    return { start: seq.range![0], end: seq.range![1], text: jsonValue(entries, leadAt(text, keyStart), multiline, style) };
  }
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const { offset } = blockEnd(seq, text, style.newline);
  const ending = text[offset - 1] === '\n' ? style.newline : '';
  return { start: lineStart, end: offset, text: yamlBlock({ [key]: entries }, leadAt(text, keyStart), style) + ending };
}

/** Applies non-overlapping edits in one pass (a spec of a thousand operations gets a thousand edits). */
function applyEdits(text: string, edits: readonly Edit[]): string {
  const pieces: string[] = [];
  let done = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    pieces.push(text.slice(done, edit.start), edit.text);
    done = edit.end;
  }
  pieces.push(text.slice(done));
  return pieces.join('');
}

// ---- Specs of a build ---------------------------------------------------------------------------

/** What a built request contributes: where it came from and its snippets. */
export interface SampledRequest {
  source: string;
  operation?: { method: string; path: string; mediaType?: string };
  snippets: readonly { target: string; label: string; code: string }[];
}

export interface SpecDocument {
  /** The spec's file name, written at the output root. */
  file: string;
  content: string;
}

/**
 * The documents of each spec among the requests' sources: the spec, at the output root under its own
 * name, with the samples of every operation built from it, and every file it refers to by a relative
 * `$ref`, at the same relative path (with the samples of the operations it holds), so the copy resolves as
 * the original does. Variants of one operation (`--all-media-types`) each add their samples, labelled with
 * their media type (`Python (application/xml)`), in build order. Two specs whose files would land on one
 * path are an error.
 */
export function specDocuments(requests: readonly SampledRequest[], options: CodeSampleOptions): { documents: SpecDocument[]; warnings: string[] } {
  const bySource = new Map<string, OperationSamples[]>();
  for (const { source, operation, snippets } of requests) {
    if (operation === undefined) continue;
    const operations = bySource.get(source) ?? bySource.set(source, []).get(source)!;
    const samples = snippets.map(({ target, label, code }) => ({ target, label: operation.mediaType === undefined ? label : `${label} (${operation.mediaType})`, code }));
    const existing = operations.find((entry) => entry.path === operation.path && entry.method.toLowerCase() === operation.method.toLowerCase());
    if (existing !== undefined) existing.samples.push(...samples);
    else operations.push({ path: operation.path, method: operation.method, samples });
  }
  const documents: SpecDocument[] = [];
  const warnings: string[] = [];
  /** Output path → the file written there, so two specs never overwrite each other (a file they share is written once). */
  const writtenFrom = new Map<string, string>();
  for (const [source, operations] of bySource) {
    const files = new Map<string, SpecFile>();
    const read = (file: string) => {
      const spec = specFile(file, readFileSync(join(dirname(source), file), 'utf8'));
      files.set(file, spec);
      return spec;
    };
    const open: OpenFile = (from, ref) => {
      if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(ref)) return `its $ref "${ref}" is a URL, not a file beside the spec`;
      let file: string;
      try {
        file = posix.normalize(posix.join(posix.dirname(from.file), decodeURI(ref)));
      } catch {
        return `its $ref "${ref}" is not a valid URI reference`;
      }
      if (file.startsWith('../') || posix.isAbsolute(file)) return `its $ref "${ref}" leads outside the spec's directory, where the output cannot mirror it`;
      try {
        return files.get(file) ?? read(file);
      } catch (error) {
        if (error instanceof InputError) return `${ref}: ${error.message}`;
        return `its $ref "${ref}" names a file that cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
      }
    };
    let root: SpecFile;
    try {
      root = read(basename(source));
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`${source}: ${error.message}`);
      throw new InputError(`${source}: cannot read the spec to write samples into (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    const sourceWarnings = writeSamples(root, operations, options, open);
    // Every file the spec refers to is written beside it, so the copy's relative $refs resolve in the output too.
    for (const spec of files.values()) {
      for (const ref of relativeRefs(spec.doc)) {
        const opened = open(spec, ref);
        if (typeof opened === 'string' && !sourceWarnings.includes(`${spec.file}: ${opened}.`)) sourceWarnings.push(`${spec.file}: ${opened}.`);
      }
    }
    for (const spec of files.values()) {
      const absolute = resolve(dirname(source), spec.file);
      const previous = writtenFrom.get(spec.file);
      if (previous === absolute) continue;
      if (previous !== undefined) throw new InputError(`${source}: ${spec.file} would be written over ${previous} with --format ${options.format}; build the two specs into separate output directories`);
      if (spec.file === 'manifest.json') throw new InputError(`${source}: a spec file named manifest.json cannot be written with --format ${options.format}: the build's manifest has that name; rename it`);
      writtenFrom.set(spec.file, absolute);
      documents.push({ file: spec.file, content: spec.bom + applyEdits(spec.text, spec.edits) });
    }
    warnings.push(...sourceWarnings.map((warning) => `${source}: ${warning}`));
  }
  return { documents, warnings };
}
