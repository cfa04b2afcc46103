import { FormData, request } from 'undici';
import { openAsBlob } from 'node:fs';

const form = new FormData();
form.append('description', 'A text file');
form.append('document', await openAsBlob('upload.txt', { type: 'text/plain' }), 'upload.txt');
form.append('after', 'file');

const { statusCode, body } = await request('{{baseUrl}}/upload', {
  method: 'POST',
  body: form,
});
console.log(statusCode, await body.text());
