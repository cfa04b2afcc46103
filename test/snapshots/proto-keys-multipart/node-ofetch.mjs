import { ofetch } from 'ofetch';

const form = new FormData();
form.append('__proto__', 'f1');
form.append('constructor', 'f2');
form.append('prototype', 'f3');
form.append('toString', 'f4');

const data = await ofetch('{{baseUrl}}/objects', {
  method: 'POST',
  body: form,
});
console.log(data);
