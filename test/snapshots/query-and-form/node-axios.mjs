import axios from 'axios';

const response = await axios({
  method: 'POST',
  url: '{{baseUrl}}/login?next=/home&lang=en',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  data: new URLSearchParams([
    ['user', 'ann@example.com'],
    ['pass', 'p@ss w0rd&'],
  ]),
});
console.log(response.data);
