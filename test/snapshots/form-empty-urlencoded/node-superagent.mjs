import superagent from 'superagent';

const response = await superagent.put('{{baseUrl}}/settings')
  .set('Content-Type', 'application/x-www-form-urlencoded')
  .set('X-Keep', 'yes')
  .send('');
console.log(response.text);
