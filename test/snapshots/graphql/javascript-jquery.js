var settings = {
  "url": "{{baseUrl}}/graphql",
  "method": "POST",
  "timeout": 0,
  "headers": {
    "Content-Type": "application/json"
  },
  "data": '{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}'
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
