import axios from 'axios';

const response = await axios({
  method: 'OPTIONS',
  url: '{{baseUrl}}/cors',
  headers: {
    'Origin': 'https://app.example.com',
    'Access-Control-Request-Method': 'PUT',
  },
});
console.log(response.data);
