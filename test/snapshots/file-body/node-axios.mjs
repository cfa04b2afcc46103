import axios from 'axios';
import { readFile } from 'node:fs/promises';

const response = await axios({
  method: 'PUT',
  url: '{{baseUrl}}/blobs/upload.txt',
  headers: {
    'Content-Type': 'application/octet-stream',
  },
  data: await readFile('upload.txt'),
});
console.log(response.data);
