import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/graphql')
  .set('Content-Type', 'application/json')
  .send('{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}');
console.log(response.text);
