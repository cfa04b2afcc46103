import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { isReorderedObjectKey, jsKey, jsStr, jsStrSingle, jsText, jsTextSingle, prettierQuote } from '../../src/targets/javascript/escape.js';

const HOSTILE = [
  '',
  `"; rm -rf ~; " $(id) \`id\` #{system('id')} \\(exploit) \${HOME} '; require('child_process').exec('id'); ' <?php */ %s`,
  "it's",
  'say "hi"',
  `'"`,
  'back\\slash\\',
  'line\nbreak\r\nthen\ttab',
  'nul\0 del\x7f nel\x85 ls\u2028 ps\u2029 rlo\u202e bom\ufeff',
  'Zoë ✓ 😀',
  '${x} `y` $z',
  '</script><!--',
];

/** The value a JavaScript literal evaluates to. */
const evaluate = (literal: string) => runInNewContext(literal) as string;

describe('prettierQuote', () => {
  it('keeps the preferred quote unless the text holds more of it than of the other', () => {
    expect(prettierQuote('plain', '"')).toBe('"');
    expect(prettierQuote(`it's`, '"')).toBe('"');
    expect(prettierQuote('say "hi"', '"')).toBe("'");
    expect(prettierQuote(`'"`, '"')).toBe('"');
    expect(prettierQuote(`'"`, "'")).toBe("'");
    expect(prettierQuote(`it's`, "'")).toBe('"');
    expect(prettierQuote(`it's "a" "b"`, "'")).toBe("'");
  });
});

describe('jsStr / jsStrSingle', () => {
  it('picks the quote with fewer escapes and escapes only that one', () => {
    expect(jsStr('say "hi"')).toBe(`'say "hi"'`);
    expect(jsStr("it's")).toBe(`"it's"`);
    expect(jsStr(`'"`)).toBe(`"'\\""`);
    expect(jsStrSingle("it's")).toBe(`"it's"`);
    expect(jsStrSingle('say "hi"')).toBe(`'say "hi"'`);
    expect(jsStrSingle(`'"`)).toBe(`'\\'"'`);
  });

  it('escapes backslashes, line breaks and every invisible character', () => {
    expect(jsStr('a\\b')).toBe('"a\\\\b"');
    expect(jsStr('a\nb\r\tc')).toBe('"a\\nb\\r\\tc"');
    expect(jsStr('\0\x7f\x85')).toBe('"\\x00\\x7F\\x85"');
    expect(jsStr('\u2028\u2029\u202e\ufeff')).toBe('"\\u2028\\u2029\\u202E\\uFEFF"');
    expect(jsStr('Zoë 😀 ${x} `y`')).toBe('"Zoë 😀 ${x} `y`"');
  });

  it.each(HOSTILE)('evaluates back to the text: %j', (text) => {
    expect(evaluate(jsStr(text))).toBe(text);
    expect(evaluate(jsStrSingle(text))).toBe(text);
  });
});

describe('jsText / jsTextSingle', () => {
  it('writes multi-line text as a template literal with backticks and ${ escaped', () => {
    expect(jsText('a\n`b` ${c} $d')).toBe('`a\n\\`b\\` \\${c} $d`');
    expect(jsText('\tx\ny\\')).toBe('`\\tx\ny\\\\`');
  });

  it('falls back to a string when the text is one line or holds a CR or other invisible', () => {
    expect(jsText('one line')).toBe('"one line"');
    expect(jsTextSingle('one line')).toBe("'one line'");
    expect(jsText('a\r\nb')).toBe('"a\\r\\nb"');
    expect(jsTextSingle('a\n\u2028b')).toBe("'a\\n\\u2028b'");
  });

  it.each(HOSTILE)('evaluates back to the text: %j', (text) => {
    expect(evaluate(jsText(text))).toBe(text);
    expect(evaluate(jsTextSingle(text))).toBe(text);
  });
});

describe('isReorderedObjectKey', () => {
  it('names exactly the keys an object literal written with jsKey does not keep in place (and keeps them all)', () => {
    const keys = ['b', '1', '01', '-1', '1.5', '4294967294', '4294967295', '__proto__', 'constructor'];
    const literal = `({ ${keys.map((k) => `${jsKey(k)}: 0`).join(', ')} })`;
    const kept = Object.keys(runInNewContext(literal) as object);
    const inPlace = keys.filter((k) => !isReorderedObjectKey(k));
    expect(kept).toHaveLength(keys.length);
    expect(kept.slice(-inPlace.length)).toEqual(inPlace);
    expect(keys.filter(isReorderedObjectKey)).toEqual(['1', '4294967294']);
  });
});

describe('against any text', () => {
  const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('"', "'", '`', '\\', '$', '{', '\n', '\r', '\u2028', '\0'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 30 });

  it('every literal evaluates back to its text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const escape of [jsStr, jsStrSingle, jsText, jsTextSingle]) expect(evaluate(escape(text))).toBe(text);
      }),
    );
  });

  it('prettier leaves every literal as it is (same quote, same escapes)', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const doubleStyle = `x = ${jsStr(text)};\ny = ${jsText(text)};\n`;
        const singleStyle = `x = ${jsStrSingle(text)};\ny = ${jsTextSingle(text)};\n`;
        expect(await prettier.format(doubleStyle, { parser: 'babel' })).toBe(doubleStyle);
        expect(await prettier.format(singleStyle, { parser: 'babel', singleQuote: true })).toBe(singleStyle);
      }),
      { numRuns: 300 },
    );
  });
});
