import needle from 'needle';
import { readFile } from 'node:fs/promises';

const response = await needle('PUT', '{{baseUrl}}/profile', {
  'name': 'Ada',
  'tag': 'b',
  'avatar': { buffer: await readFile('upload.txt'), filename: 'upload.txt', content_type: 'text/plain' },
}, {
  headers: {
    'X-Request-Id': '42',
  },
  multipart: true,
});
console.log(response.body);
