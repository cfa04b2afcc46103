import ky from 'ky';

const text = await ky('{{baseUrl}}/upload', {
  method: 'POST',
}).text();
console.log(text);
