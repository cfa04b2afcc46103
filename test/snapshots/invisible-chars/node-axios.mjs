import axios from 'axios';

const response = await axios({
  method: 'POST',
  url: '{{baseUrl}}/inv',
  headers: {
    'X-Tab': 'a\tb',
    'Content-Type': 'text/plain',
  },
  data: 'tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\x01\x1F\x7Fdel\x85nel',
});
console.log(response.data);
