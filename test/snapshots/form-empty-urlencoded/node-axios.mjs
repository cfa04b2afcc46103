import axios from 'axios';

const response = await axios({
  method: 'PUT',
  url: '{{baseUrl}}/settings',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Keep': 'yes',
  },
  data: '',
});
console.log(response.data);
