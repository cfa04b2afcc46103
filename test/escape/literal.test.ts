import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMatches, escapePattern, INVISIBLE_CLASS, INVISIBLE_EXCEPT_LF_CLASS, INVISIBLE_EXCEPT_LF_TAB_CLASS, isPrintable, backslashEscape, hex, plainQuotedLines } from '../../src/targets/literal.js';
import { wellFormed } from '../../src/text.js';

/** Text that mixes what the patterns below escape (ASCII, Latin-1, invisibles above U+00FF) with plain text. */
const text = fc.string({ unit: fc.constantFrom('a', '#', '{', '$', '@', '"', '?', '\\', '\n', 'é', '\u0085', '\u2028', '€', ' ') });
/** Offset-dependent, like the `escapeInLines` of the languages that split a literal at its line feeds. */
const escape = (ch: string, offset: number, whole: string) => (ch === '\n' && offset + 1 < whole.length ? '|NL|' : `<${ch.charCodeAt(0)}>`);

describe('escapeMatches', () => {
  const patterns = {
    'class only': escapePattern(`"\\\\${INVISIBLE_CLASS}`),
    'with a lookahead (Ruby)': escapePattern(`"\\\\${INVISIBLE_CLASS}`, '#(?=[{$@])'),
    'with an escaped first character (JavaScript template)': escapePattern(`\`\\\\${INVISIBLE_EXCEPT_LF_CLASS}`, '\\$(?=\\{)'),
    'with a lookbehind (C trigraphs)': escapePattern(`"\\\\${INVISIBLE_CLASS}`, '\\?(?<=\\?\\?)'),
  };
  for (const [name, pattern] of Object.entries(patterns)) {
    it(`does exactly what replace over the regex does: ${name}`, () => {
      fc.assert(
        fc.property(text, (value) => {
          expect(escapeMatches(value, pattern, escape)).toBe(value.replace(pattern.regex, escape));
        }),
      );
    });
  }

  it('returns text with nothing to escape as it is, and leaves the regex ready for the next text', () => {
    const pattern = patterns['class only'];
    expect(escapeMatches('plain text', pattern, escape)).toBe('plain text');
    expect(escapeMatches('a"b', pattern, escape)).toBe('a<34>b');
    expect(pattern.regex.lastIndex).toBe(0);
    expect(escapeMatches('"', pattern, escape)).toBe('<34>');
  });

  it('applies a string replacement as replace does ($& is the match)', () => {
    expect(escapeMatches("it's a \\", escapePattern("\\\\'"), '\\$&')).toBe("it\\'s a \\\\");
  });
});

describe('escapePattern', () => {
  it('refuses a contextual alternative that does not start with the character it escapes', () => {
    expect(() => escapePattern('"', '(?<=\\?)\\?')).toThrow('does not start with the literal character it escapes');
    expect(() => escapePattern('"', '[#$](?=\\{)')).toThrow('does not start with the literal character it escapes');
  });
});

describe('isPrintable', () => {
  const invisible = new RegExp(`[${INVISIBLE_EXCEPT_LF_TAB_CLASS}]`);
  /** Long texts (isPrintable remembers the last one's answer) that differ in one character, some equal but not the same string. */
  const longTexts = fc.array(fc.tuple(fc.integer({ min: 200, max: 400 }), fc.constantFrom('a', '\n', '\t', '\r', '\u0085', '\u2028', 'é')), { minLength: 1, maxLength: 6 }).map((pieces) =>
    pieces.map(([length, ch]) => 'x'.repeat(length) + ch),
  );

  it('answers as the regex does, for a long text checked again, an equal one, and one that differs in its last character', () => {
    fc.assert(
      fc.property(longTexts, (texts) => {
        for (const value of texts) {
          for (const same of [value, value, [...value].join(''), value.slice(0, -1) + 'a']) expect(isPrintable(same)).toBe(!invisible.test(same));
        }
      }),
    );
  });
});

describe('plainQuotedLines', () => {
  /** The walk it replaces: csText's and javaText's escapeMatches over the same class, a line feed but the last one followed by `lineBreak`. */
  const pattern = escapePattern(`"\\\\${INVISIBLE_CLASS}`);
  const walked = (value: string, lineBreak: string) =>
    '"' + escapeMatches(value, pattern, (ch, offset, whole) => (ch === '\n' && offset + 1 < whole.length ? '\\n' + lineBreak : backslashEscape(ch, (cp) => '\\u' + hex(cp, 4)))) + '"';
  /** Long texts of what it takes (quotes, line feeds, tabs, non-ASCII) and, now and then, what it must leave to the walk. */
  const longText = fc
    .tuple(
      fc.string({ unit: fc.constantFrom('a', ' ', '"', '\n', '\t', '{', 'é', '€', '😀'), minLength: 250, maxLength: 400 }),
      fc.constantFrom('', '', '\n', '\n\n', '\\', '\\n', '\r', '\u2028', '\u0085', '\ud800', '\u0000'),
      fc.nat(),
    )
    .map(([base, odd, at]) => base.slice(0, at % (base.length + 1)) + odd + base.slice(at % (base.length + 1)));

  for (const lineBreak of ['" +\n    "', '"\n    + "']) {
    it(`gives what the walk gives, or leaves the text to it: ${JSON.stringify(lineBreak)}`, () => {
      fc.assert(
        fc.property(longText, (value) => {
          const plain = plainQuotedLines(value, lineBreak);
          if (plain !== undefined) expect(plain).toBe(walked(value, lineBreak));
          else expect(value.length < 256 || value.includes('\\') || !isPrintable(value) || !wellFormed(value)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('takes a long plain text, ending with a line feed or not, and leaves a short one to the walk', () => {
    const lines = 'x'.repeat(300) + '\n"y"\t\n';
    expect(plainQuotedLines(lines, '|')).toBe(walked(lines, '|'));
    expect(plainQuotedLines(lines.slice(0, -1), '|')).toBe(walked(lines.slice(0, -1), '|'));
    expect(plainQuotedLines('a\nb', '|')).toBeUndefined();
  });
});
