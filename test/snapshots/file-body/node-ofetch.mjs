import { ofetch } from 'ofetch';
import { readFile } from 'node:fs/promises';

const data = await ofetch('{{baseUrl}}/blobs/upload.txt', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/octet-stream',
  },
  body: await readFile('upload.txt'),
});
console.log(data);
