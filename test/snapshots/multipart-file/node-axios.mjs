import axios from 'axios';
import { openAsBlob } from 'node:fs';

const form = new FormData();
form.append('description', 'A text file');
form.append('document', await openAsBlob('upload.txt', { type: 'text/plain' }), 'upload.txt');
form.append('after', 'file');

const response = await axios({
  method: 'POST',
  url: '{{baseUrl}}/upload',
  data: form,
});
console.log(response.data);
