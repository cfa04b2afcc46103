import ky from 'ky';

const text = await ky('{{baseUrl}}/jobs/42/run', {
  method: 'POST',
}).text();
console.log(text);
