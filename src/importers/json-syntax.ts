/**
 * Finds where and why JSON text is invalid. Node 20's JSON.parse does not always say where
 * ("Unexpected token 'x', "..." is not valid JSON"), so after it fails this strict RFC 8259 scanner
 * walks the text again to point at the first bad character.
 */
export interface JsonSyntaxError {
  /** Index in the text (UTF-16 units) of the first character that cannot be right. */
  offset: number;
  message: string;
}

class Failure {
  constructor(readonly offset: number, readonly message: string) {}
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.skipSpace();
    if (scanner.pos < text.length) scanner.fail(`unexpected ${scanner.describe()} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Failure) return { offset: error.offset, message: error.message };
    throw error;
  }
}

/**
 * Offset of the first `[` or `{` that opens a level deeper than `maxDepth`, or undefined. JSON.parse
 * copes with deep nesting, but the recursive walks after it (this file's scanner, variable
 * substitution, JSON.stringify) overflow the stack; no request or collection is nested that deep.
 * Iterative, and it steps over strings so brackets inside them do not count.
 */
export function findExcessiveNesting(text: string, maxDepth: number): number | undefined {
  const interesting = /["[\]{}]/g;
  let depth = 0;
  for (let match = interesting.exec(text); match !== null; match = interesting.exec(text)) {
    const ch = match[0];
    if (ch === '"') {
      interesting.lastIndex = stringEnd(text, match.index);
    } else if (ch === '[' || ch === '{') {
      if (++depth > maxDepth) return match.index;
    } else {
      depth--;
    }
  }
  return undefined;
}

/** Index just past the string opening at `start` (the end of the text when it is unterminated). */
function stringEnd(text: string, start: number): number {
  for (let quote = text.indexOf('"', start + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text[quote - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
  }
  return text.length;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(message: string, offset = this.pos): never {
    throw new Failure(offset, message);
  }

  describe(): string {
    const ch = this.text.codePointAt(this.pos);
    if (ch === undefined) return 'end of input';
    return ch < 0x20 || ch === 0x7f ? `control character U+${ch.toString(16).toUpperCase().padStart(4, '0')}` : `'${String.fromCodePoint(ch)}'`;
  }

  skipSpace(): void {
    while (/[ \t\n\r]/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  value(): void {
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    if (ch === "'") this.fail("strings must be in double quotes, not single quotes");
    this.fail(`unexpected ${this.describe()}, expected a value`);
  }

  private object(): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') {
        const trailingComma = this.text[this.pos] === '}' ? ' (remove the trailing comma)' : '';
        this.fail(`expected a property name in double quotes, got ${this.describe()}${trailingComma}`);
      }
      this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail(`expected ':' after the property name, got ${this.describe()}`);
      this.pos++;
      this.value();
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      if (this.text[this.pos] === '}') {
        this.pos++;
        return;
      }
      this.fail(`expected ',' or '}' after a property value, got ${this.describe()}`);
    }
  }

  private array(): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === ']') this.fail("unexpected ']', expected a value (remove the trailing comma)");
      this.value();
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      if (this.text[this.pos] === ']') {
        this.pos++;
        return;
      }
      this.fail(`expected ',' or ']' after an array element, got ${this.describe()}`);
    }
  }

  private string(): void {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail('unterminated string', start);
      if (ch === '"') {
        this.pos++;
        return;
      }
      if (ch < ' ') this.fail(`${this.describe()} inside a string; write it as an escape such as \\n or \\t`);
      if (ch === '\\') {
        const escape = this.text[this.pos + 1];
        if (escape === 'u') {
          if (!/^[0-9A-Fa-f]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.fail('\\u must be followed by 4 hex digits');
          this.pos += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) this.fail(`invalid escape '\\${escape ?? ''}' in a string`);
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match === null) this.fail(`invalid number`);
    this.pos += match[0].length;
  }
}
