import axios from 'axios';

const response = await axios({
  method: 'POST',
  url: '{{baseUrl}}/graphql',
  headers: {
    'Content-Type': 'application/json',
  },
  data: '{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}',
});
console.log(response.data);
