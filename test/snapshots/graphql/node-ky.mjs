import ky from 'ky';

const text = await ky('{{baseUrl}}/graphql', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}',
}).text();
console.log(text);
