import superagent from 'superagent';

const response = await superagent.options('{{baseUrl}}/cors')
  .set('Origin', 'https://app.example.com')
  .set('Access-Control-Request-Method', 'PUT');
console.log(response.text);
