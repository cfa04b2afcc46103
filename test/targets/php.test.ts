import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { generateSnippet, type RequestInput } from '../../src/index.js';
import { isPhpIntegerKey } from '../../src/targets/php/shared.js';

const phpAvailable = (() => {
  try {
    execFileSync('php', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('isPhpIntegerKey', () => {
  const candidates = ['0', '7', '123', '-7', '9223372036854775807', '-9223372036854775808', '9223372036854775808', '007', '-0', '1.5', '1e3', ' 1', '+1', 'X-1', ''];

  it.runIf(phpAvailable)('says what PHP does with the text as an array key', () => {
    const script = 'foreach (json_decode(stream_get_contents(STDIN)) as $key) { echo is_int(array_key_first([$key => 1])) ? "1" : "0"; }';
    const integers = execFileSync('php', ['-r', script], { input: JSON.stringify(candidates) }).toString();
    expect(candidates.map((key) => (isPhpIntegerKey(key) ? '1' : '0')).join('')).toBe(integers);
  });
});

const post = (extra: Partial<RequestInput>): RequestInput => ({ method: 'POST', url: 'https://api.example.com/x', ...extra }) as RequestInput;

describe('headers named by a number', () => {
  const request = post({ headers: [{ name: '123', value: 'a' }, { name: '123', value: 'b' }, { name: 'X-Kept', value: 'yes' }] });

  it('php-symfony-http-client writes them as a `Name: value` line (an integer key reads as one), repeats joined with a warning', () => {
    const { code, warnings } = generateSnippet(request, 'php-symfony-http-client');
    expect(code).toContain("        '123: a, b',\n        'X-Kept' => 'yes',\n");
    expect(warnings).toContain('Symfony HttpClient keeps one 123 header given as a line; its repeated values are joined with ", " (equivalent under RFC 9110).');
  });

  it('php-pecl-http leaves them out with a warning (pecl_http drops them)', () => {
    const { code, warnings } = generateSnippet(request, 'php-pecl-http');
    expect(code).not.toContain("'123'");
    expect(code).toContain("'X-Kept' => 'yes'");
    expect(warnings).toContain('pecl_http drops a header whose name is a number: 123 is not sent.');
  });

  it('php-guzzle keeps them as keys (guzzlehttp/psr7 casts an integer name back to a string)', () => {
    expect(generateSnippet(request, 'php-guzzle').code).toContain("'123' => ['a', 'b'],");
  });
});

describe('multipart bodies', () => {
  const text = (key: string, value: string, contentType?: string) => ({ key, value, ...(contentType !== undefined && { contentType }) });
  const file = (key: string, src: string) => ({ type: 'file', key, src });
  const multipart = (...params: object[]) => post({ body: { mode: 'formdata', params } as never });

  it('php-curl sends a CURLOPT_POSTFIELDS array, and writes the body itself when a key repeats or a text part has a type', () => {
    expect(generateSnippet(multipart(text('a', '1'), file('doc', 'upload.txt')), 'php-curl').code).toContain("'doc' => new CURLFile('upload.txt', '', 'upload.txt'),");
    for (const request of [multipart(text('a', '1'), text('a', '2')), multipart(text('meta', '{}', 'application/json'))]) {
      const { code } = generateSnippet(request, 'php-curl');
      expect(code).toContain("'Content-Type: multipart/form-data; boundary=' . $boundary,");
      expect(code).not.toContain('CURLFile');
    }
  });

  it('php-pecl-http uses addForm() only when it keeps the parts as listed (texts before files, file names from the paths)', () => {
    expect(generateSnippet(multipart(text('a', '1'), file('doc', 'upload.txt')), 'php-pecl-http').code).toContain("addForm([\n    'a' => '1',\n], [\n    ['name' => 'doc', 'type' => 'application/octet-stream', 'file' => 'upload.txt'],\n]);");
    expect(generateSnippet(multipart(file('doc', 'upload.txt')), 'php-pecl-http').code).toContain('addForm(null, [');
    for (const request of [multipart(file('doc', 'upload.txt'), text('a', '1')), multipart(file('doc', 'q"uote.txt'))]) {
      expect(generateSnippet(request, 'php-pecl-http').code).not.toContain('addForm');
    }
  });
});
