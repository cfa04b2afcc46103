import { excerpt, positionOf, type SyntaxProblem } from './tree-sitter.js';

const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Visible ASCII only; `{` and `}` are allowed too, so `{{placeholders}}` stay readable. */
const requestTarget = /^(\/[\x21-\x7e]*|[A-Za-z][A-Za-z0-9+.-]*:[\x21-\x7e]+|\*)$/;
/** field-value: visible characters, SP and HTAB inside, obs-text (any non-ASCII, sent as UTF-8 bytes). */
const fieldValue = /^[\x21-\x7e\u0080-\u{10ffff}]([\t \x21-\x7e\u0080-\u{10ffff}]*[\x21-\x7e\u0080-\u{10ffff}])?$/u;

/** What HTTP-file clients (IntelliJ, VS Code REST Client) replace before sending: a `< ./path` line by the file's bytes. */
const fileInclusionLine = /^< (\.{0,2}\/|\/)/m;

/** A line of the message head and its offset in the message. */
export interface HeadLine {
  text: string;
  offset: number;
}

/** An HTTP message taken apart as HTTP-file clients read it; nothing is validated. */
export interface HttpMessage {
  requestLine: HeadLine;
  /** The lines after the request line, up to the blank line, each without its line ending. */
  headerLines: HeadLine[];
  /** Everything after the first blank line, byte for byte; '' when there is none. */
  body: string;
  /** Offset of the blank line (the message length when there is none). */
  headEnd: number;
}

/** Splits a message into its request line, header lines (CRLF or LF endings) and body. */
export function parseHttpMessage(message: string): HttpMessage {
  const blankLine = /\r?\n\r?\n/.exec(message);
  const headEnd = blankLine?.index ?? message.length;
  const head = message.slice(0, headEnd);
  const body = blankLine === null ? '' : message.slice(headEnd + blankLine[0].length);

  const lines: HeadLine[] = [];
  for (let offset = 0; offset < head.length || offset === 0; ) {
    const end = head.indexOf('\n', offset);
    const lineEnd = end === -1 ? head.length : end;
    lines.push({ text: head.slice(offset, lineEnd).replace(/\r$/, ''), offset });
    offset = lineEnd + 1;
  }
  const [requestLine, ...headerLines] = lines;
  return { requestLine: requestLine!, headerLines, body, headEnd };
}

/** A header line's name and value (optional whitespace around the value removed), or undefined when it has no colon. */
export function splitHeaderLine(text: string): { name: string; value: string } | undefined {
  const colon = text.indexOf(':');
  if (colon === -1) return undefined;
  return { name: text.slice(0, colon), value: text.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '') };
}

/**
 * Checks an HTTP/1.1 request message as the raw-HTTP target prints it (RFC 9112, in the HTTP-file
 * notation of IntelliJ and VS Code REST Client): request line `METHOD SP request-target SP HTTP/1.1`,
 * header lines `token ":" OWS value OWS`, exactly one Host, then a blank line and the body, framed by
 * a Content-Length equal to its UTF-8 byte length. Lines may end with CRLF or LF (a docs page shows
 * LF); the body is taken byte for byte after the blank line. Two allowances of that notation: a
 * message without a body may end after its last header line (the client ends the head), and a body
 * that takes in files (`< ./path` lines) has no Content-Length (the client counts it after reading
 * them). A body holding `{{placeholders}}` is counted as shown: sent as shown, it must be framed.
 */
export function httpMessageProblems(message: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const report = (offset: number, text: string) => problems.push({ ...positionOf(message, offset), message: text });
  const { requestLine, headerLines, body, headEnd } = parseHttpMessage(message);

  const parts = requestLine.text.split(' ');
  if (parts.length !== 3 || !token.test(parts[0]!) || !requestTarget.test(parts[1]!) || parts[2] !== 'HTTP/1.1') {
    report(0, `request line is not "METHOD SP request-target SP HTTP/1.1": ${excerpt(requestLine.text)}`);
  }

  const contentLengths: { value: string; offset: number }[] = [];
  let hosts = 0;
  for (const { text, offset } of headerLines) {
    const field = splitHeaderLine(text);
    if (field === undefined || !token.test(field.name)) {
      report(offset, `not a header line (token ":" value): ${excerpt(text)}`);
      continue;
    }
    const { name, value } = field;
    if (value !== '' && !fieldValue.test(value)) report(offset + name.length + 1, `header ${name} has a control character in its value: ${excerpt(value)}`);
    const lowerName = name.toLowerCase();
    if (lowerName === 'host') hosts++;
    if (lowerName === 'content-length') contentLengths.push({ value, offset });
  }
  if (hosts !== 1) report(0, `an HTTP/1.1 request needs exactly one Host header, found ${hosts}`);

  const bodyBytes = Buffer.byteLength(body, 'utf8');
  if (fileInclusionLine.test(body)) {
    for (const { offset } of contentLengths) report(offset, 'Content-Length with a body that takes in files: the printed text cannot be counted');
  } else {
    for (const { value, offset } of contentLengths) {
      if (value !== String(bodyBytes)) report(offset, `Content-Length: ${value} but the body is ${bodyBytes} bytes`);
    }
    if (bodyBytes > 0 && contentLengths.length === 0) {
      report(headEnd, `a ${bodyBytes}-byte body without Content-Length: the server cannot tell where it ends`);
    }
  }
  return problems;
}
