import superagent from 'superagent';

const response = await superagent.get('{{baseUrl}}/search')
  .set('Content-Type', 'application/json')
  .send('{"query": {"match_all": {}}}');
console.log(response.text);
