import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/notes')
  .set('Content-Type', 'text/plain')
  .send('line one\r\nline two\r\n');
console.log(response.text);
