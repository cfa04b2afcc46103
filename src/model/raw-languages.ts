/**
 * The languages a raw body may be declared in, each implying its Content-Type. A module apart from the request schema,
 * so that an importer checking a language does not build the schema (zod's schemas cost every command's start).
 */
export const RAW_LANGUAGES = ['json', 'xml', 'text', 'html', 'javascript'] as const;

export type RawLanguage = (typeof RAW_LANGUAGES)[number];
