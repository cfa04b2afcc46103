/** The page title when the command line gives none (a module of its own: the CLI needs it before it loads the page). */
export const DEFAULT_TITLE = 'API snippets';
