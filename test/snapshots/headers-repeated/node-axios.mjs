import axios from 'axios';

const response = await axios({
  url: '{{baseUrl}}/tags',
  headers: {
    'X-Tag': ['alpha', 'beta', 'gamma'],
    'Accept': 'text/plain',
  },
});
console.log(response.data);
