import axios from 'axios';

const response = await axios({
  url: '{{baseUrl}}/me',
  headers: {
    'Authorization': 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig',
  },
});
console.log(response.data);
