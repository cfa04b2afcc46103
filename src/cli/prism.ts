/**
 * `snipforge targets --prism`: the `prism.additionalLanguages` a Docusaurus 3 site needs to highlight the chosen
 * targets' code blocks. Docusaurus highlights with prism-react-renderer 2, whose bundle has a few languages; every
 * other one is loaded from `prismjs/components/prism-<name>` in the order listed, and a component whose language
 * extends another needs that one loaded first. test/sites/docusaurus.test.ts checks both tables against the packages
 * a real Docusaurus site installs, and that every tab it builds is highlighted.
 */
import { findTarget } from '../targets/registry.js';

/** The languages prism-react-renderer 2.4 bundles (its Prism.languages, aliases left out): never listed again. */
export const DOCUSAURUS_BUNDLED_PRISM: readonly string[] = ['markup', 'clike', 'regex', 'javascript', 'css', 'yaml', 'markdown', 'graphql', 'sql', 'typescript', 'jsx', 'tsx', 'swift', 'kotlin', 'c', 'objectivec', 'reason', 'rust', 'go', 'cpp', 'python', 'json'];

/**
 * prismjs components' `require` (components.json) for the targets' languages that are not bundled, where the required
 * language is not bundled either. php's markup-templating is not listed: Docusaurus 3 loads it before php itself.
 */
export const PRISM_REQUIRES: Readonly<Record<string, readonly string[]>> = {
  crystal: ['ruby'],
};

/** The additionalLanguages array for these targets: each language after those it needs, the bundled ones left out. */
export function docusaurusAdditionalLanguages(targetIds: readonly string[]): string[] {
  const bundled = new Set(DOCUSAURUS_BUNDLED_PRISM);
  const languages: string[] = [];
  const add = (language: string): void => {
    if (bundled.has(language) || languages.includes(language)) return;
    for (const required of PRISM_REQUIRES[language] ?? []) add(required);
    languages.push(language);
  };
  for (const id of targetIds) add(findTarget(id)!.info.prism);
  return languages;
}
