import axios from 'axios';

const response = await axios({
  url: '{{baseUrl}}/me',
  auth: {
    username: '{{username}}',
    password: '{{password}}',
  },
});
console.log(response.data);
