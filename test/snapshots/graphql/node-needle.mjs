import needle from 'needle';

const response = await needle('POST', '{{baseUrl}}/graphql', '{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}', {
  headers: {
    'Content-Type': 'application/json',
  },
});
console.log(response.body);
