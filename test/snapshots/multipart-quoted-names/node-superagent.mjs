import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/upload')
  .field('say %22hi%22', 'one')
  .field('a\\b%22c%22', 'two')
  .attach('doc %22main%22', 'upload.txt', { filename: 'upload.txt', contentType: 'text/plain' })
  .attach('quoted file', 'q"uote.txt', { filename: 'q%22uote.txt' });
console.log(response.text);
