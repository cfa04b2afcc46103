import needle from 'needle';
import { readFile } from 'node:fs/promises';

const response = await needle('POST', '{{baseUrl}}/upload', {
  'say %22hi%22': 'one',
  'a\\b%22c%22': 'two',
  'doc %22main%22': { buffer: await readFile('upload.txt'), filename: 'upload.txt', content_type: 'text/plain' },
  'quoted file': { buffer: await readFile('q"uote.txt'), filename: 'q%22uote.txt', content_type: 'application/octet-stream' },
}, {
  multipart: true,
});
console.log(response.body);
