// yargs renders its whole help text before running any command (to show it on a failure), measuring every
// line with string-width, whose emoji regex alone costs milliseconds to compile. Our help texts are
// printable ASCII plus a few Latin-1 and punctuation signs (× · …), each one column wide: their width is
// their length. Anything else goes to the real string-width. The bundler (scripts/bundle.mjs) makes
// yargs' helpers import this module instead; test/bundle.test.ts checks both agree on every such character.
import stringWidth from 'string-width';

export const ONE_COLUMN_TEXT = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u00ff\u2010-\u2027\u2030-\u205e]*$/;

export default function fastStringWidth(text, options) {
  return options === undefined && typeof text === 'string' && ONE_COLUMN_TEXT.test(text) ? text.length : stringWidth(text, options);
}
