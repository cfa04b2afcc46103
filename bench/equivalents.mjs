// What each tool is given for the same work, shared by bench.mjs, build-bench.mjs and openapi-bench.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The other tools' language/client for each of snipforge's targets; a missing entry is a skipped pair. */
export const EQUIVALENTS = {
  curl: { postman: ['curl', 'cURL'], httpsnippet: ['shell', 'curl'] },
  'csharp-restsharp': { postman: ['csharp', 'RestSharp'], httpsnippet: ['csharp', 'restsharp'] },
  'go-native': { postman: ['go', 'Native'], httpsnippet: ['go', 'native'] },
  http: { postman: ['http', 'HTTP'], httpsnippet: ['http', 'http1.1'] },
  'java-okhttp': { postman: ['java', 'OkHttp'], httpsnippet: ['java', 'okhttp'] },
  'javascript-jquery': { postman: ['javascript', 'jQuery'], httpsnippet: ['javascript', 'jquery'] },
  'nodejs-request': { postman: ['nodejs', 'Request'], httpsnippet: ['node', 'request'] },
  'python-requests': { postman: ['python', 'Requests'], httpsnippet: ['python', 'requests'] },
  'php-http-request2': { postman: ['php', 'HTTP_Request2'], httpsnippet: ['php', 'http2'] },
  'ruby-net-http': { postman: ['ruby', 'Net::HTTP'], httpsnippet: ['ruby', 'native'] },
  'swift-urlsession': { postman: ['swift', 'URLSession'], httpsnippet: ['swift', 'nsurlsession'] },
};

/** snipforge's targets that the peers have an equivalent of (the docs page's 11): what the benches compare on. */
export const comparedTargets = (targetInfos) => targetInfos.filter((info) => info.id in EQUIVALENTS);

/**
 * A prepared snipforge request as a Postman collection's request JSON (auth folded into headers), so
 * postman-code-generators is given the same request: bench.mjs builds Postman's SDK Request from it,
 * build-bench.mjs writes it into the collection both tools build from.
 */
export function toPostmanDefinition(prepared) {
  const body = prepared.body;
  const definition = { method: prepared.method, url: prepared.fullUrl, header: prepared.headers.map(({ name, value }) => ({ key: name, value })) };
  if (body.mode === 'raw') definition.body = { mode: 'raw', raw: body.text, options: { raw: { language: body.language } } };
  else if (body.mode === 'urlencoded') definition.body = { mode: 'urlencoded', urlencoded: body.params.map(({ key, value }) => ({ key, value })) };
  else if (body.mode === 'formdata') {
    definition.body = {
      mode: 'formdata',
      formdata: body.params.map((f) => (f.type === 'text' ? { key: f.key, value: f.value, type: 'text', contentType: f.contentType } : { key: f.key, src: f.src, type: 'file', contentType: f.contentType })),
    };
  } else if (body.mode === 'file') definition.body = { mode: 'file', file: { src: body.src } };
  return definition;
}

/**
 * Postman's side of a build: every request of a postman-collection Collection converted by postman-code-generators to
 * each target's equivalent, one file per snippet in a folder per request, as snipforge build writes them.
 */
export function writePostmanSnippets(collection, outDir, targetInfos) {
  const codegen = createRequire(import.meta.url)('postman-code-generators');
  let index = 0;
  let snippets = 0;
  let failures = 0;
  collection.forEachItem((item) => {
    const dir = join(outDir, String(index++).padStart(4, '0'));
    mkdirSync(dir, { recursive: true });
    for (const { id, extension } of targetInfos) {
      const [language, variant] = EQUIVALENTS[id].postman;
      codegen.convert(language, variant, item.request, {}, (error, snippet) => {
        if (error) failures++;
        else {
          writeFileSync(join(dir, `${id}.${extension}`), snippet);
          snippets++;
        }
      });
    }
  });
  return { snippets, failures };
}
