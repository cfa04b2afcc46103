import ky from 'ky';

const text = await ky('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Basic YW5uOnBAc3M6d8O2cmQ=',
  },
}).text();
console.log(text);
