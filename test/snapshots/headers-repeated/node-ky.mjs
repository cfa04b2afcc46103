import ky from 'ky';

const text = await ky('{{baseUrl}}/tags', {
  headers: {
    'X-Tag': 'alpha, beta, gamma',
    'Accept': 'text/plain',
  },
}).text();
console.log(text);
