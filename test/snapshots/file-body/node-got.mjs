import got from 'got';
import { readFile } from 'node:fs/promises';

const response = await got('{{baseUrl}}/blobs/upload.txt', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/octet-stream',
  },
  body: await readFile('upload.txt'),
});
console.log(response.body);
