import needle from 'needle';
import { readFile } from 'node:fs/promises';

const response = await needle('PUT', '{{baseUrl}}/blobs/upload.txt', await readFile('upload.txt'), {
  headers: {
    'Content-Type': 'application/octet-stream',
  },
});
console.log(response.body);
