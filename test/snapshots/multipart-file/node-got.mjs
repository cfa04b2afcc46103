import got from 'got';
import { openAsBlob } from 'node:fs';

const form = new FormData();
form.append('description', 'A text file');
form.append('document', await openAsBlob('upload.txt', { type: 'text/plain' }), 'upload.txt');
form.append('after', 'file');

const response = await got('{{baseUrl}}/upload', {
  method: 'POST',
  body: form,
});
console.log(response.body);
