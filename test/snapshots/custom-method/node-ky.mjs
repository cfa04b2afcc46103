import ky from 'ky';

const text = await ky('{{baseUrl}}/cache/key', {
  method: 'PURGE',
}).text();
console.log(text);
