import axios from 'axios';

const response = await axios({
  url: '{{baseUrl}}/v1/users?limit=10&page=2',
  headers: {
    'Accept': 'application/json',
  },
});
console.log(response.data);
