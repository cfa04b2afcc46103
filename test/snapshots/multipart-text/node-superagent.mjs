import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/upload')
  .field('title', 'Hello')
  .field('bio', 'line 1\nline 2\r\nline 3')
  .field('name', 'Zoë 😀')
  .field('tag', 'a')
  .field('tag', 'b')
  .field('meta', '{"k":"v"}', { contentType: 'application/json' })
  .field('danger', '"; $(id) #{x} \\(y) \'');
console.log(response.text);
