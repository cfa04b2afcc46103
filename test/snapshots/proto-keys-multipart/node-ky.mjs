import ky from 'ky';

const form = new FormData();
form.append('__proto__', 'f1');
form.append('constructor', 'f2');
form.append('prototype', 'f3');
form.append('toString', 'f4');

const text = await ky('{{baseUrl}}/objects', {
  method: 'POST',
  body: form,
}).text();
console.log(text);
