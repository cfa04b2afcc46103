import needle from 'needle';

const response = await needle('PUT', '{{baseUrl}}/v1/config', '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}', {
  headers: {
    'Content-Type': 'application/json',
  },
});
console.log(response.body);
