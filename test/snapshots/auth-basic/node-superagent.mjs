import superagent from 'superagent';

const response = await superagent.get('{{baseUrl}}/me')
  .set('Authorization', 'Basic YW5uOnBAc3M6d8O2cmQ=');
console.log(response.text);
