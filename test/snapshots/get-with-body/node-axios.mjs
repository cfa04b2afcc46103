import axios from 'axios';

const response = await axios({
  url: '{{baseUrl}}/search',
  headers: {
    'Content-Type': 'application/json',
  },
  data: '{"query": {"match_all": {}}}',
});
console.log(response.data);
