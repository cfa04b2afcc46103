export { generate, generateSnippet, parseRequest, prepareRequest, render, type GenerateOptions, type Snippet } from './generate.js';
export { RequestSchema, type RequestInput, type RequestModel, type Header, type Auth, type Body, type FormField, type KeyValue } from './model/schema.js';
export type { PreparedRequest, PreparedBody } from './model/prepare.js';
export { targetIds, targetInfos, findTarget } from './targets/registry.js';
export type { TargetInfo, TargetDefinition } from './targets/types.js';
export { InputError, UsageError } from './errors.js';
export { importPostmanCollection, type ImportedRequest, type ImportedCollection } from './importers/postman.js';
export { loadInput, type LoadedInput } from './importers/load.js';
export { loadVariables } from './importers/environment.js';
