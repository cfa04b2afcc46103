import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ktStr, ktText } from '../../src/targets/kotlin/escape.js';
import { decodeKotlinLiteral } from '../fuzz/decoders/kotlin.js';

/**
 * Literals read back by the fuzz suite's Kotlin decoder (written from the Kotlin grammar, and checked
 * against kotlinc in test/fuzz/decoders-jvm-clr-php-ruby.test.ts), never by the escaper itself.
 */
const readConcatenation = (code: string) =>
  code
    .replace(/^\(|\)$/g, '')
    .split(' +\n    ')
    .map(decodeKotlinLiteral)
    .join('');

/** Text without lone surrogates: a Kotlin literal cannot hold one (the model refuses them too). */
const text = fc.string({ unit: 'binary' }).filter((s) => !/\p{Cs}/u.test(s));

describe('ktStr', () => {
  it('round-trips any text and keeps it on one line', () => {
    fc.assert(
      fc.property(text, (value) => {
        const literal = ktStr(value);
        expect(decodeKotlinLiteral(literal)).toBe(value);
        expect(literal).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      }),
    );
  });

  it('escapes a $ that would start a template, quotes, backslashes and invisible characters, keeps other text readable', () => {
    expect(ktStr('$HOME ${x} $é $_ $1 {{price_$2}} $')).toBe(String.raw`"\$HOME \${x} \$é \$_ $1 {{price_$2}} $"`);
    expect(ktStr(`"; rm -rf ~; " \\(x) #{y}`)).toBe(String.raw`"\"; rm -rf ~; \" \\(x) #{y}"`);
    expect(ktStr('a\u202eb\ufeffc\u0000\u0008')).toBe(String.raw`"a\u202Eb\uFEFFc\u0000\u0008"`);
    expect(ktStr('Zoë 😀')).toBe('"Zoë 😀"');
  });
});

describe('ktText', () => {
  it('writes one literal per line, + at the end of each, that concatenate to the text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(readConcatenation(ktText(value))).toBe(value);
      }),
    );
    expect(ktText('a\nb $x\n')).toBe('("a\\n" +\n    "b \\$x\\n")');
  });

  it('is a plain literal for one line, and for more lines than kotlinc 1.3 can chain', () => {
    expect(ktText('one line')).toBe('"one line"');
    expect(ktText('x\n'.repeat(60))).toBe(ktStr('x\n'.repeat(60)));
  });
});
