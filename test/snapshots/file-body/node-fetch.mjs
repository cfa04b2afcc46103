import { readFile } from 'node:fs/promises';

const response = await fetch('{{baseUrl}}/blobs/upload.txt', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/octet-stream',
  },
  body: await readFile('upload.txt'),
});
console.log(await response.text());
