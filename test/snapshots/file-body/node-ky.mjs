import ky from 'ky';
import { readFile } from 'node:fs/promises';

const text = await ky('{{baseUrl}}/blobs/upload.txt', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/octet-stream',
  },
  body: await readFile('upload.txt'),
}).text();
console.log(text);
