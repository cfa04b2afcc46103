import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { Runner } from '../runner.js';

/**
 * Sends the .http file the way an HTTP-file client (IntelliJ, VS Code REST Client) does: head lines
 * joined with CRLF, the body as the bytes after the first blank line, each `< ./file` line replaced
 * by the file's bytes, and Content-Length counted from what is sent when files were taken in or the
 * file gives none.
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

function buildMessage(code: string, workDir: string): { head: string; body: Buffer } {
  const blank = code.indexOf('\n\n');
  const headLines = (blank === -1 ? code.replace(/\n$/, '') : code.slice(0, blank)).split('\n');
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
  // A printed Content-Length is what is tested; the generator leaves it out when files or placeholders
  // make it unknown, and the client counts it (after taking the files in) as an HTTP-file client does.
  const printedLength = headLines.some((line) => /^content-length:/i.test(line));
  const lines = pieces.length > 1 || !printedLength ? [...headLines.filter((line) => !/^content-length:/i.test(line)), `Content-Length: ${body.length}`] : headLines;
  return { head: lines.join('\r\n') + '\r\n\r\n', body };
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
