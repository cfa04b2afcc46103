import axios from 'axios';

const response = await axios({
  method: 'POST',
  url: '{{baseUrl}}/pets',
  headers: {
    'Content-Type': 'application/json',
  },
  auth: {
    username: '{{basicAuthUsername}}',
    password: '{{basicAuthPassword}}',
  },
  data: '{"name": "{{petName}}", "tag": "dog"}',
});
console.log(response.data);
