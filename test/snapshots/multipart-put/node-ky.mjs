import ky from 'ky';
import { openAsBlob } from 'node:fs';

const form = new FormData();
form.append('name', 'Ada');
form.append('tag', 'a');
form.append('tag', 'b');
form.append('avatar', await openAsBlob('upload.txt', { type: 'text/plain' }), 'upload.txt');

const text = await ky('{{baseUrl}}/profile', {
  method: 'PUT',
  headers: {
    'X-Request-Id': '42',
  },
  body: form,
}).text();
console.log(text);
