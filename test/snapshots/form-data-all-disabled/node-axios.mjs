import axios from 'axios';

const response = await axios({
  method: 'POST',
  url: '{{baseUrl}}/upload',
  headers: {
    'Content-Type': false, // axios would send its form type
  },
});
console.log(response.data);
