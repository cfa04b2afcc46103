import ky from 'ky';

const form = new FormData();
form.append('title', 'Hello');
form.append('bio', 'line 1\nline 2\r\nline 3');
form.append('name', 'Zoë 😀');
form.append('tag', 'a');
form.append('tag', 'b');
form.append('meta', '{"k":"v"}');
form.append('danger', '"; $(id) #{x} \\(y) \'');

const text = await ky('{{baseUrl}}/upload', {
  method: 'POST',
  body: form,
}).text();
console.log(text);
