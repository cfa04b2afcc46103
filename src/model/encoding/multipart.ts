/**
 * A name or file name inside a multipart Content-Disposition quoted-string (`name="..."`): `\` and
 * `"` backslash-escaped, as Go's mime/multipart and Ruby's Net::HTTP write them (RFC 9110 5.6.4).
 */
export function dispositionQuoted(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => '\\' + c)}"`;
}

/**
 * A multipart field name or file name as browsers send it (WHATWG HTML, "multipart/form-data encoding
 * algorithm"): `"` → %22, CR → %0D, LF → %0A. Every client can then write it between quotes.
 */
export function formDataName(text: string): string {
  return text.replace(/["\r\n]/g, (c) => ({ '"': '%22', '\r': '%0D', '\n': '%0A' })[c]!);
}
