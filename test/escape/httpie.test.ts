import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTH_SEPARATOR_CHARACTERS, httpieCannotCarry, httpieItem } from '../../src/targets/shell/httpie/escape.js';

const PYTHON = '/usr/bin/python3';

const hasHttpie = (() => {
  try {
    execFileSync(PYTHON, ['-c', 'import httpie.cli.argtypes'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

interface Parsed {
  key: string;
  sep: string;
  value: string;
}

/**
 * How HTTPie itself reads each argument: its request-item parser (or the --auth one, when `auth`),
 * all in one python process; arguments and results travel as JSON.
 */
function parseWithHttpie(items: readonly string[], auth = false): Parsed[] {
  const parser = auth ? 'AuthCredentialsArgType(SEPARATOR_CREDENTIALS)' : 'KeyValueArgType(*SEPARATOR_GROUP_ALL_ITEMS)';
  const script = [
    'import json, sys',
    'from httpie.cli.argtypes import KeyValueArgType, AuthCredentialsArgType',
    'from httpie.cli.constants import SEPARATOR_GROUP_ALL_ITEMS, SEPARATOR_CREDENTIALS',
    `parse = ${parser}`,
    'out = []',
    'for item in json.load(sys.stdin):',
    '    arg = parse(item)',
    '    out.append({"key": arg.key, "sep": arg.sep, "value": arg.value})',
    'print(json.dumps(out))',
  ].join('\n');
  return JSON.parse(execFileSync(PYTHON, ['-c', script], { input: JSON.stringify(items), encoding: 'utf8' })) as Parsed[];
}

const HOSTILE = [
  '',
  `"; rm -rf ~; " $(id) \`id\` #{system('id')} \\(exploit) \${HOME} '; require('child_process').exec('id'); ' <?php */ %s`,
  'a:b;c=d@e',
  '=starts with equals',
  '@starts with at',
  ':=@',
  '==',
  'https://app.example.com:8443/x?y=1',
  'back\\slash\\ \\n \\\\',
  'Zoë ✓ 😀',
];
const SEPARATORS = [':', '=', '@'];

describe.skipIf(!hasHttpie)('httpieItem, read back by HTTPie 3', () => {
  it('keeps hostile keys and values, for each separator', () => {
    const cases = HOSTILE.filter((text) => !httpieCannotCarry(text, true)).flatMap((key) =>
      HOSTILE.filter((text) => !httpieCannotCarry(text, false)).flatMap((value) => SEPARATORS.map((sep) => ({ key: key === '' ? 'k' : key, sep, value }))),
    );
    expect(parseWithHttpie(cases.map(({ key, sep, value }) => httpieItem(key, sep, value)))).toEqual(cases);
  });

  it('keeps any text it says it can carry', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ':', ';', '=', '@', '\\', 'é', ' ') });
    const cases = fc.sample(fc.record({ key: text.filter((k) => k !== '' && !httpieCannotCarry(k, true)), sep: fc.constantFrom(...SEPARATORS), value: text.filter((v) => !httpieCannotCarry(v, false)) }), { numRuns: 500, seed: 7 });
    expect(parseWithHttpie(cases.map(({ key, sep, value }) => httpieItem(key, sep, value)))).toEqual(cases);
  });

  it('--auth user:password keeps a colon in the user name', () => {
    const cases = [
      { key: 'ann', sep: ':', value: 'p@ss=w:rd' },
      { key: 'a:b@c', sep: ':', value: '' },
    ];
    expect(parseWithHttpie(cases.map(({ key, sep, value }) => httpieItem(key, sep, value, AUTH_SEPARATOR_CHARACTERS)), true)).toEqual(cases);
  });

  it('names what it cannot carry: an odd run of backslashes before a separator character, or ending a key', () => {
    expect(httpieCannotCarry('a\\:b', false)).toBe(true);
    expect(httpieCannotCarry('a\\\\\\:b', false)).toBe(true);
    expect(httpieCannotCarry('a\\\\:b', false)).toBe(false);
    expect(httpieCannotCarry('a\\=', false)).toBe(true);
    expect(httpieCannotCarry('a\\', true)).toBe(true);
    expect(httpieCannotCarry('a\\', false)).toBe(false);
    expect(httpieCannotCarry('a\\b\\\\', true)).toBe(false);
    // The text HTTPie reads from the escaped form differs, which is why the snippet warns.
    expect(parseWithHttpie([httpieItem('k', ':', 'a\\:b')])[0]!.value).not.toBe('a\\:b');
  });
});
