import axios from 'axios';

const response = await axios({
  method: 'POST',
  url: '{{baseUrl}}/notes',
  headers: {
    'Content-Type': 'text/plain',
  },
  data: 'line one\r\nline two\r\n',
});
console.log(response.data);
