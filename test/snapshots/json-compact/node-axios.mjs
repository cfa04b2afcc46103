import axios from 'axios';

const response = await axios({
  method: 'PUT',
  url: '{{baseUrl}}/v1/config',
  headers: {
    'Content-Type': 'application/json',
  },
  data: '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}',
});
console.log(response.data);
