import type { z } from 'zod';
import type { PreparedRequest } from '../model/prepare.js';

export interface TargetInfo {
  /** Stable id used on the command line and in file names, e.g. `python-requests`. */
  id: string;
  /** Tab label in docs, e.g. `Python`. */
  label: string;
  /** Language name, e.g. `python`. */
  language: string;
  /** Client library, e.g. `requests`. */
  client: string;
  /** File extension without the dot. */
  extension: string;
  /** Markdown fence info string. */
  fence: string;
  /** The library version the snippet is written for. */
  clientVersion: string;
  /** Prism's language name (what a Docusaurus site lists in `prism.additionalLanguages`). */
  prism: string;
  /** highlight.js' language name. */
  highlightjs: string;
  /** Shiki's language name (VitePress highlights with Shiki), when it is not `fence`. */
  shiki?: string;
  /** The runtime and library version the test suite executes the snippets with, e.g. `Python 3.11.2, requests 2.28.1`. */
  executedWith: string;
  /** Why a reader should prefer another client, when the library is deprecated upstream. */
  deprecated?: string;
  /** Earlier ids that still select this target. */
  aliases?: readonly string[];
  /**
   * Set when no runtime for the client exists on Linux, so the execution suite cannot run its snippets:
   * why, in one sentence. Such a client is checked statically (a real parse of every snippet, its
   * escaping tests); `executedWith` then names those checks. A client has a runner or this, never neither.
   */
  staticOnly?: string;
}

/**
 * One target (a client folder `src/targets/<language>/<client>/`): its description, its options and the view model its
 * template (`template.hbs` beside it) renders. `view` prepares everything the template prints, request
 * text wrapped as RequestText, and adds to `warnings` whatever the client cannot express.
 */
export interface TargetDefinition<View extends object = object, Options extends object = Record<string, never>> {
  info: TargetInfo;
  /**
   * The client's options as a zod object whose every field has a default (the defaults reproduce the
   * output without options). Shared names come from `../options.ts`.
   */
  options?: z.ZodType<Options>;
  view(request: PreparedRequest, warnings: string[], options: Options): View;
}

/** A target whatever its view and options: the registry only passes them from one to the other. */
export type AnyTarget = TargetDefinition<object, any>;
