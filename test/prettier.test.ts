import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { generate, type RequestInput } from '../src/index.js';
import { fixtures } from './fixtures.js';

/**
 * The JavaScript targets emit code already formatted as prettier formats it, so prettier stays off
 * the generation path (it costs far more than generating). The options keep the docs' look:
 * `quoteProps: 'preserve'` keeps the quoted keys (`"url":`, `'method':`) beside the bare ones
 * (`form:`), no trailing commas, and no line wrapping, as in every docs tab: prettier would move a
 * long string onto the line after its key, which helps nobody read a URL or a header value.
 */
const COMMON = { parser: 'babel', printWidth: Infinity, quoteProps: 'preserve', trailingComma: 'none' } as const;
const OPTIONS: Record<string, prettier.Options> = {
  'javascript-jquery': COMMON,
  'javascript-fetch': COMMON,
  'javascript-xhr': COMMON,
  'javascript-axios': COMMON,
  'nodejs-request': { ...COMMON, singleQuote: true },
};

/** Shapes the fixture corpus does not reach: every optional branch of both templates. */
const shapes: { name: string; request: RequestInput }[] = [
  {
    name: 'multipart with files, part types, scattered repeated names and a Latin-1 header',
    request: {
      method: 'POST',
      url: 'https://api.example.com/u',
      headers: [{ name: 'X-Latin', value: 'café' }],
      body: {
        mode: 'formdata',
        params: [
          { type: 'file', key: 'doc', src: 'a.txt' },
          { key: 'doc', value: 'x', contentType: 'text/csv' },
          { key: "it's", value: 'n' },
          { key: 'doc', value: 'y' },
          { type: 'file', key: 'img', src: 'dir/b.png', contentType: 'image/png' },
          { key: 'list', value: 'one' },
          { key: 'list', value: 'two' },
        ],
      },
    },
  },
  {
    name: 'urlencoded with a numeric key, lowercase method, forbidden and repeated headers',
    request: {
      method: 'patch',
      url: 'https://api.example.com/f',
      headers: [
        { name: 'Cookie', value: 'a=1' },
        { name: 'X-A', value: 'ünï' },
        { name: 'x-a', value: 'two' },
        { name: 'X-Pad', value: ' padded ' },
      ],
      body: { mode: 'urlencoded', params: [{ key: '1', value: "it's" }, { key: 'b', value: 'c d' }] },
    },
  },
  {
    name: 'raw body under a form Content-Type, with a non-ASCII header',
    request: {
      method: 'POST',
      url: 'https://api.example.com/r',
      headers: [
        { name: 'Content-Type', value: 'application/x-www-form-urlencoded' },
        { name: 'X-Name', value: 'Zoë ✓ 😀' },
      ],
      body: { mode: 'raw', text: 'a=b%20c\nd' },
    },
  },
  { name: 'file body without a Content-Type', request: { method: 'POST', url: 'https://api.example.com/b', body: { mode: 'file', src: "it's.bin" } } },
];

const cases = [...fixtures, ...shapes];

describe.each(Object.keys(OPTIONS))('%s', (targetId) => {
  it.each(cases.map((c) => [c.name, c.request] as const))('%s is prettier-formatted', async (_name, request) => {
    const code = generate(request, targetId);
    expect(await prettier.format(code, OPTIONS[targetId])).toBe(code);
  });
});
