import axios from 'axios';

const response = await axios({
  method: 'PATCH',
  url: '{{baseUrl}}/settings',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  data: new URLSearchParams([
    ['theme', 'dark mode'],
    ['tag', 'a&b'],
    ['tag', 'c'],
  ]),
});
console.log(response.data);
