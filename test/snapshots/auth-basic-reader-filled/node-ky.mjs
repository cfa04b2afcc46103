import ky from 'ky';

const text = await ky('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Basic ' + Buffer.from('{{username}}:{{password}}').toString('base64'),
  },
}).text();
console.log(text);
