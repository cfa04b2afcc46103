import axios from 'axios';

const response = await axios({
  method: 'PATCH',
  url: '{{baseUrl}}/v1/users/{{userId}}',
  headers: {
    'If-Match': 'W/"etag-1"',
    'X-Request-Id': '{{requestId}}',
    'Content-Type': 'application/json',
  },
  data: '{"name": "{{newName}}", "active": true}',
});
console.log(response.data);
