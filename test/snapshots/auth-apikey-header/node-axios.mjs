import axios from 'axios';

const response = await axios({
  url: '{{baseUrl}}/reports',
  headers: {
    'X-API-Key': 'k3y$#{x}',
  },
});
console.log(response.data);
