import axios from 'axios';

const response = await axios({
  method: 'DELETE',
  url: '{{baseUrl}}/items',
  headers: {
    'Content-Type': 'application/json',
  },
  data: '{"ids": [1, 2, 3]}',
});
console.log(response.data);
