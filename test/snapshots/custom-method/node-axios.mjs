import axios from 'axios';

const response = await axios({
  method: 'PURGE',
  url: '{{baseUrl}}/cache/key',
});
console.log(response.data);
