const requestOptions = {
  method: "POST",
  headers: {
    "Content-Type": "application/json"
  },
  body: '{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}'
};

fetch("{{baseUrl}}/graphql", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
