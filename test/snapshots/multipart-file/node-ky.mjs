import ky from 'ky';
import { openAsBlob } from 'node:fs';

const form = new FormData();
form.append('description', 'A text file');
form.append('document', await openAsBlob('upload.txt', { type: 'text/plain' }), 'upload.txt');
form.append('after', 'file');

const text = await ky('{{baseUrl}}/upload', {
  method: 'POST',
  body: form,
}).text();
console.log(text);
