import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/notes')
  .set('Content-Type', 'text/plain')
  .send(`\tindented

  spaced  

`);
console.log(response.text);
