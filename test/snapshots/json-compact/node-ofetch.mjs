import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/v1/config', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}',
});
console.log(data);
