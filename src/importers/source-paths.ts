/**
 * Where the fields of an imported request model were read from in the input file, so a validation error
 * names the field a user sees there: the model's `headers[1].name` is a Postman item's `header[2].key`
 * when a disabled header came first.
 */
export class SourcePaths {
  private readonly fields = new Map<string, string>();
  private readonly lists = new Map<string, { source: string; indexes: readonly number[]; names: Readonly<Record<string, string>> }>();

  /** A model field (`method`, `body.text`) read from one place (`request.method`, `request.body.raw`). */
  field(modelPath: string, sourcePath: string): this {
    this.fields.set(modelPath, sourcePath);
    return this;
  }

  /**
   * A model list (`headers`) whose element i was read from `source[indexes[i]]`, its fields renamed by
   * `names` (`{ name: 'key' }`); an element without a known source index is named by the list alone.
   */
  list(modelPath: string, source: string, indexes: readonly number[], names: Readonly<Record<string, string>> = {}): this {
    this.lists.set(modelPath, { source, indexes, names });
    return this;
  }

  /** The source path of a model path (as zod reports it), or undefined when it was not recorded. */
  describe(path: readonly PropertyKey[]): string | undefined {
    for (let length = path.length; length > 0; length--) {
      const key = dotted(path.slice(0, length));
      const list = this.lists.get(key);
      if (list !== undefined && typeof path[length] === 'number') {
        const index = list.indexes[path[length] as number];
        if (index === undefined) return list.source;
        const [field, ...rest] = path.slice(length + 1);
        const renamed = field === undefined ? [] : [list.names[String(field)] ?? field];
        return appendPath(`${list.source}[${index}]`, [...renamed, ...rest]);
      }
      const field = this.fields.get(key);
      if (field !== undefined) return appendPath(field, path.slice(length));
    }
    return undefined;
  }
}

function dotted(path: readonly PropertyKey[]): string {
  return appendPath('', path);
}

function appendPath(start: string, parts: readonly PropertyKey[]): string {
  return parts.reduce<string>((path, part) => (typeof part === 'number' ? `${path}[${part}]` : path === '' ? String(part) : `${path}.${String(part)}`), start);
}
