import superagent from 'superagent';

const response = await superagent.get('{{baseUrl}}/empty')
  .set('X-Empty', '')
  .set('X-After', 'set');
console.log(response.text);
