// One cold process of a peer doing what `snipforge generate <seed>` does: load the tool, read the seed
// request, print its snippet in each of the 11 targets' equivalents. Run by cold-bench.mjs as
// `node bench/cold-peer.cjs postman|httpsnippet <seed.json> <equivalents.json>`.
'use strict';
const { readFileSync } = require('node:fs');

const [tool, seedPath, equivalentsPath] = process.argv.slice(2);
const seed = JSON.parse(readFileSync(seedPath, 'utf8'));
const equivalents = JSON.parse(readFileSync(equivalentsPath, 'utf8'));
// httpsnippet needs a valid absolute URL where snipforge keeps {{authPath}}/{{envID}} as they are.
const url = seed.url.replace('{{authPath}}', 'https://auth.example.com').replace('{{envID}}', 'env');
const headers = seed.headers.map(({ name, value }) => ({ key: name, value }));
const form = seed.body.params.map(({ key, value }) => ({ key, value }));

if (tool === 'postman') {
  const codegen = require('postman-code-generators');
  const { Request } = require('postman-collection');
  const request = new Request({ method: seed.method, url, header: headers, body: { mode: 'urlencoded', urlencoded: form } });
  for (const [language, variant] of equivalents.map((e) => e.postman)) {
    codegen.convert(language, variant, request, {}, (error, snippet) => process.stdout.write(error ? '' : snippet + '\n'));
  }
} else {
  const { HTTPSnippet } = require('httpsnippet');
  const snippet = new HTTPSnippet({
    method: seed.method,
    url,
    httpVersion: 'HTTP/1.1',
    headers: seed.headers,
    queryString: [],
    cookies: [],
    headersSize: -1,
    bodySize: -1,
    postData: { mimeType: 'application/x-www-form-urlencoded', params: seed.body.params.map(({ key, value }) => ({ name: key, value })) },
  });
  for (const [language, client] of equivalents.map((e) => e.httpsnippet)) process.stdout.write(snippet.convert(language, client) + '\n');
}
