import superagent from 'superagent';

const response = await superagent.get('{{baseUrl}}/me')
  .auth('{{username}}', '{{password}}');
console.log(response.text);
