import needle from 'needle';

const response = await needle('POST', '{{baseUrl}}/upload', {
  'title': 'Hello',
  'bio': 'line 1\nline 2\r\nline 3',
  'name': 'Zoë 😀',
  'tag': 'b',
  'meta': { value: '{"k":"v"}', content_type: 'application/json' },
  'danger': '"; $(id) #{x} \\(y) \'',
}, {
  multipart: true,
});
console.log(response.body);
