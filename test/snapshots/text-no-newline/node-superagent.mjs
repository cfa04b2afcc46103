import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/notes')
  .set('Content-Type', 'text/plain')
  .send('price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays');
console.log(response.text);
