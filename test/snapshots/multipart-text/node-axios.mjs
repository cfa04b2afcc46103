import axios from 'axios';

const form = new FormData();
form.append('title', 'Hello');
form.append('bio', 'line 1\nline 2\r\nline 3');
form.append('name', 'Zoë 😀');
form.append('tag', 'a');
form.append('tag', 'b');
form.append('meta', '{"k":"v"}');
form.append('danger', '"; $(id) #{x} \\(y) \'');

const response = await axios({
  method: 'POST',
  url: '{{baseUrl}}/upload',
  data: form,
});
console.log(response.data);
