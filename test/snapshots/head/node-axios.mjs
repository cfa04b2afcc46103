import axios from 'axios';

const response = await axios({
  method: 'HEAD',
  url: '{{baseUrl}}/status',
  headers: {
    'X-Check': 'yes',
  },
});
console.log(response.data);
