import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/login?next=/home&lang=en')
  .set('Content-Type', 'application/x-www-form-urlencoded')
  .send('user=ann%40example.com&pass=p%40ss%20w0rd%26');
console.log(response.text);
