import superagent from 'superagent';

const response = await superagent.put('{{baseUrl}}/v1/config')
  .set('Content-Type', 'application/json')
  .send('{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}');
console.log(response.text);
