import superagent from 'superagent';

const response = await superagent.get('{{baseUrl}}/v1/users?limit=10&page=2')
  .set('Accept', 'application/json');
console.log(response.text);
