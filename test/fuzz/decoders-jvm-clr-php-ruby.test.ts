import { describe, expect, it } from 'vitest';
import { decodeCSharpLiteral } from './decoders/c_sharp.js';
import { decodeRubyLiteral } from './decoders/ruby.js';
import { describeRuntime, describeSnippets, describeThrows, hex2, hex4, hex8, pick, utf8Bytes } from './decoders/literal-tests.js';
import { decodeIn, runtimeGate, sampleLiterals, type LiteralLanguage } from './decoders/run-literals.js';

/**
 * The Java, C#, PHP and Ruby literal decoders, each checked against its real language: hand-written
 * literals for every form and escape, plus random text written with random escape forms by a small
 * encoder here, go into one program that prints each value's UTF-8 bytes; what the decoder reads at
 * each literal must be exactly that. Then the cases that must throw, and every fixture's snippet in
 * that language must scan with no problem.
 */

const RUNS = 150;
const SEED = 20_240_605;
const raw = String.raw;

describe('java', () => {
  const gate = runtimeGate('java', ['-version']);
  const language: LiteralLanguage = {
    grammar: 'java',
    file: 'Main.java',
    prelude: 'import java.nio.charset.StandardCharsets;\nimport java.util.ArrayList;\nimport java.util.List;\n\npublic class Main {\n  public static void main(String[] args) {\n    List<String> values = new ArrayList<>();\n',
    place: () => ['    values.add(\n', '\n    );\n'],
    postlude:
      '    for (String value : values) {\n      StringBuilder hex = new StringBuilder();\n      for (byte b : value.getBytes(StandardCharsets.UTF_8)) hex.append(Integer.toHexString((b & 0xff) | 0x100).substring(1));\n      System.out.println(hex);\n    }\n  }\n}\n',
    command: 'java',
    args: ['-Dfile.encoding=UTF-8', 'Main.java'],
  };
  const handWritten = [
    `"plain"`,
    `""`,
    raw`"\b\t\n\f\r\s\"\'\\"`,
    raw`"\0\7\77\377\400\08\1234"`,
    raw`"\u0041\uuu0042\u00e9\u2028\uD83D\uDE00"`,
    raw`"\u005c\u005c and \u005cn and \\u0041 and \\\u0041"`,
    raw`"\u0009tab \u0027 \u0020"`,
    '"raw é 😀 \u2028 \u0085 \ufeff \x01 \x7f"',
    `"a" + "b"`,
    `"a" + ("b" + "c")`,
    `("x" + "y") + "z"`,
    '"""\n        hello\n          world\n        """',
    '"""\n        no final line break"""',
    '"""\n        trailing   \n        kept\\s\n        """',
    '"""\n        joined \\\n        line\n        """',
    '"""\n        \\"""quotes"" inside "\n        """',
    '"""\n\ttab indented\n\t  more\n\t"""',
    '"""\n            deeper than the close\n        """',
    '"""\n        a\n\n          \n        b\n        """',
    '"""\n    at column zero\n"""',
    '"""   \n        opening line with spaces\n        """',
    '"""\n        \\u0041\\101\\t\\n\n        """',
    '"""\r\n        crlf\r\n        lines\r\n        """',
    '"""\n        """',
  ];
  /** Random forms: itself, a named escape, three-digit octal, \uXXXX per UTF-16 unit (tree-sitter-java does not lex \uuXXXX). */
  const encode = (text: string, choose: (count: number) => number) => {
    const named: Record<string, string> = { '\b': raw`\b`, '\t': raw`\t`, '\n': raw`\n`, '\f': raw`\f`, '\r': raw`\r`, ' ': raw`\s`, '"': raw`\"`, "'": raw`\'`, '\\': raw`\\` };
    const body = [...text]
      .map((ch) => {
        const cp = ch.codePointAt(0)!;
        // these four, raw or as \uXXXX (which javac reads before the literal), would change the literal
        const lexical = '"\\\n\r'.includes(ch);
        return pick(choose, [
          lexical ? undefined : ch,
          named[ch],
          cp <= 0xff ? `\\${cp.toString(8).padStart(3, '0')}` : undefined,
          lexical ? undefined : ch.split('').map((unit) => `\\u${hex4(unit.charCodeAt(0))}`).join(''),
        ]);
      })
      .join('');
    return `"${body}"`;
  };
  describeRuntime(language, gate, () => [...handWritten.map((source) => ({ source })), ...sampleLiterals(encode, { runs: RUNS, seed: SEED })]);

  describeThrows('java', (literal) => `class T { String x = ${literal}; }\n`, [
    [raw`"\q"`, /unknown escape \\q/],
    [raw`"\x41"`, /unknown escape \\x/],
    [raw`"a\u0022b"`, /ends before/],
    [raw`"a\u000ab"`, /raw line break/],
    [raw`"a\u000db"`, /raw line break/],
    [raw`"\u00"`, /four hex digits/],
    [raw`"\u005c"`, /ends before|lone backslash/],
    ['"a\\\nb"', /raw line break/],
    ['"""abc"""', /not followed by a line break/],
    ['"""\n  a\\q\n  """', /unknown escape \\q/],
  ]);
  it('reads a + with a non-literal operand as no string', async () => {
    await expect(decodeIn('java', 'class T { String x = "a" + b; }', '"a" + b')).resolves.toBeUndefined();
    await expect(decodeIn('java', "class T { String x = 'a' + \"b\"; }", `'a' + "b"`)).resolves.toBeUndefined();
    await expect(decodeIn('java', 'class T { int x = "a" - "b"; }', '"a" - "b"')).resolves.toBeUndefined();
  });

  describeSnippets('java');
});

describe('c_sharp', () => {
  const gate = runtimeGate('dotnet', ['--version']);
  // Run as a .NET 10 file-based app (no build servers left running). The forms the tree-sitter grammar cannot parse (raw strings, u8) are checked further down.
  const language: LiteralLanguage = {
    grammar: 'c_sharp',
    file: 'main.cs',
    prelude: 'using System;\nusing System.Collections.Generic;\nusing System.Text;\n\nclass Program {\n  static void Main() {\n    var values = new List<string>();\n',
    place: () => ['    values.Add(\n', '\n    );\n'],
    postlude:
      '    foreach (var value in values) {\n      var hex = new StringBuilder();\n      foreach (var b in Encoding.UTF8.GetBytes(value)) hex.Append(((int)b + 256).ToString("x").Substring(1));\n      Console.WriteLine(hex);\n    }\n  }\n}\n',
    command: 'sh',
    args: ['-c', 'dotnet run --disable-build-servers main.cs'],
  };
  const handWritten = [
    `"plain"`,
    `""`,
    raw`"\'\"\\\0\a\b\f\n\r\t\v"`,
    raw`"\x41\x041\x0041\x00411\x4g\xe9"`,
    raw`"\u00e9\U0001F600\u2028\U00000041"`,
    raw`"\uD83D\uDE00 pair"`,
    '"raw é 😀 \ufeff \x01 \x7f { } $"',
    '@"verbatim \\n ""quoted"" {x}\nsecond line"',
    `@""`,
    raw`$"interpolated {{braces}} no holes \u0041"`,
    `$@"verbatim {{x}} ""q"" \\n"`,
    `"a" + "b" + ("c" + "d")`,
    `("x" + @"y") + $"z"`,
  ];
  /** Random forms: verbatim @"…", or "…"/$"…" with itself, a named escape, \uXXXX or \xXXXX per UTF-16 unit, \UXXXXXXXX. */
  const encode = (text: string, choose: (count: number) => number) => {
    const form = choose(4);
    // tree-sitter-c-sharp cannot lex a raw NUL in @"…" (C# can)
    if (form === 0 && !text.includes('\0')) return `@"${text.replaceAll('"', '""')}"`;
    const interpolated = form === 1;
    const named: Record<string, string> = { "'": raw`\'`, '"': raw`\"`, '\\': raw`\\`, '\0': raw`\0`, '\x07': raw`\a`, '\b': raw`\b`, '\f': raw`\f`, '\n': raw`\n`, '\r': raw`\r`, '\t': raw`\t`, '\v': raw`\v` };
    const body = [...text]
      .map((ch) => {
        const plain = !'"\\\r\n\u0085\u2028\u2029'.includes(ch);
        const units = ch.split('').map((unit) => hex4(unit.charCodeAt(0)));
        // an interpolated string takes a brace only doubled, never as an escape
        if (interpolated && '{}'.includes(ch)) return ch + ch;
        return pick(choose, [plain ? ch : undefined, named[ch], units.map((unit) => `\\u${unit}`).join(''), units.map((unit) => `\\x${unit}`).join(''), `\\U${hex8(ch.codePointAt(0)!)}`]);
      })
      .join('');
    return `${interpolated ? '$' : ''}"${body}"`;
  };
  describeRuntime(language, gate, () => [...handWritten.map((source) => ({ source })), ...sampleLiterals(encode, { runs: RUNS, seed: SEED })], 'dotnet run');

  // Raw strings and their values as the C# 11 raw-string-literal proposal (dotnet/csharplang,
  // proposals/csharp-11.0/raw-string-literal.md) gives them; the grammar here cannot parse them.
  const proposal: [string, string][] = [
    [
      '"""\n          <element attr="content">\n            <body>\n            </body>\n          </element>\n          """',
      '<element attr="content">\n  <body>\n  </body>\n</element>',
    ],
    [
      '"""\n          <element attr="content">\n            <body>\n            </body>\n          </element>\n"""',
      '          <element attr="content">\n            <body>\n            </body>\n          </element>',
    ],
    ['""""\n          Ok to use """ here\n          """"', 'Ok to use """ here'],
    ['"""<summary><element attr="content"/></summary>"""', '<summary><element attr="content"/></summary>'],
    ['"""\n         This string ends with a new line.\n\n         """', 'This string ends with a new line.\n'],
    ['"""\n         "The content of this string starts and ends with a quote"\n         """', '"The content of this string starts and ends with a quote"'],
    ['"""\n         Start\n    \n         End\n         """', 'Start\n\nEnd'],
    ['"""\n         Start\n          \n         End\n         """', 'Start\n \nEnd'],
    ['"""\r\n  crlf kept\r\n  as written\r\n  """', 'crlf kept\r\nas written'],
    ['"""\n\n         """', ''],
    ['$$"""{ "a": {value} }"""', '{ "a": {value} }'],
  ];
  it.each(proposal)('reads %j', (literal, value) => {
    expect(decodeCSharpLiteral(literal)).toBe(value);
  });
  // Read by tree-sitter and the decoder only (the runtime check above prints strings): @$ (C# 8) and a UTF-8 literal (C# 11).
  it.each([
    [`@$"{{y}} ""q"""`, '{y} "q"'],
    [raw`"abc\n"u8`, 'abc\n'],
  ])('reads %j', async (literal, value) => {
    await expect(decodeIn('c_sharp', `class T { object x = ${literal}; }\n`, literal)).resolves.toBe(value);
  });
  it.each([
    ['"""\n          <element attr="content">\n          </element>"""', /text before the closing quotes/],
    ['"""\n          <element attr="content">\n          </element>\n              """', /does not start with the white space/],
    ['"""\n         Start\n\t\n         End\n         """', /does not start with the white space/],
    ['"""\n         """', /without a content line/],
    ['"""hello "there""""', /starts or ends with a quote/],
    ['"""\n  a """ b\n  """', /holding its own delimiter/],
    ['$$"""\n  {{value.Length}}\n  """', /interpolation/],
    ['$"""{x}"""', /interpolation/],
  ])('throws on %j', (literal, reason) => {
    expect(() => decodeCSharpLiteral(literal)).toThrow(reason);
  });

  describeThrows('c_sharp', (literal) => `class T { string x = ${literal}; }\n`, [
    [raw`"\q"`, /unknown or short escape \\q/],
    [raw`"\u12"`, /unknown or short escape \\u/],
    [raw`"\x"`, /unknown or short escape \\x/],
    [raw`"\U0011FFFF"`, /above U\+10FFFF/],
    [`$"a{x}b"`, /interpolation/],
    [`$"a{x:N2}"`, /interpolation/],
    [`$@"a{x}"`, /interpolation/],
    [raw`$"a\u007Bb"`, /brace written as an escape/],
    [raw`$"a\x7d"`, /brace written as an escape/],
  ]);
  it('throws on a raw line break in a regular string and a lone brace in an interpolated one', () => {
    expect(() => decodeCSharpLiteral('"a\nb"')).toThrow(/raw line break/);
    expect(() => decodeCSharpLiteral('"a\u2028b"')).toThrow(/raw line break/);
    expect(() => decodeCSharpLiteral('$"a}b"')).toThrow(/lone }/);
  });
  it('reads a + with a non-literal operand as no string', async () => {
    await expect(decodeIn('c_sharp', 'class T { string x = "a" + b; }', '"a" + b')).resolves.toBeUndefined();
    await expect(decodeIn('c_sharp', "class T { string x = 'a' + \"b\"; }", `'a' + "b"`)).resolves.toBeUndefined();
  });

  describeSnippets('c_sharp');
});

describe('php', () => {
  const gate = runtimeGate('php', ['--version']);
  const language: LiteralLanguage = {
    grammar: 'php',
    file: 'main.php',
    prelude: '<?php\n$values = [];\n',
    place: () => ['$values[] = (\n', '\n);\n'],
    postlude: 'foreach ($values as $value) {\n  echo bin2hex($value), PHP_EOL;\n}\n',
    command: 'php',
    args: ['-d', 'display_errors=stderr', 'main.php'],
  };
  const handWritten = [
    `'plain'`,
    `''`,
    raw`'it\'s \\ \n \$x {$y} #{z} "q"'`,
    "'raw\nline break'",
    raw`"\n\t\r\v\e\f\\\$\""`,
    raw`"\q \é \u \x \{ \' \[ \N"`,
    raw`"\0\7\08\101\400"`,
    raw`"\x41\x4g\xC3\xA9\xe2\x80\xa8"`,
    raw`"\u{41}\u{1F600}\u{00e9}\u{0000041}"`,
    raw`"a $ b {\$x} { \$ $1 $. -> {} $"`,
    '"raw é 😀 \u2028 \ufeff \x01 \x7f\nline"',
    'b"binary \\x41"',
    `b'binary'`,
    '<<<EOT\n  heredoc \\t \\" \\\' \\$ \\x41 \\u{e9} "q" {} $ {\\$x}\n    indented\n  EOT',
    '<<<"EOT"\nquoted label\nEOT',
    "<<<'EOT'\n    nowdoc \\t $x {$y} \\\\\n      indented\n    EOT",
    '<<<EOT\nEOT',
    '<<<EOT\n\nEOT',
    '<<<EOT\n\n\nEOT',
    '<<<EOT\n    a\n  \n\n    b\n    EOT',
    '<<<EOT\n\ttabs\n\t\tmore\n\tEOT',
    '<<<EOT\nEOTX is not the end\nEOT',
    `'a' . 'b' . ("c" . "d")`,
  ];
  /** Random forms: single-quoted, or "…" with itself, a named escape, \xHH or octal per UTF-8 byte, \u{…}. */
  const encode = (text: string, choose: (count: number) => number) => {
    // tree-sitter-php cannot lex a raw NUL in '…' (PHP can)
    if (!text.includes('\0') && choose(4) === 0) return `'${text.replace(/[\\']/g, '\\$&')}'`;
    const named: Record<string, string> = { '\n': raw`\n`, '\t': raw`\t`, '\r': raw`\r`, '\v': raw`\v`, '\x1b': raw`\e`, '\f': raw`\f`, '\\': raw`\\`, $: raw`\$`, '"': raw`\"` };
    const body = [...text]
      .map((ch) =>
        pick(choose, [
          '\\"$'.includes(ch) ? undefined : ch,
          named[ch],
          utf8Bytes(ch).map((b) => `\\x${hex2(b)}`).join(''),
          utf8Bytes(ch).map((b) => `\\${b.toString(8).padStart(3, '0')}`).join(''),
          `\\u{${ch.codePointAt(0)!.toString(16)}}`,
        ]),
      )
      .join('');
    return `"${body}"`;
  };
  describeRuntime(language, gate, () => [...handWritten.map((source) => ({ source })), ...sampleLiterals(encode, { runs: RUNS, seed: SEED })]);

  describeThrows('php', (literal) => `<?php\n$x = ${literal};\n`, [
    [`"a $b"`, /interpolation \$b/],
    [`"a {$b}"`, /interpolation \{\$/],
    [`"a \${b}"`, /interpolation \$\{/],
    [`"a $é"`, /interpolation/],
    [raw`"\{$b}"`, /interpolation \{\$/],
    [raw`"\u{}"`, /invalid \\u\{…\}/],
    [raw`"\u{41"`, /invalid \\u\{…\}/],
    [raw`"\u{D800}"`, /surrogate/],
    [raw`"\u{110000}"`, /above U\+10FFFF/],
    [raw`"\xff"`, /not valid UTF-8/],
    ['<<<EOT\n  $x\n  EOT', /interpolation \$x/],
    ['<<<EOT\n  a\n b\n  EOT', /indented less/],
    ['<<<EOT\n\t a\n \t EOT', /mixing tabs and spaces/],
  ]);
  it('reads a . with a non-literal operand as no string', async () => {
    await expect(decodeIn('php', '<?php\n$x = "a" . $b;\n', '"a" . $b')).resolves.toBeUndefined();
    await expect(decodeIn('php', "<?php\n$x = 'a' + 'b';\n", `'a' + 'b'`)).resolves.toBeUndefined();
  });

  describeSnippets('php');
});

describe('ruby', () => {
  const gate = runtimeGate('ruby', ['--version']);
  const language: LiteralLanguage = {
    grammar: 'ruby',
    file: 'main.rb',
    prelude: 'values = []\n',
    place: () => ['values.push(\n', '\n)\n'],
    postlude: 'values.each { |value| puts value.unpack1("H*") }\n',
    command: 'ruby',
    args: ['main.rb'],
  };
  const handWritten = [
    `'plain'`,
    `''`,
    raw`'it\'s \\ \n #{x} "q"'`,
    "'raw\nline break'",
    raw`"\n\t\s\r\a\b\e\f\v\"\\\#"`,
    raw`"\q\é\(\ \'"`,
    raw`"\0\7\08\101\400\1234"`,
    raw`"\x41\x4g\xC3\xA9"`,
    raw`"\u00e9\u{1F600}\u{41 42  43}\u{ 44 }"`,
    raw`"\cA\ca\c?\C-a\C-?\c@\M-C\M-)\xE2\M-\C-b\M-,\M-\342\202\254"`,
    raw`"\M-\xC3\M-\C-)"`,
    raw`"#@ #@1 #@@ #$ #$% #$-% # {} a#"`,
    '"line \\\ncontinued"',
    '"raw\nline break and é 😀 \u2028 \ufeff \x01 \x7f"',
    '"crlf\r\nread as lf, lone cr\rkept"',
    raw`%q(a (b) \) \( \\ \q)`,
    raw`%Q[x \] #a \u0041]`,
    `%(paren \\t)`,
    raw`%q|pipes \| x|`,
    `"a" "b" 'c'`,
    `"a" + "b" + ("c")`,
    '<<EOS\nplain \\t #x "q"\nEOS',
    '<<-EOS\n  indented\n  EOS',
    '<<~EOS\n    squiggly\n      more\n  \\tescaped tab is text\n  EOS',
    "<<~'EOS'\n    raw \\t #{x}\n      more\n    EOS",
    "<<'EOS'\nraw \\\\ #{x}\nEOS",
    '<<"EOS"\nquoted \\u00e9\nEOS',
    '<<~EOS\n\t  tab then 2\n\t    tab then 4\n  \\tescaped\n  EOS',
    '<<~EOS\n        eight\n\tone tab\n  EOS',
    '<<~EOS\n    a \\\n  b\n    c\n  EOS',
    '<<~EOS\n    a\n\n    b\n  EOS',
    '<<EOS\nEOSX is not the end\n EOS neither\nEOS',
    '<<EOS\r\ncrlf\r\nEOS',
  ];
  /** Control characters 0x00-0x1f as \cX and \C-X (0x1c would be `\c\`, which escapes on). */
  const control = (cp: number, choose: (count: number) => number) =>
    cp < 0x20 && cp !== 0x1c ? `${choose(2) === 0 ? '\\c' : '\\C-'}${String.fromCharCode(cp | 0x40)}` : cp === 0x7f ? raw`\c?` : undefined;
  /** A byte above 0x7f as \M-X, when X is a printable ASCII character that does not start anything. */
  const meta = (b: number) => (b >= 0xa0 && b !== 0xff && !'\\"#'.includes(String.fromCharCode(b & 0x7f)) ? `\\M-${String.fromCharCode(b & 0x7f)}` : undefined);
  /** Random forms: single-quoted, or "…" with itself, a named escape, \xHH/octal/\M- per UTF-8 byte, \cX, \u{…}, \uXXXX. */
  const encode = (text: string, choose: (count: number) => number) => {
    if (!text.includes('\r') && choose(4) === 0) return `'${text.replace(/[\\']/g, '\\$&')}'`;
    const named: Record<string, string> = { '\n': raw`\n`, '\t': raw`\t`, ' ': raw`\s`, '\r': raw`\r`, '\x07': raw`\a`, '\b': raw`\b`, '\x1b': raw`\e`, '\f': raw`\f`, '\v': raw`\v`, '"': raw`\"`, '\\': raw`\\`, '#': raw`\#` };
    const body = [...text]
      .map((ch) => {
        const cp = ch.codePointAt(0)!;
        const bytes = utf8Bytes(ch);
        const metas = bytes.map(meta);
        return pick(choose, [
          // a raw CR before a raw LF would be read as one LF; `#` could start an interpolation
          '"\\#\r'.includes(ch) ? undefined : ch,
          named[ch],
          bytes.map((b) => `\\x${hex2(b)}`).join(''),
          bytes.map((b) => `\\${b.toString(8).padStart(3, '0')}`).join(''),
          metas.every((m) => m !== undefined) && cp > 0x7f ? metas.join('') : undefined,
          control(cp, choose),
          `\\u{${cp.toString(16)}}`,
          cp < 0x10000 ? `\\u${hex4(cp)}` : undefined,
        ]);
      })
      .join('');
    return `"${body}"`;
  };
  describeRuntime(language, gate, () => [...handWritten.map((source) => ({ source })), ...sampleLiterals(encode, { runs: RUNS, seed: SEED })]);

  describeThrows('ruby', (literal) => `x = (\n${literal}\n)\n`, [
    [`"a #{b}"`, /interpolation #\{/],
    [`"a #@b"`, /interpolation #@b/],
    [`"a #@@b"`, /interpolation #@@/],
    [`"a #$b"`, /interpolation #\$b/],
    [`"a #$1"`, /interpolation #\$1/],
    [`"a #$-w"`, /interpolation #\$-/],
    [`%Q(#{b})`, /interpolation/],
    [raw`"\u{110000}"`, /above U\+10FFFF/],
    [raw`"\uD800"`, /surrogate/],
    [raw`"\xff"`, /not valid UTF-8/],
    [raw`"\M-a"`, /not valid UTF-8/],
    [raw`"\cé"`, /invalid \\c escape/],
    ['<<EOS\n#{b}\nEOS', /interpolation/],
    ['<<`EOS`\nid\nEOS', /command heredoc/],
    ['<<~EOS\n  a\n   \n  b\nEOS', /white space only/],
  ]);
  it('throws on escapes tree-sitter-ruby cannot parse either', () => {
    expect(() => decodeRubyLiteral(raw`"\u12"`)).toThrow(/invalid \\u/);
    expect(() => decodeRubyLiteral(raw`"\x"`)).toThrow(/invalid escape \\x/);
    expect(() => decodeRubyLiteral(raw`"\M"`)).toThrow(/invalid escape \\M/);
  });
  it('reads a + with a non-literal operand as no string', async () => {
    await expect(decodeIn('ruby', 'x = "a" + b\n', '"a" + b')).resolves.toBeUndefined();
    await expect(decodeIn('ruby', 'x = "a" * 2\n', '"a" * 2')).resolves.toBeUndefined();
  });
  it('reads a heredoc body with its final line break, whatever method the <<ID takes', async () => {
    await expect(decodeIn('ruby', "x = <<'BODY'.chomp\nline\nBODY\n", '\nline\nBODY')).resolves.toBe('line\n');
  });

  describeSnippets('ruby');
});
