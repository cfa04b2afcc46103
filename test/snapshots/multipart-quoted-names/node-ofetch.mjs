import { ofetch } from 'ofetch';
import { openAsBlob } from 'node:fs';

const form = new FormData();
form.append('say %22hi%22', 'one');
form.append('a\\b%22c%22', 'two');
form.append('doc %22main%22', await openAsBlob('upload.txt', { type: 'text/plain' }), 'upload.txt');
form.append('quoted file', await openAsBlob('q"uote.txt'), 'q%22uote.txt');

const data = await ofetch('{{baseUrl}}/upload', {
  method: 'POST',
  body: form,
});
console.log(data);
