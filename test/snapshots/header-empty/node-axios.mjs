import axios from 'axios';

const response = await axios({
  url: '{{baseUrl}}/empty',
  headers: {
    'X-Empty': '',
    'X-After': 'set',
  },
});
console.log(response.data);
