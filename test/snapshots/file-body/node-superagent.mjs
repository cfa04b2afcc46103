import superagent from 'superagent';
import { readFile } from 'node:fs/promises';

const response = await superagent.put('{{baseUrl}}/blobs/upload.txt')
  .set('Content-Type', 'application/octet-stream')
  .send(await readFile('upload.txt'));
console.log(response.text);
