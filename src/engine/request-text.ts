/**
 * Request data on its way into a template. A template cannot print it with a bare `{{value}}`:
 * converting it to a string throws, so every request value reaches the snippet through a
 * per-language escaper helper (or `wire`, for the raw HTTP target that has no literals).
 */
export class RequestText {
  constructor(readonly text: string) {}

  toString(): string {
    throw new Error(`a template printed request data without an escaper helper: ${JSON.stringify(this.text.slice(0, 40))}`);
  }
}

export const t = (text: string) => new RequestText(text);
