import { request } from 'undici';
import { readFile } from 'node:fs/promises';

const { statusCode, body } = await request('{{baseUrl}}/blobs/upload.txt', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/octet-stream',
  },
  body: await readFile('upload.txt'),
});
console.log(statusCode, await body.text());
