import fc from 'fast-check';
import type Parser from 'web-tree-sitter';
import { describe, expect, it } from 'vitest';
import { generateSnippet, prepareRequest, type PreparedRequest } from '../src/index.js';
import { dispositionQuoted } from '../src/escape/multipart.js';
import { swiftStr, swiftText } from '../src/escape/swift.js';
import { joinRepeatedHeaders } from '../src/targets/shared.js';
import { fixtures } from './fixtures.js';
import { decodeSwiftLiteral } from './fuzz/decoders/swift.js';
import { parserFor, treeSitterProblems } from './syntax/tree-sitter.js';

/**
 * There is no Swift toolchain on this machine (none in Debian 12 or npm), so the swift-urlsession
 * snippets are verified statically instead of run: each one must parse with tree-sitter-swift without
 * an ERROR or MISSING node, every string literal must decode (by test/fuzz/decoders/swift.ts, written
 * from the Swift reference, independent of src/escape/swift.ts) without an interpolation, and the
 * request the snippet builds, read back from its URLRequest calls, must be the request the model
 * describes.
 *
 * What this cannot see: Foundation's own behaviour at run time (how it re-encodes a URL, which headers
 * it adds or drops, how CFNetwork writes a non-ASCII or empty header value), and type errors.
 */

/** The request a swift-urlsession snippet builds, read from the calls the template writes. */
interface BuiltRequest {
  url: string | undefined;
  method: string | undefined;
  /** `addValue` pairs in order; a value built from the multipart boundary reads as MULTIPART. */
  headers: { name: string; value: string }[];
  /** `let parameters = "..."`, `Data(contentsOf:)` for the whole body, or the appendPart calls. */
  text: string | undefined;
  file: string | undefined;
  parts: { headers: string; value?: string; src?: string }[];
  /** Whether `request.httpBody = postData` is set. */
  sendsBody: boolean;
  /** Literals not read as request data: must all be fixed template text. */
  otherLiterals: string[];
}

const MULTIPART = '<multipart/form-data; boundary=...>';
/** The only literals the template writes itself. */
const FIXED_LITERALS = new Set(['Boundary-', '--', '\r\n', '\r\n\r\n', '--\r\n', 'multipart/form-data; boundary=']);
const LITERAL_TYPES = new Set(['line_string_literal', 'multi_line_string_literal', 'raw_string_literal']);

function readSnippet(root: Parser.SyntaxNode): BuiltRequest {
  const built: BuiltRequest = { url: undefined, method: undefined, headers: [], text: undefined, file: undefined, parts: [], sendsBody: false, otherLiterals: [] };
  const consumed = new Set<number>();
  const literal = (node: Parser.SyntaxNode | undefined): string | undefined => {
    if (node === undefined || !LITERAL_TYPES.has(node.type)) return undefined;
    consumed.add(node.id);
    return decodeSwiftLiteral(node.text);
  };
  const args = (call: Parser.SyntaxNode) => {
    const list = call.descendantsOfType('value_arguments')[0];
    return (list?.namedChildren ?? [])
      .filter((child) => child.type === 'value_argument')
      .map((arg) => ({ label: arg.childForFieldName('name')?.text, value: arg.childForFieldName('value') ?? undefined }));
  };
  /** `Data(contentsOf: URL(fileURLWithPath: "..."))` → the path. */
  const fileRead = (node: Parser.SyntaxNode | undefined): string | undefined => {
    if (node?.type !== 'call_expression' || node.child(0)?.text !== 'Data') return undefined;
    const [contentsOf] = args(node);
    if (contentsOf?.label !== 'contentsOf' || contentsOf.value?.type !== 'call_expression' || contentsOf.value.child(0)?.text !== 'URL') return undefined;
    const [path] = args(contentsOf.value);
    return path?.label === 'fileURLWithPath' ? literal(path.value) : undefined;
  };

  for (const call of root.descendantsOfType('call_expression')) {
    const callee = call.child(0)?.text;
    const callArgs = args(call);
    if (callee === 'URL' && callArgs[0]?.label === 'string') built.url = literal(callArgs[0].value);
    else if (callee === 'request.addValue' && callArgs.length === 2 && callArgs[1]!.label === 'forHTTPHeaderField') {
      const value = callArgs[0]!.value;
      const isBoundary = value?.type === 'additive_expression' && value.text === '"multipart/form-data; boundary=" + boundary';
      built.headers.push({ name: literal(callArgs[1]!.value) ?? '?', value: isBoundary ? MULTIPART : (literal(value) ?? `<expression ${value?.text}>`) });
    } else if (callee === 'appendPart' && callArgs.length === 2) {
      const headers = literal(callArgs[0]!.value) ?? '?';
      const content = callArgs[1]!.value;
      const src = fileRead(content);
      // Data("...".utf8): a navigation_expression `<literal>.utf8`.
      const utf8 = content?.type === 'call_expression' && content.child(0)?.text === 'Data' ? args(content)[0]?.value : undefined;
      const value = utf8?.type === 'navigation_expression' && utf8.text.endsWith('.utf8') ? literal(utf8.child(0) ?? undefined) : undefined;
      built.parts.push(src !== undefined ? { headers, src } : { headers, value: value ?? `<expression ${content?.text}>` });
    }
  }
  for (const declaration of root.descendantsOfType('property_declaration')) {
    const name = declaration.childForFieldName('name')?.text;
    const value = declaration.childForFieldName('value') ?? undefined;
    if (name === 'parameters') built.text = literal(value);
    if (name === 'postData' && value?.type === 'try_expression') built.file = fileRead(value.childForFieldName('expr') ?? undefined);
  }
  for (const assignment of root.descendantsOfType('assignment')) {
    const target = assignment.childForFieldName('target')?.text;
    if (target === 'request.httpMethod') built.method = literal(assignment.childForFieldName('result') ?? undefined);
    if (target === 'request.httpBody') built.sendsBody = assignment.childForFieldName('result')?.text === 'postData';
  }
  for (const type of LITERAL_TYPES) {
    for (const node of root.descendantsOfType(type)) if (!consumed.has(node.id)) built.otherLiterals.push(decodeSwiftLiteral(node.text));
  }
  return built;
}

/** What the snippet must build for a prepared request. */
function expectedFor(prepared: PreparedRequest): Omit<BuiltRequest, 'otherLiterals'> {
  const body = prepared.body;
  const refused = body.mode !== 'none' && (prepared.method === 'GET' || prepared.method === 'HEAD');
  const sent = refused ? { mode: 'none' as const } : body;
  const headers = joinRepeatedHeaders(prepared.headers, 'URLSession', []).map(({ name, value }) => ({ name, value }));
  if (sent.mode === 'formdata') headers.push({ name: 'Content-Type', value: MULTIPART });
  return {
    url: prepared.fullUrl,
    method: prepared.method,
    headers,
    text: sent.mode === 'raw' ? sent.text : sent.mode === 'urlencoded' ? sent.encoded : undefined,
    file: sent.mode === 'file' ? sent.src : undefined,
    parts:
      sent.mode === 'formdata'
        ? sent.params.map((field) => {
            const contentType = field.contentType ?? (field.type === 'file' ? 'application/octet-stream' : undefined);
            const headers =
              `Content-Disposition: form-data; name=${dispositionQuoted(field.key)}` +
              (field.type === 'file' ? `; filename=${dispositionQuoted(field.fileName)}` : '') +
              (contentType !== undefined ? `\r\nContent-Type: ${contentType}` : '');
            return field.type === 'file' ? { headers, src: field.src } : { headers, value: field.value };
          })
        : [],
    sendsBody: sent.mode !== 'none',
  };
}

async function verify(code: string, prepared: PreparedRequest): Promise<void> {
  const parser = await parserFor('swift');
  const problems = treeSitterProblems(parser, code);
  if (problems.length > 0) throw new Error(`syntax: ${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('; ')}`);
  const tree = parser.parse(code);
  try {
    const { otherLiterals, ...built } = readSnippet(tree.rootNode);
    expect(built).toEqual(expectedFor(prepared));
    expect(otherLiterals.filter((text) => !FIXED_LITERALS.has(text)), 'literals that are neither request data nor template text').toEqual([]);
  } finally {
    tree.delete();
  }
}

describe('the Swift escapers round-trip through decodeSwiftLiteral', () => {
  // The characters the escapers must handle, mixed with any other text.
  const hostile = fc.constantFrom('\\', '"', '""', '"""', '\n', '\r', '\t', '\0', '\\(x)', '\u2028', '\u202e', '\ufeff', '\u0085', '😀', 'é', ' ', '#');
  const text = fc.array(fc.oneof(hostile, fc.string({ unit: 'grapheme' })), { maxLength: 12 }).map((pieces) => pieces.join(''));

  it.each([
    ['swiftStr', swiftStr],
    ['swiftText', swiftText],
  ])('%s output decodes back to its input', (_name, escape) => {
    fc.assert(fc.property(text, (input) => decodeSwiftLiteral(escape(input)) === input), { numRuns: 1000 });
  });
});

describe('swift-urlsession snippets build the request the model describes', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const { code } = generateSnippet(fixture.request, 'swift-urlsession');
    await verify(code, prepareRequest(fixture.request));
  });
});

describe('the static verifier fails on a wrong snippet', () => {
  const fixture = fixtures.find((f) => f.name === 'headers-hostile')!;
  const prepared = prepareRequest(fixture.request);
  const { code } = generateSnippet(fixture.request, 'swift-urlsession');

  it.each([
    ['a changed header value', code.replace('"\'single\'', '"\'singel\'')],
    ['an interpolation', code.replace('\\\\(exploit)', '\\(exploit)')],
    ['a header left out', code.replace(/^request\.addValue\(.*"X-Comment"\)\n/m, '')],
    ['a wrong method', code.replace('httpMethod = "GET"', 'httpMethod = "POST"')],
    ['an unclosed literal', code.replace('"X-Quotes")', '"X-Quotes)')],
    ['a stray literal', code.replace('task.resume()', 'print("id")\ntask.resume()')],
  ])('%s', async (_name, broken) => {
    expect(broken).not.toBe(code);
    await expect(verify(broken, prepared)).rejects.toThrow();
  });
});
