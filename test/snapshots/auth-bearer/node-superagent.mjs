import superagent from 'superagent';

const response = await superagent.get('{{baseUrl}}/me')
  .set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig');
console.log(response.text);
