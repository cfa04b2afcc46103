import axios from 'axios';

const response = await axios({
  url: '{{baseUrl}}/me',
  headers: {
    'Authorization': 'Basic YW5uOnBAc3M6d8O2cmQ=',
  },
});
console.log(response.data);
