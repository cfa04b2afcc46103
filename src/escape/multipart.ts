/**
 * A name or file name inside a multipart Content-Disposition quoted-string (`name="..."`): `\` and
 * `"` backslash-escaped, as Go's mime/multipart and Ruby's Net::HTTP write them (RFC 9110 5.6.4).
 */
export function dispositionQuoted(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => '\\' + c)}"`;
}
