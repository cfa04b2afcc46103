import superagent from 'superagent';

const response = await superagent.delete('{{baseUrl}}/items')
  .set('Content-Type', 'application/json')
  .send('{"ids": [1, 2, 3]}');
console.log(response.text);
