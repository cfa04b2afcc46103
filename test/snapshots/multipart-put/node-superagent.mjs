import superagent from 'superagent';

const response = await superagent.put('{{baseUrl}}/profile')
  .set('X-Request-Id', '42')
  .field('name', 'Ada')
  .field('tag', 'a')
  .field('tag', 'b')
  .attach('avatar', 'upload.txt', { filename: 'upload.txt', contentType: 'text/plain' });
console.log(response.text);
