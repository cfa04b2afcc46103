import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmdArg, cmdWord } from '../../src/targets/shell/cmd.js';
import { crtArgv, readCmdLine } from './cmd-line.js';

const HOSTILE = [
  '',
  ' ',
  `"; rm -rf ~; " $(id) \`id\` #{system('id')} \${HOME} & calc | more < in > out ( ) ^ !x!`,
  '%PATH% %USERNAME% %%a %~dp0 %1 %',
  'say "hi" \\"quoted\\" \\\\"',
  'back\\slash\\',
  '\\',
  '"',
  '""',
  '\\"%\\%"\\',
  'tab\there',
  '{{baseUrl}}/x?a=1&b=2|3',
  'Zoë ✓ 😀',
];

describe('the cmd line reader of the tests follows Microsoft\'s documented examples', () => {
  it.each([
    ['"a b c" d e', ['a b c', 'd', 'e']],
    ['"ab\\"c" "\\\\" d', ['ab"c', '\\', 'd']],
    ['a\\\\\\b d"e f"g h', ['a\\\\\\b', 'de fg', 'h']],
    ['a\\\\\\"b c d', ['a\\"b', 'c', 'd']],
    ['a\\\\\\\\"b c" d e', ['a\\\\b c', 'd', 'e']],
    ['a"b"" c d', ['ab" c d']],
  ])('%s', (line, argv) => {
    expect(crtArgv(line)).toEqual(argv);
  });
});

describe('cmdArg', () => {
  it('writes plain text in double quotes, quotes and percent signs outside them', () => {
    expect(cmdArg('a b & c')).toBe('"a b & c"');
    expect(cmdArg('say "hi"')).toBe('"say "\\^""hi"\\^"');
    expect(cmdArg('100%')).toBe('"100"^%');
    expect(cmdArg('dir\\')).toBe('"dir\\\\"');
    expect(cmdArg('')).toBe('""');
    expect(cmdWord('PUT')).toBe('PUT');
    expect(cmdWord('P T')).toBe('"P T"');
  });

  it.each(HOSTILE)('%j reaches the program as written, with no expansion and no cmd syntax', (text) => {
    const { argv, problems } = readCmdLine(`curl ${cmdArg(text)} --next`);
    expect(problems).toEqual([]);
    expect(argv).toEqual(['curl', text, '--next']);
  });

  it('any text without a line break or NUL reaches the program as written (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('"', '\\', '%', '^', '&', '|', '<', '>', '(', ')', '!', ' ', '\t', 'a', 'é', '😀', '=') }), { maxLength: 4 }), (texts) => {
        const { argv, problems } = readCmdLine(['curl', ...texts.map(cmdArg)].join(' ^\n  '));
        expect(problems).toEqual([]);
        expect(argv).toEqual(['curl', ...texts]);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves out CR and LF, which no command line can carry', () => {
    expect(readCmdLine(`x ${cmdArg('a\r\nb')}`).argv).toEqual(['x', 'ab']);
  });
});
