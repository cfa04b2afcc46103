import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { Runner } from '../runner.js';

/**
 * Sends the .http file's bytes exactly as shown, with only what an HTTP-file client (VS Code REST
 * Client, IntelliJ) does to them:
 * - the head's lines end in CRLF (a file on disk has LF); the body after the first blank line is sent
 *   byte for byte, its line endings untouched;
 * - each `< ./file` body line is replaced by the file's bytes, and then, when the snippet printed no
 *   Content-Length (it cannot know the file's size), the length of what is sent is added, as those
 *   clients count it; a body without files gets no Content-Length the snippet did not print;
 * - `Authorization: Basic <username> <password>` (or `<username>:<password>`) is sent Base64-encoded,
 *   as both clients encode it (the generator prints it for credentials holding placeholders).
 */
export const runner: Runner = {
  requires: [],
  async run(code, workDir) {
    writeFileSync(join(workDir, 'request.http'), code);
    const { head, body } = buildMessage(code, workDir);
    const host = /^host:[ \t]*([^\r\n]*)$/im.exec(head)?.[1];
    const address = host === undefined ? undefined : /^(.+?)(?::(\d+))?$/.exec(host);
    if (address === undefined || address === null) throw new Error(`no Host line to connect to in:\n${head}`);
    const response = await send(address[1]!, Number(address[2] ?? 80), Buffer.concat([Buffer.from(head, 'utf8'), body]));
    if (!response.startsWith('HTTP/1.1 200')) throw new Error(`the server answered: ${response.slice(0, 200)}`);
  },
};

const FILE_LINE = /^< (\.{0,2}\/[^\r\n]*)/gm;

export function buildMessage(code: string, workDir: string): { head: string; body: Buffer } {
  const blank = code.indexOf('\n\n');
  const headLines = (blank === -1 ? code.replace(/\n$/, '') : code.slice(0, blank)).split('\n').map(encodeBasicCredentials);
  if (blank === -1) return { head: headLines.join('\r\n') + '\r\n\r\n', body: Buffer.alloc(0) };

  const bodyText = code.slice(blank + 2);
  const pieces: Buffer[] = [];
  let last = 0;
  for (const match of bodyText.matchAll(FILE_LINE)) {
    pieces.push(Buffer.from(bodyText.slice(last, match.index), 'utf8'), readFileSync(join(workDir, match[1]!)));
    last = match.index + match[0].length;
  }
  pieces.push(Buffer.from(bodyText.slice(last), 'utf8'));
  const body = Buffer.concat(pieces);
  const tookInFiles = pieces.length > 1;
  const printedLength = headLines.some((line) => /^content-length:/i.test(line));
  const lines = tookInFiles && !printedLength ? [...headLines, `Content-Length: ${body.length}`] : headLines;
  return { head: lines.join('\r\n') + '\r\n\r\n', body };
}

/** `Basic user password` or `Basic user:password` → `Basic <Base64 of user:password>`; a Base64 token (no space, no ':') stays. */
function encodeBasicCredentials(line: string): string {
  const match = /^(authorization:[ \t]*basic[ \t]+)(\S+)(?:[ \t]+(.*)|)$/i.exec(line);
  if (match === null) return line;
  const [, prefix, first, rest] = match;
  const credentials = rest !== undefined ? `${first}:${rest}` : first!.includes(':') ? first! : undefined;
  return credentials === undefined ? line : prefix + Buffer.from(credentials, 'utf8').toString('base64');
}

function send(host: string, port: number, message: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, host, () => socket.end(message));
    socket.setTimeout(30_000, () => socket.destroy(new Error('no answer from the server within 30 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}
