import axios from 'axios';
import { openAsBlob } from 'node:fs';

const form = new FormData();
form.append('name', 'Ada');
form.append('tag', 'a');
form.append('tag', 'b');
form.append('avatar', await openAsBlob('upload.txt', { type: 'text/plain' }), 'upload.txt');

const response = await axios({
  method: 'PUT',
  url: '{{baseUrl}}/profile',
  headers: {
    'X-Request-Id': '42',
  },
  data: form,
});
console.log(response.data);
