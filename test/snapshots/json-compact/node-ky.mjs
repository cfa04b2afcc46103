import ky from 'ky';

const text = await ky('{{baseUrl}}/v1/config', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}',
}).text();
console.log(text);
