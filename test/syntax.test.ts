import { beforeAll, describe, expect, it } from 'vitest';
import { findTarget, generate, targetIds } from '../src/index.js';
import { fixtures } from './fixtures.js';
import { checkerFor, formatProblems, grammarChecker, grammarByLanguage, httpChecker, parsedByOwnParser } from './syntax/checkers.js';
import { httpMessageProblems } from './syntax/http-message.js';
import { brokenSamples } from './syntax/samples.js';
import type { GrammarName } from './syntax/tree-sitter.js';

/**
 * Every fixture × every target parses without an ERROR or MISSING node in its language's tree-sitter
 * grammar (the raw HTTP target: a well-formed HTTP/1.1 message). Targets come from the registry.
 */
describe.each(targetIds)('%s', (targetId) => {
  const info = findTarget(targetId)!.info;
  const check = checkerFor(info);
  // A language checked by its own parser may need seconds to start it.
  beforeAll(() => parsedByOwnParser[info.language]?.ready(), 120_000);

  it('has a syntax checker for its language', () => {
    expect(check, `no syntax checker for language "${info.language}": map it in test/syntax/checkers.ts`).toBeDefined();
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s parses', async (_name, fixture) => {
    const code = generate(fixture.request, targetId);
    const problems = await check!(code);
    expect(formatProblems(code, problems), `${targetId} snippet for ${fixture.name} has syntax errors`).toBe('');
  });
});

describe('the checker fails on broken code', () => {
  it.each(Object.entries(brokenSamples))('%s', async (grammar, sample) => {
    const check = grammarChecker(grammar as GrammarName);
    expect(formatProblems(sample.valid, await check(sample.valid))).toBe('');
    const problems = await check(sample.broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.line).toBe(sample.brokenLine);
  });

  it('covers every grammar a language maps to', () => {
    expect(Object.keys(brokenSamples).sort()).toEqual([...new Set(Object.values(grammarByLanguage))].sort());
  });

  it('php: fails on code that leaves PHP mode, which still parses', async () => {
    const problems = await grammarChecker('php')(`<?php\n// X-Comment: ?> echo 'id';\n$request->send();\n`);
    expect(problems.map((p) => [p.line, p.message])).toEqual([[2, `text outside PHP mode (after a ?>): "?> echo 'id';\\n$request->send();\\n"`]]);
    expect((await grammarChecker('php')(`$request->send();\n`))[0]?.message).toBe('a PHP snippet must start with <?php');
  });

  it('reports the line, column and offending text', async () => {
    const problems = await grammarChecker('python')(`x = 1\ny = 'it's'\n`);
    expect(formatProblems(`x = 1\ny = 'it's'\n`, problems)).toMatch(/^2:\d+ unexpected ".*"\n {4}y = 'it's'\n {4} *\^/);
  });
});

describe('HTTP/1.1 message checker', () => {
  const valid = 'POST /v1/items?q=a%20b HTTP/1.1\nHost: {{baseUrl}}\nContent-Type: text/plain\nContent-Length: 6\n\nhéllo';

  const withFile = 'PUT /blobs HTTP/1.1\nHost: example.com\nContent-Type: text/plain\n\nbefore\n< ./upload.txt\n';

  it('accepts a well-formed message, with LF or CRLF lines, with or without a body', async () => {
    expect(await httpChecker(valid)).toEqual([]);
    expect(httpMessageProblems(valid.replaceAll('\n', '\r\n'))).toEqual([]);
    expect(httpMessageProblems('GET / HTTP/1.1\nHost: example.com\nX-Empty:\n\n')).toEqual([]);
    // The HTTP-file notation: the client ends a head that has no body, and counts a body that takes in files.
    expect(httpMessageProblems('GET / HTTP/1.1\nHost: example.com\n')).toEqual([]);
    expect(httpMessageProblems(withFile)).toEqual([]);
    expect(httpMessageProblems('POST / HTTP/1.1\nHost: example.com\nContent-Length: 20\n\n{"name": "{{name}}"}')).toEqual([]);
    expect(httpMessageProblems('OPTIONS * HTTP/1.1\nHost: example.com\nX-Utf8: ünïcödé\n\n')).toEqual([]);
  });

  it.each([
    ['a request line without the version', valid.replace(' HTTP/1.1', ''), 1, /request line/],
    ['a space in the request target', valid.replace('a%20b', 'a b'), 1, /request line/],
    ['a lowercase version', valid.replace('HTTP/1.1', 'http/1.1'), 1, /request line/],
    ['a header name with a space', valid.replace('Content-Type', 'Content Type'), 3, /not a header line/],
    ['a header line without a colon', valid.replace('Content-Type:', 'Content-Type'), 3, /not a header line/],
    ['a folded header line', valid.replace('\nContent-Type', '\n Content-Type'), 3, /not a header line/],
    ['a control character in a value', valid.replace('text/plain', 'text/\u0000plain'), 3, /control character/],
    ['a CR alone inside a value', valid.replace('text/plain', 'text/\rplain'), 3, /control character/],
    ['no Host', valid.replace('Host: {{baseUrl}}\n', ''), 1, /Host/],
    ['two Hosts', valid.replace('Host: {{baseUrl}}\n', 'Host: a\nHost: b\n'), 1, /Host/],
    ['a Content-Length counting characters, not bytes', valid.replace('Length: 6', 'Length: 5'), 4, /body is 6 bytes/],
    ['a body without Content-Length', valid.replace('Content-Length: 6\n', ''), 3, /without Content-Length/],
    ['a body without the blank line before it', 'POST / HTTP/1.1\nHost: example.com\nContent-Length: 2\n{}', 4, /not a header line/],
    ['a Content-Length with a body that takes in a file', withFile.replace('\n\n', '\nContent-Length: 21\n\n'), 4, /takes in files/],
    ['a body holding a placeholder without Content-Length', 'POST / HTTP/1.1\nHost: example.com\n\n{"name": "{{name}}"}', 2, /without Content-Length/],
  ])('rejects %s', (_name, message, line, text) => {
    const problems = httpMessageProblems(message);
    expect(problems.length, JSON.stringify(message)).toBeGreaterThan(0);
    expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.message).toMatch(text);
  });
});
