import { FormData, request } from 'undici';

const form = new FormData();
form.append('__proto__', 'f1');
form.append('constructor', 'f2');
form.append('prototype', 'f3');
form.append('toString', 'f4');

const { statusCode, body } = await request('{{baseUrl}}/objects', {
  method: 'POST',
  body: form,
});
console.log(statusCode, await body.text());
