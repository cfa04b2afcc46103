import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/upload')
  .field('description', 'A text file')
  .attach('document', 'upload.txt', { filename: 'upload.txt', contentType: 'text/plain' })
  .field('after', 'file');
console.log(response.text);
