/**
 * HTTPie's request items (`Header:value`, `Header;`, `field=value`, `field@path`) and `--auth
 * user:password`, read by HTTPie 3.x's KeyValueArgType: the argument is split at the first
 * unescaped separator (the longest one starting there: `:=` wins over `:`), and a backslash escapes
 * exactly the characters separators are made of, which it turns back into themselves anywhere in
 * the argument. Any other backslash stays as it is. These strings still need shell quoting.
 */

/** The characters of every request-item separator (`:` `;` `=` `@` and their compounds `:=`, `==`, `:=@` ...). */
export const ITEM_SEPARATOR_CHARACTERS = ':;=@';
/** `--auth` knows one separator. */
export const AUTH_SEPARATOR_CHARACTERS = ':';

const escapeAll = (text: string, specials: string) => text.replace(new RegExp(`[${specials}]`, 'g'), (c) => '\\' + c);

/**
 * `key` + `separator` + `value` as one item: every separator character of the key escaped (so the
 * separator written is the first one), and the value's first character when it is one (so `:` + `=x`
 * is not read as `:=`). The rest of the value is left readable: no separator is looked for after the first.
 */
export function httpieItem(key: string, separator: string, value: string, specials = ITEM_SEPARATOR_CHARACTERS): string {
  const first = value.slice(0, 1);
  return escapeAll(key, specials) + separator + (specials.includes(first) && first !== '' ? '\\' + first : first) + value.slice(1);
}

/**
 * True when HTTPie cannot read `text` back from any item. Its tokenizer takes a backslash and the
 * character after it as a pair: a separator character after it is unescaped, any other pair (two
 * backslashes included) stays as written. So a run of backslashes of odd length cannot stand before a separator
 * character (nor, in a key, before the separator that follows it).
 */
export function httpieCannotCarry(text: string, asKey: boolean, specials = ITEM_SEPARATOR_CHARACTERS): boolean {
  return new RegExp(`(?:^|[^\\\\])(?:\\\\\\\\)*\\\\(?:[${specials}]${asKey ? '|$' : ''})`).test(text);
}
