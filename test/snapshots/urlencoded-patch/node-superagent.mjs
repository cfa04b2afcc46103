import superagent from 'superagent';

const response = await superagent.patch('{{baseUrl}}/settings')
  .set('Content-Type', 'application/x-www-form-urlencoded')
  .send('theme=dark%20mode&tag=a%26b&tag=c');
console.log(response.text);
