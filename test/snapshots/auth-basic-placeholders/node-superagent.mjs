import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/pets')
  .set('Content-Type', 'application/json')
  .auth('{{basicAuthUsername}}', '{{basicAuthPassword}}')
  .send('{"name": "{{petName}}", "tag": "dog"}');
console.log(response.text);
