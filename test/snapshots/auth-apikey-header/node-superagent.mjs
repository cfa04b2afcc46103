import superagent from 'superagent';

const response = await superagent.get('{{baseUrl}}/reports')
  .set('X-API-Key', 'k3y$#{x}');
console.log(response.text);
