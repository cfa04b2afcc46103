const requestOptions = {
  method: "PATCH",
  headers: {
    "If-Match": 'W/"etag-1"',
    "X-Request-Id": "{{requestId}}",
    "Content-Type": "application/json"
  },
  body: '{"name": "{{newName}}", "active": true}'
};

fetch("{{baseUrl}}/v1/users/{{userId}}", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
