// The request collections the process benches run on: test/fixtures/requests drawn in turn, as one Postman
// collection of any size (used by build-bench.mjs and throughput-bench.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRequest, prepareRequest } from '../dist/index.js';
import { toPostmanDefinition } from './equivalents.mjs';

const root = join(import.meta.dirname, '..');
export const VARS = { baseUrl: 'https://api.example.com', authPath: 'https://auth.example.com' };

/** `count` requests cycling through the fixtures, each made distinct by a header, in nested folders. */
export function collectionItems(count) {
  const directory = join(root, 'test/fixtures/requests');
  const fixtures = readdirSync(directory)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), definition: toPostmanDefinition(prepareRequest(parseRequest(JSON.parse(readFileSync(join(directory, f), 'utf8')), { vars: VARS }))) }));
  return Array.from({ length: count }, (_, i) => {
    const fixture = fixtures[i % fixtures.length];
    return { fixture: fixture.name, name: `${fixture.name} ${i + 1}`, folders: [`Area ${(i % 10) + 1}`, `Group ${(Math.floor(i / 10) % 4) + 1}`], definition: fixture.definition, index: i };
  });
}

/**
 * The collection, folders nested as Postman exports them. Each request carries an X-Request-Index header; the one at
 * `changedIndex` gets `changeMarker` in it, so a bench can save the collection with one request edited.
 */
export function postmanCollection(requestItems, { changedIndex = -1, changeMarker = '' } = {}) {
  const rootFolder = { item: [] };
  for (const { name, folders, definition, index } of requestItems) {
    let folder = rootFolder;
    for (const folderName of folders) {
      let next = folder.item.find((entry) => entry.name === folderName && entry.item !== undefined);
      if (next === undefined) folder.item.push((next = { name: folderName, item: [] }));
      folder = next;
    }
    const marker = { key: 'X-Request-Index', value: index === changedIndex ? `${index}-${changeMarker}` : String(index) };
    folder.item.push({ name, request: { ...definition, header: [...definition.header, marker] } });
  }
  return { info: { name: 'Bench collection', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: rootFolder.item };
}
