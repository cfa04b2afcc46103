import superagent from 'superagent';

const response = await superagent.get('{{baseUrl}}/tags')
  .set('X-Tag', ['alpha', 'beta', 'gamma'])
  .set('Accept', 'text/plain');
console.log(response.text);
