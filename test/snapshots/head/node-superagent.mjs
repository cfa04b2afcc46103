import superagent from 'superagent';

const response = await superagent.head('{{baseUrl}}/status')
  .set('X-Check', 'yes');
console.log(response.text);
