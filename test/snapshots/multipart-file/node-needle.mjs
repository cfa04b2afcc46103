import needle from 'needle';
import { readFile } from 'node:fs/promises';

const response = await needle('POST', '{{baseUrl}}/upload', {
  'description': 'A text file',
  'document': { buffer: await readFile('upload.txt'), filename: 'upload.txt', content_type: 'text/plain' },
  'after': 'file',
}, {
  multipart: true,
});
console.log(response.body);
