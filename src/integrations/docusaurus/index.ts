import { resolve } from 'node:path';
import { build } from '../../site/build/build.js';
import { BuildMemory } from '../../site/build/memory.js';
import type { BuildOptions } from '../../site/build/types.js';
import remarkSnipforge, { type RemarkSnipforgeOptions } from '../remark/index.js';

export interface DocusaurusSnipforgeOptions extends Omit<RemarkSnipforgeOptions, 'host'> {
  /**
   * Collections, specs or request files to build with `snipforge build` whenever the site loads its content (and again
   * on change under `docusaurus start`), relative to the site's directory.
   */
  inputs?: readonly string[];
  /** Where that build writes, relative to the site's directory; default `snippets` (outside `docs/`, see the README). */
  outDir?: string;
  /** More `build()` options for that build (formats default to `['mdx']`). */
  build?: Omit<BuildOptions, 'inputs' | 'outDir' | 'memory'>;
}

/** What Docusaurus gives a plugin (only what this one reads). */
interface LoadContext {
  siteDir: string;
}

/** A webpack rule as Docusaurus' content plugins write theirs, loosely: this plugin only looks for the MDX loader in it. */
interface Rule {
  use?: unknown;
  oneOf?: Rule[];
  rules?: Rule[];
}

interface LoaderUse {
  loader?: string;
  options?: { remarkPlugins?: unknown[]; processors?: unknown };
}

/**
 * A Docusaurus plugin (`plugins: [['snipforge/docusaurus', { … }]]`): registers the remark plugin (`snipforge/remark`)
 * with the MDX loader of every content plugin (docs, blog, pages), so ```` ```http snipforge ```` blocks become tabs
 * anywhere, and, given `inputs`, builds their snippets into `outDir` when the site loads its content; `docusaurus start`
 * watches the inputs and builds again when one changes.
 */
export default function snipforgeDocusaurus(context: LoadContext, options: DocusaurusSnipforgeOptions = {}) {
  const { inputs = [], outDir = 'snippets', build: buildOptions, ...remarkOptions } = options;
  const remark = [remarkSnipforge, { ...remarkOptions, host: 'docusaurus' }] as const;
  // Checks the options at once (unknown target, bad label): a typo fails the site build before anything else.
  remarkSnipforge(remark[1]);
  const inputPaths = inputs.map((input) => resolve(context.siteDir, input));
  // `docusaurus start` builds again on every change of an input: each build takes what the previous one left from memory.
  const memory = new BuildMemory();

  return {
    name: 'snipforge',
    getPathsToWatch(): string[] {
      return inputPaths;
    },
    async loadContent(): Promise<void> {
      if (inputPaths.length === 0) return;
      await build({ formats: ['mdx'], ...buildOptions, inputs: inputPaths, outDir: resolve(context.siteDir, outDir), memory });
    },
    configureWebpack(config: { module?: { rules?: Rule[] } }): object {
      for (const use of mdxLoaders(config.module?.rules ?? [])) {
        const plugins = use.options!.remarkPlugins ?? [];
        if (plugins.some((plugin) => Array.isArray(plugin) && plugin[0] === remarkSnipforge)) continue;
        // Docusaurus 3.8+ makes the MDX processors when it makes the rule (`processors`); without them the loader makes
        // its own from these options, now with this plugin.
        use.options = { ...use.options, remarkPlugins: [...plugins, remark], processors: undefined };
      }
      return {};
    },
  };
}

/** The MDX loader entries (`@docusaurus/mdx-loader`) of the content plugins' rules, at any depth. */
function mdxLoaders(rules: readonly Rule[]): LoaderUse[] {
  return rules.flatMap((rule) => {
    const uses = (Array.isArray(rule.use) ? rule.use : rule.use === undefined ? [] : [rule.use]) as LoaderUse[];
    const own = uses.filter((use) => typeof use === 'object' && use !== null && typeof use.loader === 'string' && /[\\/]mdx-loader[\\/]/.test(use.loader) && use.options !== undefined);
    return [...own, ...mdxLoaders(rule.oneOf ?? []), ...mdxLoaders(rule.rules ?? [])];
  });
}
